// Semver ranges for `versions` in rules and waivers. Scanners report versions that are not
// always strict semver ("1.0.6-r6", "2.4.7-1+deb10u1"); they are coerced loosely, and a
// version that cannot be read at all never satisfies a range (a waiver stays narrow).
import semver from "semver";

export function compileRange(range: string): semver.Range {
  try {
    return new semver.Range(range, { loose: true });
  } catch {
    throw new Error(`invalid semver range "${range}"`);
  }
}

export function versionSatisfies(version: string | undefined, range: semver.Range): boolean {
  if (!version) return false;
  const parsed = semver.valid(version, { loose: true }) ?? semver.coerce(version)?.version;
  return parsed !== undefined && parsed !== null && range.test(parsed);
}
