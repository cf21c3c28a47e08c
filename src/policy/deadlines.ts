// Remediation deadlines and budgets as written (`deadlines:`, `budgets:`) and compiled: the
// schema has already checked their shape; compiling normalises lists, merges them with the
// extended packs' and refuses a budget naming an asset or control nobody defined (it would
// count nothing and never block).
import type { CompiledAsset } from "./assets.js";
import type { Classification } from "./classification.js";
import type { CompiledControl } from "./controls.js";
import { GateError } from "../model/errors.js";
import type { Layer, Severity } from "../model/vocabulary.js";
import type { YamlSource } from "./yaml-source.js";

export type DeadlineAction = "block" | "warn";

export interface DeadlineSpec {
  severity: Severity | Severity[];
  classification?: Classification | Classification[];
  days: number;
  action?: DeadlineAction;
}

export interface Deadline {
  severities: readonly Severity[];
  /** Undefined: every classification. */
  classifications?: readonly Classification[];
  days: number;
  action: DeadlineAction;
  /** "critical on restricted: 7 days", as every output names the deadline. */
  label: string;
  source: string;
}

export interface BudgetScope {
  classification?: Classification;
  asset?: string;
  control?: string;
  layer?: Layer;
}

export interface BudgetSpec extends BudgetScope {
  id: string;
  description?: string;
  max: Partial<Record<Severity, number>>;
  action?: DeadlineAction;
}

export interface Budget extends BudgetScope {
  id: string;
  max: Partial<Record<Severity, number>>;
  action: DeadlineAction;
  /** "classification restricted", or "all findings". */
  scopeLabel: string;
  source: string;
}

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

export function compileDeadlines(specs: readonly DeadlineSpec[], source: YamlSource): Deadline[] {
  return specs.map((spec, i) => {
    const severities = asList(spec.severity);
    const classifications =
      spec.classification === undefined ? undefined : asList(spec.classification);
    const on = classifications ? ` on ${classifications.join("/")}` : "";
    return {
      severities,
      classifications,
      days: spec.days,
      action: spec.action ?? "block",
      label: `${severities.join("/")}${on}: ${spec.days} days`,
      source: `${source.file}:${source.locate(`/deadlines/${i}`).line}`,
    };
  });
}

export function compileBudgets(
  specs: readonly BudgetSpec[],
  source: YamlSource,
  known: { assets: readonly CompiledAsset[]; controls: readonly CompiledControl[] },
): Budget[] {
  const seen = new Set<string>();
  return specs.map((spec, i) => {
    const at = (key: string) => ({ file: source.file, ...source.locate(`/budgets/${i}/${key}`) });
    if (seen.has(spec.id)) throw new GateError(`duplicate budget id "${spec.id}"`, at("id"));
    seen.add(spec.id);
    if (spec.asset !== undefined && !known.assets.some((a) => a.spec.name === spec.asset)) {
      throw new GateError(`budget "${spec.id}": unknown asset "${spec.asset}"`, at("asset"));
    }
    if (spec.control !== undefined && !known.controls.some((c) => c.name === spec.control)) {
      throw new GateError(`budget "${spec.id}": unknown control "${spec.control}"`, at("control"));
    }
    const scope: BudgetScope = {};
    if (spec.classification) scope.classification = spec.classification;
    if (spec.asset !== undefined) scope.asset = spec.asset;
    if (spec.control !== undefined) scope.control = spec.control;
    if (spec.layer) scope.layer = spec.layer;
    const parts = Object.entries(scope).map(([k, v]) => `${k} ${String(v)}`);
    return {
      id: spec.id,
      ...scope,
      max: spec.max,
      action: spec.action ?? "block",
      scopeLabel: parts.length > 0 ? parts.join(", ") : "all findings",
      source: `${source.file}:${source.locate(`/budgets/${i}`).line}`,
    };
  });
}

/**
 * The deadlines and budgets of a policy: its extended packs' first, then its own. Deadlines
 * add up (the shortest that matches applies, so a file never loosens its pack's); a budget
 * replaces the pack's budget of the same id. Absent when the policy has none.
 */
export function deadlinesAndBudgets(
  bases: readonly { deadlines?: Deadline[]; budgets?: Budget[] }[],
  doc: { deadlines?: DeadlineSpec[]; budgets?: BudgetSpec[] },
  source: YamlSource,
  known: { assets: readonly CompiledAsset[]; controls: readonly CompiledControl[] },
): { deadlines?: Deadline[]; budgets?: Budget[] } {
  const deadlines = [
    ...bases.flatMap((b) => b.deadlines ?? []),
    ...compileDeadlines(doc.deadlines ?? [], source),
  ];
  const budgets = new Map<string, Budget>();
  for (const b of bases) for (const budget of b.budgets ?? []) budgets.set(budget.id, budget);
  for (const budget of compileBudgets(doc.budgets ?? [], source, known)) {
    budgets.set(budget.id, budget);
  }
  return {
    ...(deadlines.length > 0 ? { deadlines } : {}),
    ...(budgets.size > 0 ? { budgets: [...budgets.values()] } : {}),
  };
}
