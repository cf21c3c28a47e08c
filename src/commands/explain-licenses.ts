// What `explain` says about `license` conditions: for a licence finding, each rule with one,
// matched or not, and why (which licence of the expression is denied or not allowed, what was
// read as what, what could not be read). DESIGN §1.6: every decision is explained.
import type { EvaluatedFinding } from "../gate/evaluate.js";
import type { Policy } from "../policy/types.js";
import { printableLine } from "../model/safe-text.js";
import { compileLicense, isLicenseFinding } from "../policy/license-condition.js";

export function licenseNotes(e: EvaluatedFinding, policy: Policy): string[] {
  if (!isLicenseFinding(e.finding)) return [];
  const considered = new Set(e.considered.map((c) => c.rule));
  const notes: string[] = [];
  for (const rule of policy.rules) {
    if (rule.when.license === undefined) continue;
    const test = compileLicense(rule.when.license, rule.action);
    const outcome = test.explain(e.finding, policy.settings.defaultAction);
    // The rule's other conditions (classification...) may be what kept it from matching.
    const other = outcome.matches && !considered.has(rule.id) ? "; other conditions did not" : "";
    notes.push(`rule ${rule.id}: ${outcome.why}${other}`);
  }
  // The licence comes from a report and the rule ids from a policy: one printable line each.
  return notes.map((n) => `  license:   ${printableLine(n)}`);
}
