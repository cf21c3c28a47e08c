// `versions` ranges in rules and waivers, compared in the order of the package's ecosystem
// (src/versions/ecosystem.ts): dpkg, rpm, apk, PEP 440, Maven, Go, semver, semver-like, or
// "generic" for an ecosystem ztgate does not know. A version that cannot be compared (missing,
// or not a version of its ecosystem, or a bound that is not) is "unknown": the caller decides
// in the direction that makes the verdict stricter (src/conditions.ts, src/waivers.ts).
import type { PackageRef } from "../model/finding.js";
import { schemeFor, type SchemeChoice } from "./versions/ecosystem.js";
import { parseRange, type Bound, type Range } from "./versions/range.js";
import type { VersionScheme } from "./versions/scheme.js";

export type RangeResult = "inside" | "outside" | "unknown";

export interface VersionRange {
  text: string;
  test(pkg: PackageRef | undefined): RangeResult;
}

export function compileRange(text: string): VersionRange {
  const range = parseRange(text);
  // Each bound read once per version order, when a finding of that order first meets it.
  const parsedBounds = new Map<VersionScheme, unknown[][] | undefined>();
  const boundsIn = (scheme: VersionScheme) => {
    if (!parsedBounds.has(scheme)) parsedBounds.set(scheme, readBounds(range, scheme));
    return parsedBounds.get(scheme);
  };
  // "*" (an empty list of bounds) holds for every version, even one that cannot be read.
  const any = range.some((all) => all.length === 0);
  return {
    text,
    test(pkg) {
      if (any) return "inside";
      const { scheme } = schemeFor(pkg);
      const version = pkg?.version === undefined ? undefined : scheme.parse(pkg.version);
      const bounds = boundsIn(scheme);
      if (version === undefined || bounds === undefined) return "unknown";
      const inside = range.some((all, i) =>
        all.every((b, j) => holds(b, scheme.compare(version, bounds[i]![j]))),
      );
      return inside ? "inside" : "outside";
    },
  };
}

function readBounds(range: Range, scheme: VersionScheme): unknown[][] | undefined {
  const read = range.map((all) => all.map((b) => scheme.parse(b.version)));
  return read.some((all) => all.includes(undefined)) ? undefined : read;
}

function holds(b: Bound, order: number): boolean {
  switch (b.op) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    default:
      return order === 0;
  }
}

const STRICTNESS = ["ignore", "info", "warn", "block"];

/**
 * Whether a rule whose version cannot be compared matches: only when matching cannot loosen
 * the verdict. A matched rule replaces the default action, so a block or warn rule matches
 * unless the default is stricter than it (a warn rule under default-action block does not);
 * an info or ignore rule never does.
 */
export function matchesWhenUnknown(action: string, defaultAction: string): boolean {
  const rank = STRICTNESS.indexOf(action);
  return rank >= STRICTNESS.indexOf("warn") && rank >= STRICTNESS.indexOf(defaultAction);
}

/** How `explain` says which order a package's versions were compared in, and if they could be. */
export function describeComparison(pkg: PackageRef | undefined, range: VersionRange): string {
  const choice: SchemeChoice = schemeFor(pkg);
  const as = choice.known
    ? `${choice.scheme.name} (ecosystem ${choice.from})`
    : `${choice.scheme.name} (ecosystem ${choice.from ? `"${choice.from}" not known` : "not given"})`;
  if (range.test(pkg) !== "unknown")
    return `${pkg?.version} compared as ${as} with "${range.text}"`;
  return `version ${pkg?.version ?? "(none)"} could not be compared as ${as} with "${range.text}"`;
}
