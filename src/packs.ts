// Built-in rule packs, listed explicitly. `extends: [name]` and the no-policy default read
// from here.
import defaultPack from "../rules/default.yml";
import zeroTrustPack from "../rules/zero-trust.yml";

export const BUILTIN_PACKS: Record<string, string> = {
  default: defaultPack,
  "zero-trust": zeroTrustPack,
};

export const DEFAULT_PACK = "default";
