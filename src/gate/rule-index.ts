// Rules looked up by the literal parts of their conditions, so that judging a finding costs
// the rules that can match it, not every rule of the policy: a 10,000-rule policy against
// 10,000 findings is otherwise 10^8 predicate calls. Pure.
//
// A rule's conditions are ANDed (compileWhen), so any one of them is a necessary condition:
// a rule whose `id` globs all have a literal prefix can only match a finding one of whose
// identifiers equals a literal or starts with a prefix. Each rule is filed under ONE such
// condition it has (id, package, path, tool, layer); a rule with none of them, or whose
// patterns have neither a literal start nor a literal end (a negation, "**"), is a candidate
// for every finding. Conditions the index does not know (and every condition besides the one
// it files under) are left to the rule's own predicate: the index only ever leaves out rules
// that cannot match, so verdicts and the order of matched rules are exactly those of the
// linear scan (test/rule-index.test.ts).
import { list, type Subject } from "../policy/conditions.js";
import { splitGlobs } from "../policy/glob-literals.js";
import type { Rule } from "../policy/types.js";

/** Rule positions by the exact values, prefixes and suffixes a value must have for them. */
class KeyTable {
  private readonly exact = new Map<string, number[]>();
  private readonly starts = new Affixes((value, length) => value.slice(0, length));
  private readonly ends = new Affixes((value, length) => value.slice(value.length - length));

  add(position: number, keys: Keys): void {
    for (const key of keys.literals) push(this.exact, key, position);
    for (const key of keys.prefixes) this.starts.add(key, position);
    for (const key of keys.suffixes) this.ends.add(key, position);
  }

  /** Appends the position of every rule filed under a key `value` equals, starts or ends with. */
  collect(value: string, into: number[]): void {
    const exact = this.exact.get(value);
    if (exact) for (const p of exact) into.push(p);
    this.starts.collect(value, into);
    this.ends.collect(value, into);
  }

  get empty(): boolean {
    return this.exact.size === 0 && this.starts.empty && this.ends.empty;
  }
}

/** Positions by prefix (or suffix): a value is looked up once per length some key has. */
class Affixes {
  private readonly byKey = new Map<string, number[]>();
  private readonly lengths: number[] = [];

  constructor(private readonly cut: (value: string, length: number) => string) {}

  add(key: string, position: number): void {
    push(this.byKey, key, position);
    if (!this.lengths.includes(key.length)) this.lengths.push(key.length);
  }

  collect(value: string, into: number[]): void {
    for (const length of this.lengths) {
      if (length > value.length) continue;
      const positions = this.byKey.get(this.cut(value, length));
      if (positions) for (const p of positions) into.push(p);
    }
  }

  get empty(): boolean {
    return this.byKey.size === 0;
  }
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const positions = map.get(key);
  if (positions) positions.push(position);
  else map.set(key, [position]);
}

/** A value the condition accepts equals a literal, or starts with a prefix or ends with a suffix. */
interface Keys {
  literals: Iterable<string>;
  prefixes: readonly string[];
  suffixes: readonly string[];
}

interface Dimension {
  /** The keys a matching value must equal or start with; undefined: not indexable. */
  keys(rule: Rule): Keys | undefined;
  /** The values of the subject the rule's condition tests, folded as `keys` are. */
  values(subject: Subject, each: (value: string) => void): void;
}

const lowercase = (v: string) => v.toLowerCase();
const same = (v: string) => v;

/**
 * Keys from glob patterns: each glob is filed under its literal prefix, or its literal suffix
 * when it has none. Undefined when one of them has neither (a negation, "**", "*x*").
 */
function globKeys(value: unknown, fold: (v: string) => string): Keys | undefined {
  const patterns: unknown[] = list(value);
  if (patterns.length === 0 || !patterns.every((p) => typeof p === "string")) return undefined;
  const { literals, globs } = splitGlobs(patterns as string[], fold);
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const g of globs) {
    if (g.negated) return undefined;
    if (g.prefix !== "") prefixes.push(g.prefix);
    else if (g.suffix !== "") suffixes.push(g.suffix);
    else return undefined;
  }
  return { literals, prefixes, suffixes };
}

// In the order a rule is filed: the most selective condition first. Each mirrors its
// condition in policy/conditions.ts (the same values, folded the same way).
const DIMENSIONS: readonly Dimension[] = [
  {
    keys: (rule) => globKeys(rule.when.id, lowercase),
    values: (s, each) => s.lowercaseIds.forEach((id) => each(id)),
  },
  {
    keys: (rule) => globKeys(rule.when.package, same),
    values: (s, each) => {
      if (s.finding.package !== undefined) each(s.finding.package.name);
    },
  },
  {
    keys: (rule) => globKeys(rule.when.path, same),
    values: (s, each) => s.paths.forEach((path) => each(path)),
  },
  {
    keys: (rule) => globKeys(rule.when.tool, lowercase),
    values: (s, each) => {
      for (const src of s.finding.foundBy) each(src.tool.toLowerCase());
      each(s.finding.tool.toLowerCase());
    },
  },
  {
    keys: ({ when: { layer } }) => {
      const layers: unknown[] = list(layer);
      if (layers.length === 0 || !layers.every((l) => typeof l === "string")) return undefined;
      return { literals: layers as string[], prefixes: [], suffixes: [] };
    },
    values: (s, each) => each(s.finding.layer),
  },
];

export interface RuleIndex {
  /** How many rules were indexed. */
  size: number;
  /** The rules that may match the subject, in policy order (a superset of those that do). */
  candidates(subject: Subject): Rule[];
}

export function buildRuleIndex(rules: readonly Rule[]): RuleIndex {
  const tables = DIMENSIONS.map(() => new KeyTable());
  const unfiled: number[] = [];
  rules.forEach((rule, position) => {
    for (let d = 0; d < DIMENSIONS.length; d++) {
      const keys = DIMENSIONS[d]!.keys(rule);
      if (keys) return tables[d]!.add(position, keys);
    }
    unfiled.push(position);
  });
  const used = DIMENSIONS.flatMap((dimension, d) =>
    tables[d]!.empty ? [] : [{ dimension, table: tables[d]! }],
  );
  return {
    size: rules.length,
    candidates(subject) {
      const hits: number[] = [];
      for (const { dimension, table } of used) {
        dimension.values(subject, (value) => table.collect(value, hits));
      }
      hits.sort((a, b) => a - b);
      return mergeInOrder(rules, hits, unfiled);
    },
  };
}

/** The rules at the positions of two ascending lists (the first may repeat), in order, once. */
function mergeInOrder(rules: readonly Rule[], hits: number[], unfiled: number[]): Rule[] {
  const out: Rule[] = [];
  let i = 0;
  let j = 0;
  let last = -1;
  while (i < hits.length || j < unfiled.length) {
    const next =
      j >= unfiled.length || (i < hits.length && hits[i]! < unfiled[j]!)
        ? hits[i++]!
        : unfiled[j++]!;
    if (next === last) continue;
    last = next;
    out.push(rules[next]!);
  }
  return out;
}
