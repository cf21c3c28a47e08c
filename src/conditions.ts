// `when` conditions, compiled once per policy into predicates (globs and ranges are compiled
// here, never per finding). Conditions are ANDed; the values listed inside one condition are
// ORed (DESIGN §4).
import { Minimatch } from "minimatch";
import { isSeverity, severityRank, type Finding, type Layer, type Severity } from "./finding.js";

export interface When {
  severity?: string | string[];
  layer?: Layer | Layer[];
  fixable?: boolean;
  id?: string | string[];
  package?: string | string[];
  path?: string | string[];
}

/** What a predicate sees: the finding plus what the policy derived for it. */
export interface Subject {
  finding: Finding;
  /** Severity after `settings.unknown-severity` was applied. */
  severity: Severity;
}

export type Predicate = (subject: Subject) => boolean;

export function list<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

// Length-limited and without brace expansion, so a policy cannot make matching pathological.
const GLOB_OPTIONS = { dot: true, nocomment: true, nobrace: false, nocase: false } as const;
export const MAX_GLOB_LENGTH = 512;

export function compileGlobs(
  patterns: string[],
  options: { nocase?: boolean } = {},
): (value: string) => boolean {
  const compiled = patterns.map((p) => new Minimatch(p, { ...GLOB_OPTIONS, ...options }));
  return (value) => compiled.some((m) => m.match(value));
}

const COMPARISON = /^(>=|<=|>|<|=)?\s*([a-z]+)$/;

/** ">=high", "critical", "<medium": a predicate over a severity. */
export function compileSeverity(expressions: string[]): (severity: Severity) => boolean {
  const tests = expressions.map((expr) => {
    const m = COMPARISON.exec(expr.trim().toLowerCase());
    const name = m?.[2];
    if (!m || !name || !isSeverity(name)) throw new Error(`invalid severity expression "${expr}"`);
    const rank = severityRank(name);
    switch (m[1]) {
      case ">=":
        return (s: Severity) => severityRank(s) >= rank;
      case "<=":
        return (s: Severity) => severityRank(s) <= rank;
      case ">":
        return (s: Severity) => severityRank(s) > rank;
      case "<":
        return (s: Severity) => severityRank(s) < rank;
      default:
        return (s: Severity) => s === name;
    }
  });
  return (severity) => tests.some((t) => t(severity));
}

export function compileWhen(when: When): Predicate {
  const predicates: Predicate[] = [];
  if (when.severity !== undefined) {
    const test = compileSeverity(list(when.severity));
    predicates.push((s) => test(s.severity));
  }
  if (when.layer !== undefined) {
    const layers = new Set<string>(list(when.layer));
    predicates.push((s) => layers.has(s.finding.layer));
  }
  if (when.fixable !== undefined) {
    const wanted = when.fixable;
    predicates.push((s) => (s.finding.fix?.available ?? false) === wanted);
  }
  if (when.id !== undefined) {
    const test = compileGlobs(list(when.id), { nocase: true });
    predicates.push((s) => test(s.finding.id) || s.finding.aliases.some(test));
  }
  if (when.package !== undefined) {
    const test = compileGlobs(list(when.package));
    predicates.push((s) => s.finding.package !== undefined && test(s.finding.package.name));
  }
  if (when.path !== undefined) {
    const test = compileGlobs(list(when.path));
    predicates.push((s) => s.finding.location !== undefined && test(s.finding.location.path));
  }
  return (subject) => predicates.every((p) => p(subject));
}
