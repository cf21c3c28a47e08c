// Trivy's own totals checked against the findings listed.
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { isObject, num } from "./fields.js";
import { allResults, hasEntries } from "./trivy-shapes.js";
import { agreeTotals } from "./totals.js";

// Trivy counts a result's failed checks in MisconfSummary.Failures from the list it writes
// (pkg/result/filter.go): checked once on the whole report, as a streamed batch holds only
// part of the list. A report filtered with --severity by an older `trivy k8s` counts more
// than it lists: refused too, with the way out (the policy decides severities, not a filter).
export function checkMisconfTotals(
  json: unknown,
  path: string,
  findings: readonly Finding[],
): void {
  const results = allResults(json);
  const summaries = results.map((r) => r.MisconfSummary).filter(isObject);
  if (summaries.length === 0) return;
  // Checks a .trivyignore or VEX removed are counted by a rule this parser cannot know.
  if (results.some((r) => hasEntries(r.ExperimentalModifiedFindings))) return;
  let failures = 0;
  for (const summary of summaries) {
    const n = num(summary.Failures);
    if (n === undefined) {
      throw new GateError("MisconfSummary.Failures must be a number", { file: path });
    }
    failures += n;
  }
  let listed = 0;
  for (const f of findings) if (f.layer === "iac" && !f.suppressed) listed++;
  agreeTotals(
    { Failures: failures },
    { Failures: listed },
    "MisconfSummary (summed over the results)",
    path,
    "a report filtered with --severity lists fewer: gate the unfiltered report, the policy decides severities",
  );
}
