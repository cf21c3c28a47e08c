// A report that states its own totals (Checkov's summary, npm's metadata.vulnerabilities,
// KICS's counters, ...) is checked against the details the parser read: if they disagree,
// findings are missing (or invented), and the gate cannot decide on part of a report.
import { GateError } from "../../model/errors.js";
import { num } from "./fields.js";

/** Counts by key ("high", "failed", "total"...), as the report states them or as counted. */
export type Counts = Readonly<Record<string, number>>;

/**
 * Throws when a total the report states differs from the count of what was read. A key the
 * report does not state is not checked; a stated key that is not a number is an error (a
 * total that cannot be read cannot be checked). `what` names the totals in the message.
 */
export function agreeTotals(
  stated: Record<string, unknown>,
  counted: Counts,
  what: string,
  file: string,
  /** How a real report comes to disagree, and the way out, when the tool has a known case. */
  hint?: string,
): void {
  const ranges = Object.fromEntries(Object.keys(counted).map((k) => [k, [counted[k], counted[k]]]));
  agreeRanges(stated, ranges as Record<string, [number, number]>, what, file, hint);
}

/**
 * agreeTotals for a tool whose details only bound its totals: each stated total must lie in
 * [min, max] of what was read (a format whose listed details may be rewritten by another tool,
 * such as pnpm's dependency paths).
 */
export function agreeRanges(
  stated: Record<string, unknown>,
  ranges: Readonly<Record<string, readonly [number, number]>>,
  what: string,
  file: string,
  hint?: string,
): void {
  for (const key of Object.keys(ranges)) {
    if (!Object.hasOwn(stated, key) || stated[key] === undefined) continue;
    const n = num(stated[key]);
    if (n === undefined) {
      throw new GateError(`${what}.${key} must be a number`, { file });
    }
    const [min, max] = ranges[key]!;
    if (n < min || n > max) {
      const listed =
        min === max ? `${min}` : max === Infinity ? `${min} or more` : `${min} to ${max}`;
      throw new GateError(
        `${what}.${key} says ${n}, but the report lists ${listed}: totals that disagree with the details are not a pass${hint ? ` (${hint})` : ""}`,
        { file },
      );
    }
  }
}

/** How many of `items` fall under each key, every one of `keys` present (0 when none). */
export function countBy<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string,
  keys: readonly string[],
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const item of items) {
    const key = keyOf(item);
    if (Object.hasOwn(counts, key)) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
