// What a pull request (or the working tree, with --policy-from) changes in the policy, as one
// line per change, and the verdict under each policy with the deciding one last. The lines
// quote rule ids, waiver ids and conditions written by the change under review: every value
// is escaped, and no line starts with one.
import { verdictsLine, type PolicyComparison } from "../gate/policy-change.js";
import type { Evaluation } from "../gate/evaluate.js";
import { printableLine as plain } from "../model/safe-text.js";
import type { PolicyChange } from "../policy/policy-diff.js";
import { cell, code, plural } from "./markdown-text.js";
import type { Section } from "./markdown-view.js";

/** "rule", "waiver", "setting"... then the subject, the kind of change and what changed. */
function changeLine(c: PolicyChange, quote: (s: string) => string): string {
  return `${c.area} ${quote(c.subject)} ${c.kind}: ${quote(c.detail)}`;
}

function decides(c: PolicyComparison): string {
  return `${c.deciding.label} decides`;
}

/** Console lines (policy-notes.ts). */
export function policyChangeNotes(evaluation: Evaluation): string[] {
  const c = evaluation.policyChange;
  if (!c) return [];
  return [
    `POLICY CHANGED (${plural(c.changes.length, "change")}; ${plain(decides(c))})`,
    `  ${plain(verdictsLine(c))}`,
    ...c.changes.map((x) => `  ${changeLine(x, (s) => JSON.stringify(plain(s)))}`),
    "",
  ];
}

/** Listed changes at the least detail: a policy change is what a reviewer must see. */
const MIN_LISTED = 10;

export const policyChangeSection: Section = (ev, view) => {
  const c = ev.policyChange;
  if (!c) return undefined;
  const listed = c.changes.slice(0, Math.max(view.rows, MIN_LISTED));
  const rest = c.changes.length - listed.length;
  return [
    `### Policy changed (${plural(c.changes.length, "change")})`,
    "",
    `**${cell(verdictsLine(c), 300)}.** ${cell(decides(c), 200)}: a change is gated by the ` +
      "policy it starts from, not by the one it proposes.",
    "",
    ...listed.map((x) => `- ${changeLine(x, (s) => code(s, 200))}`),
    ...(rest > 0 ? [`- …and ${plural(rest, "more change")}`] : []),
  ];
};
