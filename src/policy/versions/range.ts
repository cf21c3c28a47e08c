// The `versions` range syntax of rules and waivers, parsed once into comparators that any
// version order can evaluate: "<1.16", ">=1.2 <2" (AND), "a || b" (OR), "1.2 - 1.4"
// (inclusive), "=1.2.3" (exactly), "*" (any), and node-semver's shorthands "^1.2.3",
// "~1.2.3", "1.2.x" as the bounds they stand for (">=1.2.3 <2", ...). A bare numeric version
// ("1.2", "1.2.3") is that release with its revisions and sub-releases (">=1.2.3 <1.2.4"), as
// node-semver read partial versions and as coercing "1.2.3-r0" to "1.2.3" did before: a block
// rule on "1.2.3" must not miss the distribution's build "1.2.3-r0" of it. A bare version with
// a suffix ("5.0-4") is exact.
export type Operator = "<" | "<=" | ">" | ">=" | "=";

export interface Bound {
  op: Operator;
  /** As written in the policy; read in the finding's version order when compared. */
  version: string;
}

/** Alternatives (OR) of bound lists (AND); an empty list holds for every version. */
export type Range = Bound[][];

const COMPARATOR = /^(<=|>=|<|>|=)?(?:v(?=\d))?(.+)$/;
const VERSION = /^(?:go)?\d[0-9A-Za-z.+~^_:!-]*$/;
const WILDCARD = /^(?:\*|x|X)$/;
const X_RANGE = /^v?(\d+)(?:\.(\d+|x|X|\*))?(?:\.(x|X|\*))$|^v?(\d+)\.(x|X|\*)$/;

function bump(parts: string[], at: number): string {
  return [...parts.slice(0, at), String(Number(parts[at]) + 1)].join(".");
}

/** ^, ~ and x-ranges: the numeric prefix they keep, as a lower and an exclusive upper bound. */
function shorthand(token: string): Bound[] | undefined {
  if (WILDCARD.test(token)) return [];
  const x = X_RANGE.exec(token);
  if (x) {
    const parts = [x[1] ?? x[4]!, x[2]].filter((p): p is string => !!p && /^\d+$/.test(p));
    return [
      { op: ">=", version: parts.join(".") },
      { op: "<", version: bump(parts, parts.length - 1) },
    ];
  }
  const m = /^([~^])v?(\d+(?:\.\d+){0,2})$/.exec(token);
  if (!m) return undefined;
  const parts = m[2]!.split(".");
  let keep: number;
  if (m[1] === "~") keep = parts.length === 1 ? 0 : 1;
  else
    keep = Math.max(
      0,
      parts.findIndex((p) => p !== "0"),
    );
  if (m[1] === "^" && parts.every((p) => p === "0")) keep = parts.length - 1;
  return [
    { op: ">=", version: m[2]! },
    { op: "<", version: bump(parts, Math.min(keep, parts.length - 1)) },
  ];
}

function bound(token: string, range: string): Bound[] {
  const sugar = shorthand(token);
  if (sugar) return sugar;
  const m = COMPARATOR.exec(token);
  // Every ecosystem's versions start with a digit (an epoch is digits too; Go's "v" and
  // "go" prefixes are dropped first): anything else is a typo, not a version to compare with.
  if (!m || !VERSION.test(m[2]!)) throw new Error(`invalid version range "${range}"`);
  const version = m[2]!;
  if (m[1] === undefined && /^\d+(?:\.\d+)*$/.test(version)) {
    const parts = version.split(".");
    return [
      { op: ">=", version },
      { op: "<", version: bump(parts, parts.length - 1) },
    ];
  }
  return [{ op: (m[1] as Operator | undefined) ?? "=", version }];
}

export function parseRange(range: string): Range {
  const alternatives = range.split("||").map((alternative) => {
    // "<= 1.2" is one comparator: an operator alone joins the token after it.
    const tokens = alternative
      .trim()
      .replace(/(<=|>=|<|>|=)\s+/g, "$1")
      .split(/\s+/)
      .filter(Boolean);
    const hyphen = tokens.indexOf("-");
    if (hyphen !== -1) {
      const [low, high] = [tokens[0], tokens[2]].map((t) => t?.replace(/^v(?=\d)/, "") ?? "");
      const ok = tokens.length === 3 && hyphen === 1 && VERSION.test(low!) && VERSION.test(high!);
      if (!ok) throw new Error(`invalid version range "${range}"`);
      return [
        { op: ">=" as const, version: low! },
        { op: "<=" as const, version: high! },
      ];
    }
    return tokens.flatMap((t) => bound(t, range));
  });
  // "<1 || " is a typo, not "or any version".
  if (alternatives.length > 1 && range.split("||").some((a) => a.trim() === "")) {
    throw new Error(`invalid version range "${range}"`);
  }
  return alternatives;
}
