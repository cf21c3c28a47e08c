// One version order: how a scheme reads a version and compares two it has read. `parse`
// returns undefined for a version the scheme cannot account for; callers then treat the
// comparison as unknown (never as "outside the range").
export interface VersionScheme<T = unknown> {
  /** The name people see in `explain`: "dpkg", "rpm", "apk", "pep440", ... */
  name: string;
  parse(version: string): T | undefined;
  /** Negative, zero or positive, like a sort comparator; a total order on parsed versions. */
  compare(a: T, b: T): number;
}

/** -1, 0 or 1 for two numbers or strings (code unit order, not locale order). */
export function sign(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two runs of ASCII digits compared as numbers of any length (leading zeros ignored). */
export function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, "");
  const y = b.replace(/^0+/, "");
  return x.length !== y.length ? sign(x.length, y.length) : sign(x, y);
}

/** A scheme whose parsed type is its own business: what a table of schemes holds. */
export function erased<T>(scheme: VersionScheme<T>): VersionScheme {
  return scheme as unknown as VersionScheme;
}
