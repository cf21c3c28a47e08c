// The parser contract (DESIGN §4). A parser is detected from content, never from the file
// name; it is lenient about fields it does not need and strict about the ones it does.
import type { ReportInput } from "../../model/report-input.js";
import type { Finding } from "../../model/finding.js";
import type { Layer } from "../../model/vocabulary.js";

export interface Parser {
  /** Format name used in `ztgate formats`, in `FORMAT:PATH` and in output. */
  id: string;
  /** One line for `ztgate formats`: the tool and the command that writes the report. */
  description: string;
  layers: readonly Layer[];
  /**
   * Every place the parser reads findings from, as container paths (containers.ts), grouped
   * by the variant of the format that holds them (npm v1 `advisories{}`, v2 `vulnerabilities{}`).
   * Detection is exclusive (detect.ts): another format's container beside these, or the
   * containers of two variants in one document, is an error, never findings left unread.
   * A new place parse() reads must be listed here.
   */
  containers: Readonly<Record<string, readonly string[]>>;
  /**
   * True when the document is this format. Must be cheap and must not throw. Every detector
   * runs and two that say yes are an error, so it says yes on evidence of the format (keys,
   * the shape of entries), never on the absence of another format's keys.
   */
  detect(input: ReportInput): boolean;
  /** Findings in the report; throws GateError naming the file when a required field is wrong. */
  parse(input: ReportInput): Finding[];
  /**
   * Reports too large to hold as one string are streamed (docs/design.md, Performance): the
   * arrays named here ("matches", "runs[].results", "Results[].Vulnerabilities") are handed
   * to `parse` a batch of elements at a time, each batch alone in a copy of the rest of the
   * document (the other listed arrays empty). Declare it only when `parse` treats those
   * elements independently and every finding comes from one of them; the streaming test
   * checks both on the real fixtures. `merge` is what `parse` does across elements (Grype
   * merges matches into findings), applied once to all of a streamed report's findings.
   */
  stream?: {
    arrays: readonly string[];
    merge?(findings: Finding[]): Finding[];
    /** `parse` without what `merge` does, for each batch (merge then runs once, not per batch). */
    batch?(input: ReportInput): Finding[];
    /**
     * For streamed objects ("vulnerabilities{}": members that refer to each other, so none
     * can be parsed alone): each batch of members reduced to what `parse` reads of them. The
     * document is rebuilt with the reduced members and `parse` runs once on it, so its checks
     * (totals, links between members) see every member; `batch` and `merge` are not used.
     */
    members?(place: readonly (string | number)[], members: Record<string, unknown>): object;
  };
  /**
   * Checks the totals the report states against the findings read from it, once per report,
   * streamed or not (a streamed batch sees only part of the details): a disagreement throws a
   * GateError. Formats whose totals can be checked inside `parse` do it there.
   */
  checkTotals?(input: ReportInput, findings: readonly Finding[]): void;
  /** The report's own creation time, for `require.max-report-age`, when the format has one. */
  timestamp?(input: ReportInput): Date | undefined;
  /**
   * Layers the report was scanned for, found or not (an empty image scan is still image
   * evidence for `require.layers`). Optional: without it a report counts for its findings'
   * layers, plus the parser's layer when it has only one.
   */
  coverage?(input: ReportInput): Layer[];
  /**
   * What the report says it scanned, for binding evidence to what is gated (`--image`,
   * `--commit`): image names, digests and source revisions. Only what the report states.
   */
  subject?(input: ReportInput): ReportSubject;
}

/** What a report names as scanned. Digests are "sha256:<hex>", revisions lower-case hex. */
export interface ReportSubject {
  images: string[];
  digests: string[];
  revisions: string[];
}
