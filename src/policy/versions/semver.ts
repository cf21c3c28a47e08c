// npm and Cargo versions are semver 2.0 (npm also reads a leading "v" or "="), compared by
// node-semver with pre-releases ordered, never skipped: `<2.0.0` holds for 2.0.0-rc.1.
import semver from "semver";
import type { VersionScheme } from "./scheme.js";

/** "1.16" and "2" as 1.16.0 and 2.0.0: how a bound like `<1.16` is meant. */
export function padded(version: string): string {
  const m = /^(v?\d+)(\.\d+)?$/.exec(version);
  return m ? `${m[1]}${m[2] ?? ".0"}.0` : version;
}

export const npmSemver: VersionScheme<semver.SemVer> = {
  name: "semver",
  parse: (version) => semver.parse(padded(version.trim()), { loose: true }) ?? undefined,
  compare: (a, b) => a.compare(b),
};
