// SARIF's status tables: a result's kind and level, a suppression's status.
import type { Suppression } from "../../model/finding.js";
import { entries, str, type Json } from "./fields.js";
import { knownValue } from "./status.js";

// SARIF §3.27.9 kind (absent means "fail"). "open" (the tool could not decide) and "review"
// (a person must) are findings until someone decides otherwise.
export const KIND_COUNTS = new Map<unknown, boolean>([
  [undefined, true],
  ["fail", true],
  ["open", true],
  ["review", true],
  ["pass", false],
  ["notApplicable", false],
  ["informational", false],
]);

// SARIF §3.27.10 level; read for severity, so an unknown word is refused, not ignored.
export const LEVELS = new Map<unknown, true>(
  [undefined, "error", "warning", "note", "none"].map((level) => [level, true]),
);

// SARIF §3.35.3 status. The 2.1.0 drafts (the spec's appendix K sample) named it `state`, read
// the same way, so a draft's "rejected" is not taken for an absent status.
const SUPPRESSES = new Map<unknown, boolean>([
  [undefined, true],
  ["accepted", true],
  ["underReview", false],
  ["rejected", false],
]);

/**
 * SARIF §3.35: a result is suppressed when a suppression's status is absent or "accepted";
 * "underReview" and "rejected" ones do not hide it, and an unknown status is an error.
 */
export function suppressionOf(result: Json, path: string): Suppression | undefined {
  const all = entries(result.suppressions, "runs[].results[].suppressions", path);
  // Every status is read, so an unknown one is an error wherever it sits.
  const hides = all.map((s) =>
    knownValue(SUPPRESSES, s.status ?? s.state, "a suppression's status", path),
  );
  const active = all[hides.indexOf(true)];
  if (!active) return undefined;
  return {
    kind: `sarif ${str(active.kind) ?? "suppression"}`,
    justification: str(active.justification),
  };
}
