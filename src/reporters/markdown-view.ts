// What a markdown section is and the view it renders for: shared by the section modules
// (markdown-sections, markdown-policy) without either importing the other for its types.
import type { Evaluation } from "../gate/evaluate.js";

export type MarkdownVariant = "summary" | "comment" | "check";

export interface MarkdownView {
  variant: MarkdownVariant;
  /** Most finding rows per table. */
  rows: number;
  /** Whether non-gating findings (info, waived, ignored) are listed. */
  others: boolean;
  /** Delivery notes (annotations that did not fit, a comment that could not be posted). */
  notes: readonly string[];
  /** Link to the workflow run, where the full job summary is. */
  runUrl?: string;
  /** The repository's files at the head commit ("https://github.com/o/r/blob/SHA/"). */
  blobUrl?: string;
  version: string;
}

export type Section = (evaluation: Evaluation, view: MarkdownView) => string[] | undefined;
