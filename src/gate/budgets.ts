// Budgets: the most open findings of each severity a policy accepts, over all findings or one
// classification, asset, control or layer. Counted after every per-finding verdict (rules,
// waivers, deadlines) over findings that are neither waived nor ignored; findings a baseline
// marks existing count too: a budget caps the debt, and a baseline does not erase debt. Pure.
import { CLASSIFICATIONS, type Classification } from "../policy/classification.js";
import type { Budget } from "../policy/deadlines.js";
import type { Policy } from "../policy/types.js";
import { SEVERITIES, type Severity } from "../model/vocabulary.js";
import type { EvaluatedFinding } from "./judge.js";

export interface BudgetExcess {
  severity: Severity;
  count: number;
  max: number;
}

export interface BudgetResult {
  id: string;
  /** "classification restricted", "all findings". */
  scope: string;
  action: Budget["action"];
  source: string;
  /** Open findings in scope per severity the budget limits. */
  counts: Partial<Record<Severity, number>>;
  max: Partial<Record<Severity, number>>;
  exceeded: BudgetExcess[];
}

function inScope(e: EvaluatedFinding, b: Budget): boolean {
  return (
    (b.classification === undefined || e.classification === b.classification) &&
    (b.asset === undefined || e.asset === b.asset) &&
    (b.control === undefined || e.controls.includes(b.control)) &&
    (b.layer === undefined || e.finding.layer === b.layer)
  );
}

export function checkBudgets(
  findings: readonly EvaluatedFinding[],
  budgets: readonly Budget[],
): BudgetResult[] {
  const open = findings.filter((e) => e.verdict !== "waived" && e.verdict !== "ignored");
  return budgets.map((b) => {
    const limited = SEVERITIES.filter((s) => b.max[s] !== undefined);
    const counts = Object.fromEntries(limited.map((s) => [s, 0])) as Partial<
      Record<Severity, number>
    >;
    for (const e of open) {
      if (counts[e.effectiveSeverity] !== undefined && inScope(e, b)) {
        counts[e.effectiveSeverity]!++;
      }
    }
    const exceeded = limited
      .filter((s) => counts[s]! > b.max[s]!)
      .map((s) => ({ severity: s, count: counts[s]!, max: b.max[s]! }));
    return {
      id: b.id,
      scope: b.scopeLabel,
      action: b.action,
      source: b.source,
      counts,
      max: b.max,
      exceeded,
    };
  });
}

/** "2/0 high, 7/5 medium": open findings over the maximum, per severity the budget limits. */
export function budgetCounts(r: BudgetResult): string {
  return Object.entries(r.counts)
    .map(([s, n]) => `${n}/${r.max[s as Severity]} ${s}`)
    .join(", ");
}

/** "budget restricted-assets (classification restricted): 2 high (max 0), 7 medium (max 5)". */
export function budgetMessage(r: BudgetResult): string {
  const over = r.exceeded.map((x) => `${x.count} ${x.severity} (max ${x.max})`).join(", ");
  return `budget ${r.id} (${r.scope}) exceeded: ${over}`;
}

declare module "./evaluate.js" {
  interface Evaluation {
    /** Every budget of the policy with its counts; absent when the policy sets none. */
    budgets?: BudgetResult[];
  }
}

/**
 * Verdict counts for the outcome, with exceeded budgets counted as one verdict more (their
 * strictest action), so a budget blocks exactly as a blocking finding does under fail-on.
 */
export function withBudgetVerdict<V extends string>(
  counts: Record<V | "block" | "warn", number>,
  results: readonly BudgetResult[] | undefined,
): Record<V | "block" | "warn", number> {
  const verdict = budgetVerdict(results);
  return verdict ? { ...counts, [verdict]: counts[verdict] + 1 } : counts;
}

/** The verdict exceeded budgets add to the outcome: the strictest action among them. */
function budgetVerdict(results: readonly BudgetResult[] | undefined): "block" | "warn" | undefined {
  const exceeded = (results ?? []).filter((r) => r.exceeded.length > 0);
  if (exceeded.some((r) => r.action === "block")) return "block";
  return exceeded.length > 0 ? "warn" : undefined;
}

/** Applies budgets to a policy's evaluation; undefined when the policy has none. */
export function budgetsOf(
  findings: readonly EvaluatedFinding[],
  policy: Policy,
): BudgetResult[] | undefined {
  return policy.budgets && policy.budgets.length > 0
    ? checkBudgets(findings, policy.budgets)
    : undefined;
}

/** A starting budget: today's open findings per severity, in every scope that has some. */
export interface SuggestedBudget {
  id: string;
  classification?: Classification;
  max: Partial<Record<Severity, number>>;
}

/**
 * Today's counts as budgets: one over all findings, and one per classification that has open
 * findings (most sensitive first). Severities with none get 0, so a first one blocks; unknown
 * only appears when settings.unknown-severity leaves findings unknown.
 */
export function suggestBudgets(findings: readonly EvaluatedFinding[]): SuggestedBudget[] {
  const open = findings.filter((e) => e.verdict !== "waived" && e.verdict !== "ignored");
  const countsOf = (list: readonly EvaluatedFinding[]) => {
    const max: Partial<Record<Severity, number>> = {};
    for (const s of SEVERITIES) {
      const n = list.filter((e) => e.effectiveSeverity === s).length;
      if (s !== "unknown" || n > 0) max[s] = n;
    }
    return max;
  };
  const scoped = [...CLASSIFICATIONS]
    .reverse()
    .map((c) => ({ c, list: open.filter((e) => e.classification === c) }))
    .filter(({ list }) => list.length > 0)
    .map(({ c, list }) => ({ id: `${c}-findings`, classification: c, max: countsOf(list) }));
  return [{ id: "all-findings", max: countsOf(open) }, ...scoped];
}
