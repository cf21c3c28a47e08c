import { printableLine } from "../model/safe-text.js";

// Safe markdown from scanner-supplied text. Titles and paths come from reports (and, on a
// pull request, from whoever wrote the code being scanned), so every cell is escaped: no table
// breaks, no HTML, no @mentions that would notify people, bounded length.

/** One table cell: single line, pipes and HTML escaped, mentions defused, at most `max` chars. */
export function cell(text: string | undefined, max = 120): string {
  if (!text) return "";
  const flat = printableLine(text.replace(/\s+/g, " ").trim());
  const short = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return short
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/`/g, "'")
    .replace(/@/g, "@\u200b")
    .replace(/([\\*_[\]])/g, (m) => (m === "\\" ? m : `\\${m}`));
}

/** Inline code for identifiers (ids, paths, packages): backticks cannot be escaped, so dropped. */
export function code(text: string | undefined, max = 120): string {
  if (!text) return "";
  const flat = printableLine(text.replace(/\s+/g, " ").replace(/`/g, "'").trim());
  const short = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return `\`${short.replace(/\|/g, "\\|")}\``;
}

export function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

export function details(summary: string, body: string[]): string[] {
  return ["<details>", `<summary>${summary}</summary>`, "", ...body, "", "</details>"];
}

/** Size as GitHub limits it; bytes are never fewer than characters, so this is safe for both. */
export function sizeOf(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
