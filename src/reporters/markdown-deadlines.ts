// Markdown sections for remediation deadlines and budgets: exceeded budgets with their counts,
// findings past their deadline, and the list of what falls due within DUE_SOON_DAYS days
// (soonest first), so a reviewer sees what is coming before it blocks.
import { budgetCounts, budgetMessage } from "../gate/budgets.js";
import { deadlineLabel, dueSoon, DUE_SOON_DAYS } from "../gate/deadlines.js";
import type { EvaluatedFinding } from "../gate/evaluate.js";
import { packageLabel } from "./console.js";
import { cell, code, plural } from "./markdown-text.js";
import type { Section } from "./markdown-view.js";

export const budgetsSection: Section = (ev) => {
  const budgets = ev.budgets ?? [];
  if (budgets.length === 0) return undefined;
  const lines = budgets.map((b) => {
    if (b.exceeded.length > 0) {
      return `- ${b.action === "block" ? "⛔" : "⚠️"} ${cell(budgetMessage(b), 300)}`;
    }
    const counts = budgetCounts(b);
    return `- ✅ budget ${code(b.id, 60)} (${cell(b.scope, 80)}): ${counts}`;
  });
  return ["### Budgets", "", ...lines];
};

function dueLine(e: EvaluatedFinding): string {
  const pkg = packageLabel(e.finding);
  const d = e.deadline!;
  return (
    `- **${e.effectiveSeverity}** ${cell(e.finding.id, 40)}${pkg ? ` · ${cell(pkg, 50)}` : ""}` +
    ` · ${e.asset ? `${cell(e.asset, 40)} (${e.classification})` : e.classification}` +
    ` · ${deadlineLabel(d)} (${cell(d.deadline, 60)}, first seen ${d.firstSeen})`
  );
}

export const deadlinesSection: Section = (ev, view) => {
  const overdue = ev.findings.filter((e) => e.deadline?.overdue);
  const soon = dueSoon(ev.findings).sort((a, b) => a.deadline!.daysLeft - b.deadline!.daysLeft);
  if (overdue.length === 0 && soon.length === 0) return undefined;
  const rows = Math.max(view.rows, 5);
  const listed = (list: EvaluatedFinding[]) => [
    ...list.slice(0, rows).map(dueLine),
    ...(list.length > rows ? [`- …and ${plural(list.length - rows, "more finding")}`] : []),
  ];
  const out = ["### Remediation deadlines", ""];
  if (overdue.length > 0) {
    out.push(`**${plural(overdue.length, "finding")} past the deadline**`, "", ...listed(overdue));
  }
  if (soon.length > 0) {
    if (overdue.length > 0) out.push("");
    out.push(`**Falls due within ${DUE_SOON_DAYS} days (${soon.length})**`, "", ...listed(soon));
  }
  return out;
};
