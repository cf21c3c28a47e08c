// SECURITY.md's claims and the tests that prove them. Every bullet and every table row under a
// `## ` heading is a claim and must end with its references, in one form:
//
//   (test: `test/file.test.ts` › "title")
//   (tests: `test/a.test.ts` › "title"; `test/b.test.ts` › "other title")
//
// A title is a test's title (or a table-driven test's row name, or a describe title) exactly as
// it is written in the file's source, as one string literal, and not always skipped. A
// paragraph is allowed only as the first block after a heading (what the threat is); any later
// paragraph is refused, so a claim cannot hide in prose without a test. Pure: the file reader
// is an argument.

export interface Reference {
  file: string;
  title: string;
}

export interface Claim {
  /** 1-based line of the claim's first line in the document. */
  line: number;
  /** The heading path, "Threats and answers › Token exposure". */
  section: string;
  text: string;
  references: Reference[];
  /** Why the references could not be read; undefined when they were. */
  malformed?: string;
}

interface Block {
  line: number;
  kind: "bullet" | "row" | "paragraph";
  text: string;
  /** True for the first block after a heading. */
  first: boolean;
  section: string;
}

const TABLE_SEPARATOR = /^\|(\s*:?-+:?\s*\|)+\s*$/;

/** The blocks under `## ` headings: bullets, table body rows and paragraphs. */
function blocksOf(markdown: string): Block[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  let h2: string | undefined;
  let h3: string | undefined;
  let first = true;
  let current: Block | undefined;
  let tableRow = 0;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (heading) {
      close();
      if (heading[1] === "##") [h2, h3] = [heading[2], undefined];
      else h3 = heading[2];
      first = true;
      tableRow = 0;
      return;
    }
    if (h2 === undefined) return;
    const section = h3 ? `${h2} › ${h3}` : h2;
    const start = (kind: Block["kind"], text: string) => {
      close();
      current = { line: i + 1, kind, text, first, section };
      first = false;
    };
    if (line === "") {
      close();
      tableRow = 0;
    } else if (line.startsWith("|")) {
      // The header row and the separator row are not claims.
      tableRow++;
      if (tableRow === 1 || (tableRow === 2 && TABLE_SEPARATOR.test(line))) {
        close();
        first = false;
        return;
      }
      start("row", line.replace(/\|\s*$/, "").trim());
      close();
    } else if (line.startsWith("- ")) {
      start("bullet", line.slice(2));
    } else if (current && /^\s/.test(line)) {
      current.text += ` ${line.trim()}`;
    } else if (current && current.kind === "paragraph") {
      current.text += ` ${line.trim()}`;
    } else {
      start("paragraph", line);
    }
  });
  close();
  return blocks;
}

const REFERENCE = /`([^`]+)` › "([^"]+)"/y;

/** The references a claim ends with, or why they cannot be read. */
export function referencesOf(text: string): { references: Reference[]; malformed?: string } {
  const trimmed = text.replace(/\.$/, "");
  const at = Math.max(trimmed.lastIndexOf("(test: "), trimmed.lastIndexOf("(tests: "));
  if (at < 0 || !trimmed.endsWith(")")) {
    return { references: [], malformed: "no (test: ...) reference at its end" };
  }
  const plural = trimmed.startsWith("(tests: ", at);
  const body = trimmed.slice(at + (plural ? 8 : 7), -1);
  const references: Reference[] = [];
  let pos = 0;
  while (pos < body.length) {
    if (references.length > 0) {
      if (!body.startsWith("; ", pos)) return { references, malformed: `"; " expected at ${pos}` };
      pos += 2;
    }
    REFERENCE.lastIndex = pos;
    const m = REFERENCE.exec(body);
    if (!m) return { references, malformed: `\`test/FILE\` › "title" expected at ${pos}` };
    references.push({ file: m[1]!, title: m[2]! });
    pos = REFERENCE.lastIndex;
  }
  if (references.length === 0) return { references, malformed: "an empty reference" };
  if (plural !== references.length > 1) {
    return { references, malformed: '"test:" takes one reference, "tests:" two or more' };
  }
  return { references };
}

/** Every claim of the document (bullets and table rows under `## ` headings). */
export function claimsOf(markdown: string): { claims: Claim[]; problems: string[] } {
  const claims: Claim[] = [];
  const problems: string[] = [];
  for (const block of blocksOf(markdown)) {
    if (block.kind === "paragraph") {
      if (!block.first) {
        problems.push(
          `line ${block.line} (${block.section}): a paragraph after the first block; write each claim as a bullet with its test`,
        );
      }
      continue;
    }
    claims.push({
      line: block.line,
      section: block.section,
      text: block.text,
      ...referencesOf(block.text),
    });
  }
  return { claims, problems };
}

const QUOTES = ['"', "'", "`"];

/** True when `title` is one whole string literal of the source ("...", '...' or `...`). */
export function hasTitle(source: string, title: string): boolean {
  return QUOTES.some((q) => source.includes(`${q}${title}${q}`));
}

/** True when the test of that title is always skipped (`it.skip`, `it.todo`): it proves nothing. */
export function isSkipped(source: string, title: string): boolean {
  return QUOTES.some((q) => /\.(skip|todo)\(\s*$/.test(source.split(`${q}${title}${q}`)[0] ?? ""));
}

/**
 * Everything wrong with the document's claims: a claim without references, a referenced file
 * that is not a test file or does not exist, a title not in its file. `read` returns a file's
 * text, or undefined when it does not exist.
 */
export function claimProblems(
  markdown: string,
  read: (path: string) => string | undefined,
): string[] {
  const { claims, problems } = claimsOf(markdown);
  for (const claim of claims) {
    const where = `line ${claim.line} (${claim.section})`;
    if (claim.malformed) problems.push(`${where}: ${claim.malformed}`);
    for (const { file, title } of claim.references) {
      const source = /^test\/[\w./-]+\.test\.ts$/.test(file) ? read(file) : undefined;
      if (source === undefined) problems.push(`${where}: ${file} is not a test file that exists`);
      else if (!hasTitle(source, title)) problems.push(`${where}: ${file} has no test "${title}"`);
      else if (isSkipped(source, title)) problems.push(`${where}: ${file} skips "${title}"`);
    }
  }
  return problems;
}
