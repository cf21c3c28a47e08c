// Built-in rule packs, listed explicitly. `extends: [name]` and the no-policy default read
// from here.
import defaultPack, { parsed as defaultParsed } from "../../rules/default.yml";
import zeroTrustPack, { parsed as zeroTrustParsed } from "../../rules/zero-trust.yml";
import licensesPack, { parsed as licensesParsed } from "../../rules/licenses.yml";

export const BUILTIN_PACKS: Record<string, string> = {
  default: defaultPack,
  "zero-trust": zeroTrustPack,
  licenses: licensesPack,
};

/** The same packs parsed at build time, so start-up does not parse their YAML. */
export const BUILTIN_PACK_VALUES: Record<string, unknown> = {
  default: defaultParsed,
  "zero-trust": zeroTrustParsed,
  licenses: licensesParsed,
};

export const DEFAULT_PACK = "default";
