// `when` conditions, compiled once per policy into predicates (globs and ranges are compiled
// here, never per finding). Conditions are ANDed; the values listed inside one condition are
// ORed (DESIGN §4).
import { identifiersOf } from "../model/identifiers.js";
import { CLASSIFICATIONS, type Classification } from "./classification.js";
import { compileGlob } from "./glob-pattern.js";
import { splitGlobs } from "./glob-literals.js";
import { SEVERITIES, severityRank, type Layer, type Severity } from "../model/vocabulary.js";
import type { Finding } from "../model/finding.js";
import { compileRange, matchesWhenUnknown } from "./versions.js";
import { compileLicense, isLicenseFinding, type LicenseCondition } from "./license-condition.js";

type OneOrMany<T> = T | T[];

export interface When {
  severity?: OneOrMany<string>;
  layer?: OneOrMany<Layer>;
  fixable?: boolean;
  id?: OneOrMany<string>;
  package?: OneOrMany<string>;
  versions?: string;
  path?: OneOrMany<string>;
  cwe?: OneOrMany<string | number>;
  epss?: number | string;
  kev?: boolean;
  control?: OneOrMany<string>;
  classification?: OneOrMany<string>;
  asset?: OneOrMany<string>;
  tool?: OneOrMany<string>;
  suppressed?: boolean;
  license?: LicenseCondition;
}

/** What a predicate sees: the finding plus what the policy derived for it. */
export interface Subject {
  finding: Finding;
  /** Severity after `settings.unknown-severity` was applied. */
  severity: Severity;
  classification: Classification;
  /** The asset the finding was assigned to, if any. */
  asset?: string;
  /** Zero-trust controls the finding belongs to (from the policy's `controls`). */
  controls: readonly string[];
  /** Paths the finding was seen at: its location and every report that found it. */
  paths: readonly string[];
  /** lowercaseIdentifiers(finding), computed once for every rule, control and waiver. */
  lowercaseIds: readonly string[];
  /** settings.default-action: what a finding gets when no rule matches (versions need it). */
  defaultAction: string;
}

export type Predicate = (subject: Subject) => boolean;

export function list<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function compileGlobs(
  patterns: string[],
  { lowercased = false, ...options }: { nocase?: boolean; lowercased?: boolean } = {},
): (value: string) => boolean {
  // Minimatch.match splits the value into path parts on every call, and a million findings
  // meet every control and rule. Literal patterns become a set lookup, and a glob is only run
  // on values that start with its literal prefix ("CKV_AWS_" for "CKV_AWS_*") and end with
  // its literal suffix (".tf" for "**/modules/*.tf"): glob-literals.ts.
  const fold = options.nocase ? (v: string) => v.toLowerCase() : (v: string) => v;
  // `lowercased`: the caller passes values already lowercased (once for many matchers).
  const foldValue = options.nocase && !lowercased ? fold : (v: string) => v;
  // Bounded (length, brace expansions) wherever the pattern came from: src/glob-pattern.ts.
  const { literals, globs: parts } = splitGlobs(patterns, fold);
  const globs = parts.map(({ pattern, negated, prefix, suffix }) => ({
    prefix,
    suffix,
    mm: negated
      ? compileGlob(pattern, { nocase: false, ...options })
      : compileGlob(pattern, { nocase: false, ...options, nobrace: true }),
  }));
  return (value) => {
    const folded = foldValue(value);
    if (literals.has(folded)) return true;
    for (const { prefix, suffix, mm } of globs) {
      if (folded.startsWith(prefix) && folded.endsWith(suffix) && mm.match(value)) return true;
    }
    return false;
  };
}

const COMPARISON = /^(>=|<=|>|<|=)?\s*([a-z]+)$/;

/** ">=high", "critical", "<medium" over an ordered scale (severity, classification). */
function compileOrdered<T extends string>(
  expressions: string[],
  isName: (name: string) => name is T,
  rank: (value: T) => number,
  what: string,
): (value: T) => boolean {
  const tests = expressions.map((expr) => {
    const m = COMPARISON.exec(expr.trim().toLowerCase());
    const name = m?.[2];
    if (!m || !name || !isName(name)) throw new Error(`invalid ${what} expression "${expr}"`);
    const r = rank(name);
    switch (m[1]) {
      case ">=":
        return (v: T) => rank(v) >= r;
      case "<=":
        return (v: T) => rank(v) <= r;
      case ">":
        return (v: T) => rank(v) > r;
      case "<":
        return (v: T) => rank(v) < r;
      default:
        return (v: T) => v === name;
    }
  });
  return (value) => tests.some((t) => t(value));
}

export function compileSeverity(expressions: string[]): (severity: Severity) => boolean {
  const isName = (n: string): n is Severity => (SEVERITIES as readonly string[]).includes(n);
  return compileOrdered(expressions, isName, severityRank, "severity");
}

export function compileClassification(expressions: string[]): (c: Classification) => boolean {
  const isName = (n: string): n is Classification =>
    (CLASSIFICATIONS as readonly string[]).includes(n);
  const rank = (c: Classification) => CLASSIFICATIONS.indexOf(c);
  return compileOrdered(expressions, isName, rank, "classification");
}

