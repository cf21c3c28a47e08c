// What a change to the policy does, as lines people review: rules added, removed, weakened or
// changed, waivers added, extended or changed, settings and requirements changed, assets and
// controls changed. Pure. In a pull request the base commit's policy decides and this list is
// what the PR would change (DESIGN §1.7). Settings and requirements are compared key by key
// over both sides, and a difference no line explains still becomes a line, so a policy field
// added later cannot change silently.
import type { Action, FailOn, Policy, Rule } from "./types.js";
import type { CompiledWaiver } from "./waivers.js";

export type PolicyArea =
  | "rule"
  | "waiver"
  | "setting"
  | "require"
  | "asset"
  | "control"
  | "deadline"
  | "budget"
  | "policy";
export type ChangeKind = "added" | "removed" | "weakened" | "strengthened" | "extended" | "changed";

export interface PolicyChange {
  area: PolicyArea;
  kind: ChangeKind;
  /** The rule id, waiver id, setting name, asset or control name. */
  subject: string;
  /** old → new, or what was added or removed. */
  detail: string;
}

const ACTION_RANK: Record<Action, number> = { ignore: 0, info: 1, warn: 2, block: 3 };
const FAIL_ON_RANK: Record<FailOn, number> = { never: 0, warn: 2, block: 1 };

/** Everything that differs between the base and the head policy, in a stable order. */
export function policyDiff(base: Policy, head: Policy): PolicyChange[] {
  const changes = [
    ...ruleChanges(base.rules, head.rules),
    ...waiverChanges(base.waivers, head.waivers),
    ...recordChanges("setting", base.settings, head.settings),
    ...recordChanges("require", base.require, head.require),
    ...namedChanges("asset", specsByName(base.assets), specsByName(head.assets)),
    ...namedChanges("control", controlsByName(base), controlsByName(head)),
    // A deadline has no id: it is named by what it says ("high: 30 days"), so a longer one
    // reads as one removed and one added.
    ...namedChanges(
      "deadline",
      byKey(base.deadlines, (d) => d.label),
      byKey(head.deadlines, (d) => d.label),
    ),
    ...namedChanges(
      "budget",
      byKey(base.budgets, (b) => b.id),
      byKey(head.budgets, (b) => b.id),
    ),
  ];
  if (base.defaultClassification !== head.defaultClassification) {
    const detail = `${base.defaultClassification} → ${head.defaultClassification}`;
    changes.push({ area: "setting", kind: "changed", subject: "default-classification", detail });
  }
  if (changes.length === 0 && canonical(dataOf(base)) !== canonical(dataOf(head))) {
    changes.push({ area: "policy", kind: "changed", subject: "policy", detail: "changed" });
  }
  return changes;
}

function ruleChanges(base: readonly Rule[], head: readonly Rule[]): PolicyChange[] {
  const before = new Map(base.map((r) => [r.id, r]));
  const after = new Map(head.map((r) => [r.id, r]));
  const out: PolicyChange[] = [];
  for (const [id, old] of before) {
    const now = after.get(id);
    if (!now) {
      out.push({ area: "rule", kind: "removed", subject: id, detail: `was ${old.action}` });
      continue;
    }
    const delta = ACTION_RANK[now.action] - ACTION_RANK[old.action];
    if (delta !== 0) {
      const kind = delta < 0 ? "weakened" : "strengthened";
      out.push({ area: "rule", kind, subject: id, detail: `${old.action} → ${now.action}` });
    }
    if (canonical(old.when) !== canonical(now.when)) {
      const detail = `when ${canonical(old.when)} → ${canonical(now.when)}`;
      out.push({ area: "rule", kind: "changed", subject: id, detail });
    }
  }
  for (const [id, now] of after) {
    if (!before.has(id)) {
      out.push({
        area: "rule",
        kind: "added",
        subject: id,
        detail: `${now.action} when ${canonical(now.when)}`,
      });
    }
  }
  return out;
}

/** A waiver is identified by its scope: the same scope with a later expiry is an extension. */
function waiverScope(w: CompiledWaiver): string {
  const { id, package: pkg, versions, paths, asset, rule } = w.spec;
  return canonical({ id, pkg, versions, paths, asset, rule });
}

function waiverChanges(base: readonly CompiledWaiver[], head: readonly CompiledWaiver[]) {
  const before = new Map(base.map((w) => [waiverScope(w), w]));
  const after = new Map(head.map((w) => [waiverScope(w), w]));
  const out: PolicyChange[] = [];
  for (const [scope, now] of after) {
    const old = before.get(scope);
    const subject = now.spec.id;
    if (!old) {
      out.push({ area: "waiver", kind: "added", subject, detail: waiverLabel(now) });
      continue;
    }
    if (now.spec.expires > old.spec.expires) {
      const detail = `expires ${old.spec.expires} → ${now.spec.expires}`;
      out.push({ area: "waiver", kind: "extended", subject, detail });
    }
    const withoutExpiry = (w: CompiledWaiver) => canonical({ ...w.spec, expires: undefined });
    if (withoutExpiry(old) !== withoutExpiry(now) || now.spec.expires < old.spec.expires) {
      out.push({ area: "waiver", kind: "changed", subject, detail: waiverLabel(now) });
    }
  }
  for (const [scope, old] of before) {
    if (!after.has(scope)) {
      out.push({ area: "waiver", kind: "removed", subject: old.spec.id, detail: waiverLabel(old) });
    }
  }
  return out;
}

