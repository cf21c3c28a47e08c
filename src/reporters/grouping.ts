// How findings are grouped for per-rule and per-asset outputs (JUnit test cases, the HTML
// posture chart). A finding's asset is the one the policy assigned it (DESIGN §4); a finding
// no asset claims is grouped by its target (image, IaC resource), else its file, else the
// report it came from, so unassigned findings still land in a readable group.
import type { EvaluatedFinding, Evaluation, Verdict } from "../gate/evaluate.js";

/** Display order of verdict groups: what needs action first, exceptions before the rest. */
export const VERDICT_DISPLAY_ORDER: readonly Verdict[] = [
  "block",
  "warn",
  "waived",
  "info",
  "ignored",
];

export function assetOf(e: EvaluatedFinding): string {
  if (e.asset) return e.asset;
  const f = e.finding;
  return f.target || f.location?.path || f.foundBy[0]?.report || "(unknown)";
}

export function ruleOf(e: EvaluatedFinding): string {
  if (e.rule) return e.rule;
  // Only a suppression that held decided the verdict; one that did not left it to the default.
  return e.suppression?.honoured ? "suppressed-by-scanner" : "default-action";
}

/** Whether this finding, on its own, would fail the gate (new findings only, under a baseline). */
export function failsGate(e: EvaluatedFinding, evaluation: Evaluation): boolean {
  if (e.baseline === "existing") return false;
  const failOn = evaluation.policy.failOn;
  if (e.verdict === "block") return failOn !== "never";
  return e.verdict === "warn" && failOn === "warn";
}

/** Groups by a key, keys sorted, insertion order kept inside each group. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    // Appended in place: copying the group on every item was quadratic in its size.
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
