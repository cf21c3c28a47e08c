// What `explain` says about `versions` ranges: for each rule that matched and each waiver for
// the finding's id that has a range, which order the version was compared in, and when it
// could not be compared, which way that went (DESIGN §1.6: every decision is explained).
import type { EvaluatedFinding } from "../gate/evaluate.js";
import type { Policy } from "../policy/types.js";
import { printableLine } from "../model/safe-text.js";
import { compileRange, describeComparison } from "../policy/versions.js";

export function versionNotes(e: EvaluatedFinding, policy: Policy): string[] {
  const pkg = e.finding.package;
  const notes: string[] = [];
  const considered = new Set(e.considered.map((c) => c.rule));
  for (const rule of policy.rules) {
    const text = rule.when.versions;
    if (text === undefined || !considered.has(rule.id)) continue;
    const range = compileRange(text);
    const unknown = range.test(pkg) === "unknown";
    const how = unknown ? "; the rule matched conservatively" : "";
    notes.push(`rule ${rule.id}: ${describeComparison(pkg, range)}${how}`);
  }
  const ids = new Set([e.finding.id, ...e.finding.aliases].map((id) => id.toLowerCase()));
  for (const w of policy.waivers) {
    if (w.spec.versions === undefined || !ids.has(w.spec.id.toLowerCase())) continue;
    const range = compileRange(w.spec.versions);
    const unknown = range.test(pkg) === "unknown";
    const how = unknown ? "; the waiver did not apply" : "";
    notes.push(`waiver ${w.spec.id} (${w.source}): ${describeComparison(pkg, range)}${how}`);
  }
  // The version comes from a report and the range from a policy: one printable line each.
  return notes.map((n) => `  versions:  ${printableLine(n)}`);
}