function waiverLabel(w: CompiledWaiver): string {
  const s = w.spec;
  const scope = [
    s.package && `package ${s.package}`,
    s.asset && `asset ${s.asset}`,
    s.rule && `rule ${s.rule}`,
  ]
    .filter(Boolean)
    .join(", ");
  const approved = s["approved-by"] ? `, approved by ${s["approved-by"]}` : ", no approver";
  return `${scope ? `${scope}, ` : ""}owner ${s.owner}${approved}, expires ${s.expires}`;
}

/** Settings and requirements, compared over the keys of both sides. */
function recordChanges(area: PolicyArea, base: object, head: object): PolicyChange[] {
  const a = base as Record<string, unknown>;
  const b = head as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const out: PolicyChange[] = [];
  for (const key of keys) {
    if (canonical(a[key]) === canonical(b[key])) continue;
    const subject = kebab(key);
    const detail = `${shown(a[key])} → ${shown(b[key])}`;
    out.push({ area, kind: settingKind(area, key, a[key], b[key]), subject, detail });
  }
  return out;
}

/** Where the direction is known it is said; any other change is "changed", never "strengthened". */
function settingKind(area: PolicyArea, key: string, old: unknown, now: unknown): ChangeKind {
  if (area === "setting" && key === "failOn") {
    const rank = (v: unknown) => FAIL_ON_RANK[(v ?? "block") as FailOn] ?? -1;
    return rank(now) < rank(old) ? "weakened" : "changed";
  }
  if (area === "require" && key === "layers") {
    const kept = new Set((now as string[] | undefined) ?? []);
    return ((old as string[] | undefined) ?? []).some((l) => !kept.has(l)) ? "weakened" : "changed";
  }
  if (area === "require" && now === undefined) return "weakened";
  return "changed";
}

function specsByName(assets: Policy["assets"]): Map<string, unknown> {
  return new Map(assets.map((a) => [a.spec.name, a.spec]));
}

function controlsByName(p: Policy): Map<string, unknown> {
  return new Map(p.controls.map((c) => [c.name, c.spec]));
}

function namedChanges(
  area: PolicyArea,
  before: Map<string, unknown>,
  after: Map<string, unknown>,
): PolicyChange[] {
  const out: PolicyChange[] = [];
  for (const [name, old] of before) {
    const now = after.get(name);
    if (now === undefined)
      out.push({ area, kind: "removed", subject: name, detail: canonical(old) });
    else if (canonical(old) !== canonical(now)) {
      out.push({
        area,
        kind: "changed",
        subject: name,
        detail: `${canonical(old)} → ${canonical(now)}`,
      });
    }
  }
  for (const [name, now] of after) {
    if (!before.has(name)) out.push({ area, kind: "added", subject: name, detail: canonical(now) });
  }
  return out;
}

/**
 * The policy as data: what it was compiled from, with every other field as it is, so a field
 * added to Policy later is compared without anyone listing it here.
 */
function byKey<T>(list: readonly T[] | undefined, key: (t: T) => string): Map<string, T> {
  return new Map((list ?? []).map((t) => [key(t), t]));
}

function dataOf(p: Policy): unknown {
  return {
    ...p,
    rules: p.rules.map(({ id, action, when }) => ({ id, action, when })),
    assets: p.assets.map((a) => a.spec),
    controls: p.controls.map((c) => [c.name, c.spec]),
    waivers: p.waivers.map((w) => w.spec),
  };
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function shown(value: unknown): string {
  return value === undefined ? "(unset)" : typeof value === "string" ? value : canonical(value);
}

/**
 * JSON with sorted keys, without functions, compiled matchers or where things were written
 * (source, origin, examples): the same policy read from another commit compares equal.
 */
export function canonical(value: unknown): string {
  // An object met again (a cycle, or shared) is written once: comparison stays finite.
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, (key, v: unknown) => {
      if (typeof v === "function" || key === "source" || key === "origin" || key === "examples") {
        return undefined;
      }
      if (v instanceof Date) return v.toISOString();
      if (v instanceof Set) return [...(v as Set<unknown>)];
      if (v && typeof v === "object") {
        if (seen.has(v)) return "[seen]";
        seen.add(v);
      }
      if (v && typeof v === "object" && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        return Object.fromEntries(
          Object.keys(o)
            .sort()
            .map((k) => [k, o[k]]),
        );
      }
      return v;
    }) ?? "undefined"
  );
}
