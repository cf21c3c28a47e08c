// The console's lines for remediation deadlines and budgets: every budget with its counts
// (exceeded ones first), and how many findings are past their deadline or fall due soon.
import { budgetCounts, budgetMessage } from "../gate/budgets.js";
import { dueSoon, DUE_SOON_DAYS } from "../gate/deadlines.js";
import type { Evaluation } from "../gate/evaluate.js";
import { printableLine as plain } from "../model/safe-text.js";

export function deadlineNotes(evaluation: Evaluation): string[] {
  const out: string[] = [];
  const overdue = evaluation.findings.filter((e) => e.deadline?.overdue).length;
  const soon = dueSoon(evaluation.findings).length;
  if (overdue > 0 || soon > 0) {
    out.push(
      `Deadlines: ${overdue} past their remediation deadline, ${soon} fall due within ${DUE_SOON_DAYS} days`,
    );
  }
  const budgets = evaluation.budgets ?? [];
  if (budgets.length === 0) return out;
  const exceeded = budgets.filter((b) => b.exceeded.length > 0);
  out.push(`BUDGETS (${exceeded.length} of ${budgets.length} exceeded)`);
  for (const b of [...exceeded, ...budgets.filter((b) => b.exceeded.length === 0)]) {
    const counts = budgetCounts(b);
    const label = b.exceeded.length > 0 ? (b.action === "block" ? "EXCEEDED" : "OVER") : "ok";
    out.push(`  ${label.padEnd(8)} ${plain(b.id)} (${plain(b.scope)}): ${counts}`);
  }
  out.push("");
  return out;
}

/** "; budget all (all findings) exceeded: 19 high (max 5)" for the outcome line, or "". */
export function budgetClause(evaluation: Evaluation): string {
  const exceeded = (evaluation.budgets ?? []).filter((b) => b.exceeded.length > 0);
  if (exceeded.length === 0) return "";
  const more = exceeded.length > 1 ? ` (and ${exceeded.length - 1} more budgets)` : "";
  return `; ${plain(budgetMessage(exceeded[0]!))}${more}`;
}
