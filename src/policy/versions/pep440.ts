// Python package versions (PEP 440: epochs, pre/post/dev releases, local versions), with
// @renovatebot/pep440, the implementation Renovate uses.
import { compare, valid } from "@renovatebot/pep440";
import type { VersionScheme } from "./scheme.js";

export const pep440: VersionScheme<string> = {
  name: "pep440",
  parse: (version) => (valid(version.trim()) === null ? undefined : version.trim()),
  compare,
};