const THRESHOLD = /^(>=|<=|>|<)?\s*(\d+(?:\.\d+)?)$/;

/** EPSS: a number means "at least"; a string may say ">=0.5", "<0.1". */
function compileEpss(value: number | string): (epss: number | undefined) => boolean {
  const m = typeof value === "number" ? [">=", ">=", String(value)] : THRESHOLD.exec(value.trim());
  const limit = Number(m?.[2]);
  if (!m || !Number.isFinite(limit) || limit < 0 || limit > 1) {
    throw new Error(`invalid epss threshold "${value}" (a probability between 0 and 1)`);
  }
  const op = m[1] ?? ">=";
  return (epss) => {
    if (epss === undefined) return false;
    if (op === ">") return epss > limit;
    if (op === "<") return epss < limit;
    if (op === "<=") return epss <= limit;
    return epss >= limit;
  };
}

/** Normalises "79", 79 and "cwe-79" to "CWE-79" for comparison. */
function cweKey(value: string | number): string {
  const m = /(\d+)/.exec(String(value));
  return m ? `CWE-${m[1]}` : String(value).toUpperCase();
}

/**
 * The finding's identifiers (its id, aliases and the scanner's own check id), lowercased: how
 * `id` conditions, controls, waivers and `explain` compare them, case-insensitively.
 */
export function lowercaseIdentifiers(f: Finding): string[] {
  return identifiersOf(f).map((id) => id.toLowerCase());
}

/** How a rule's conditions treat what they cannot decide. */
export interface WhenOptions {
  /** The rule's action: a version that cannot be compared matches when that is stricter. */
  action: string;
}

type Builder = (when: When, options: WhenOptions) => Predicate | undefined;

// One builder per condition key, listed explicitly; each returns undefined when absent.
const BUILDERS: Builder[] = [
  ({ severity }) => {
    if (severity === undefined) return undefined;
    const test = compileSeverity(list(severity));
    return (s) => test(s.severity);
  },
  ({ layer }) => {
    if (layer === undefined) return undefined;
    const layers = new Set<string>(list(layer));
    return (s) => layers.has(s.finding.layer);
  },
  ({ fixable }) =>
    fixable === undefined ? undefined : (s) => (s.finding.fix?.available ?? false) === fixable,
  ({ id }) => {
    if (id === undefined) return undefined;
    const test = compileGlobs(list(id), { nocase: true, lowercased: true });
    return (s) => s.lowercaseIds.some(test);
  },
  ({ package: pkg }) => {
    if (pkg === undefined) return undefined;
    const test = compileGlobs(list(pkg));
    return (s) => s.finding.package !== undefined && test(s.finding.package.name);
  },
  ({ versions }, { action }) => {
    if (versions === undefined) return undefined;
    const range = compileRange(versions);
    return (s) => {
      const result = range.test(s.finding.package);
      return result === "unknown"
        ? matchesWhenUnknown(action, s.defaultAction)
        : result === "inside";
    };
  },
  ({ path }) => {
    if (path === undefined) return undefined;
    const test = compileGlobs(list(path));
    return (s) => s.paths.some(test);
  },
  ({ cwe }) => {
    if (cwe === undefined) return undefined;
    const wanted = new Set(list(cwe).map(cweKey));
    return (s) => s.finding.cwe.some((c) => wanted.has(cweKey(c)));
  },
  ({ epss }) => {
    if (epss === undefined) return undefined;
    const test = compileEpss(epss);
    return (s) => test(s.finding.epss);
  },
  ({ kev }) => (kev === undefined ? undefined : (s) => (s.finding.kev ?? false) === kev),
  ({ control }) => {
    if (control === undefined) return undefined;
    const wanted = new Set(list(control));
    return (s) => s.controls.some((c) => wanted.has(c));
  },
  ({ classification }) => {
    if (classification === undefined) return undefined;
    const test = compileClassification(list(classification));
    return (s) => test(s.classification);
  },
  ({ asset }) => {
    if (asset === undefined) return undefined;
    const test = compileGlobs(list(asset));
    return (s) => s.asset !== undefined && test(s.asset);
  },
  ({ tool }) => {
    if (tool === undefined) return undefined;
    const test = compileGlobs(list(tool), { nocase: true });
    return (s) => s.finding.foundBy.some((src) => test(src.tool)) || test(s.finding.tool);
  },
  // Whether the scanner suppressed it, not whether settings.scanner-suppressions honours that:
  // a policy can warn on every suppression, or block suppressed criticals while honouring.
  ({ suppressed }) =>
    suppressed === undefined
      ? undefined
      : (s) => (s.finding.suppressed !== undefined) === suppressed,
  ({ license }, { action }) => {
    if (license === undefined) return undefined;
    const test = compileLicense(license, action);
    return (s) => isLicenseFinding(s.finding) && test.matches(s.finding, s.defaultAction);
  },
];

export function compileWhen(when: When, options: WhenOptions): Predicate {
  const predicates = BUILDERS.map((b) => b(when, options)).filter((p): p is Predicate => !!p);
  return (subject) => predicates.every((p) => p(subject));
}
