// The markdown report: the job summary, and size-bounded variants of it for the sticky pull
// request comment and the check run summary. GitHub truncates or rejects text over its limits
// (DESIGN §5), so the report is rendered at decreasing detail until it fits; the smallest
// detail (verdict, counts and the first blocking findings) always fits.
import type { Evaluation } from "../gate/evaluate.js";
import { SECTIONS, type MarkdownVariant, type MarkdownView } from "./markdown-sections.js";
import { COMPACT_SECTIONS } from "./markdown-comment.js";
import { cell, sizeOf } from "./markdown-text.js";
import type { Reporter, ReportContext } from "./types.js";

export type { MarkdownVariant };

/** Limits, kept one under GitHub's own so "under the limit" holds exactly. */
export const MARKDOWN_LIMITS: Record<MarkdownVariant, number> = {
  summary: 1024 * 1024 - 1, // job summary: 1 MiB per step
  comment: 65_536 - 1, // issue comment body
  check: 65_535 - 1, // check run output.summary
};

export interface MarkdownOptions {
  variant: MarkdownVariant;
  /** Overrides the variant's limit (bytes). */
  maxSize?: number;
  notes?: readonly string[];
  runUrl?: string;
  /** The repository's files at the head commit, for file:line links in the comment. */
  blobUrl?: string;
  /** A hidden first line (the sticky comment's marker). */
  marker?: string;
  /** Which gate this is (action/run.ts runKey), shown when several can comment on one PR. */
  key?: string;
}

/** From most to least detail; the first that fits is used. */
const DETAIL: readonly Pick<MarkdownView, "rows" | "others">[] = [
  { rows: 1000, others: true },
  { rows: 100, others: true },
  { rows: 100, others: false },
  { rows: 25, others: false },
  { rows: 5, others: false },
  { rows: 0, others: false },
];

export function renderMarkdown(
  evaluation: Evaluation,
  context: Pick<ReportContext, "version">,
  options: MarkdownOptions,
): string {
  const max = options.maxSize ?? MARKDOWN_LIMITS[options.variant];
  let text = "";
  for (const detail of DETAIL) {
    text = assemble(
      evaluation,
      {
        ...detail,
        variant: options.variant,
        notes: options.notes ?? [],
        runUrl: options.runUrl,
        blobUrl: options.blobUrl,
        version: context.version,
      },
      options.marker,
      options.key,
    );
    if (sizeOf(text) <= max) return text;
  }
  return truncate(text, max);
}

function assemble(
  evaluation: Evaluation,
  view: MarkdownView,
  marker?: string,
  key?: string,
): string {
  // The comment and the check run are read in seconds; the job summary carries every table.
  const sections = view.variant === "summary" ? SECTIONS : COMPACT_SECTIONS;
  const parts = sections.map((s) => s(evaluation, view)).filter((p) => p !== undefined);
  const body = parts.map((p) => p.join("\n")).join("\n\n");
  return `${marker ? `${marker}\n` : ""}${body}\n${keyLine(key)}`;
}

/** The gate's key (job, matrix leg or name): which of several sticky comments this is. */
function keyLine(key: string | undefined): string {
  return key === undefined ? "" : `\n<sub>ztgate gate: ${cell(key, 100)}</sub>\n`;
}

/** Last resort (only reachable with tiny limits or huge notes): cut and say so. */
function truncate(text: string, max: number): string {
  const tail = "\n\n…(truncated to fit GitHub's size limit)\n";
  let cut = text.slice(0, Math.max(0, max - sizeOf(tail)));
  while (sizeOf(cut) + sizeOf(tail) > max) cut = cut.slice(0, -1);
  return cut + tail;
}

/** The report for a run that could not decide: the reason, and that nothing passed. */
export function renderUndecidedMarkdown(
  reason: string,
  context: Pick<ReportContext, "version">,
  options: Pick<MarkdownOptions, "marker" | "notes" | "key">,
): string {
  const lines = [
    ...(options.marker ? [options.marker] : []),
    "## ⛔ ztgate: could not decide",
    "",
    `The gate failed closed: ${cell(reason, 2000)}`,
    "",
    "Missing, empty or unreadable evidence, or an invalid policy, is never a pass.",
    ...(options.notes ?? []).map((n) => `\n> [!NOTE]\n> ${cell(n, 500)}`),
    "",
    `<sub>ztgate ${cell(context.version, 20)}</sub>`,
  ];
  return lines.join("\n") + "\n" + keyLine(options.key);
}

export const markdown: Reporter = {
  id: "markdown",
  description: "GitHub-flavoured markdown: verdict, counts, blocking findings (the job summary)",
  render: (evaluation, context) => renderMarkdown(evaluation, context, { variant: "summary" }),
};
