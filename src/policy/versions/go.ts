// Go module versions: semver with a "v" prefix (Trivy drops it, Grype keeps it; the Go
// toolchain is "go1.21.3" to Grype). Pseudo-versions (v0.0.0-20191109021931-daa7c04131f5)
// are semver pre-releases and sort by their timestamp; "+incompatible" is build metadata.
import semver from "semver";
import type { VersionScheme } from "./scheme.js";
import { padded } from "./semver.js";

const PREFIX = /^(?:go|v)(?=\d)/;

export const go: VersionScheme<semver.SemVer> = {
  name: "go",
  parse(version) {
    const bare = version.trim().replace(PREFIX, "");
    // The toolchain writes "go1.21" and "go1.21rc2" for 1.21.0 and 1.21.0-rc2.
    const toolchain = /^(\d+)\.(\d+)(?:\.(\d+))?([a-z]+\d*)?$/.exec(bare);
    const text = toolchain
      ? `${toolchain[1]}.${toolchain[2]}.${toolchain[3] ?? "0"}${toolchain[4] ? `-${toolchain[4]}` : ""}`
      : bare;
    return semver.parse(padded(text)) ?? undefined;
  },
  compare: (a, b) => a.compare(b),
};
