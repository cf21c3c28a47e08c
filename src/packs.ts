// Built-in rule packs, listed explicitly. `extends: [name]` and the no-policy default read
// from here.
import defaultPack from "../rules/default.yml";

export const BUILTIN_PACKS: Record<string, string> = {
  default: defaultPack,
};

export const DEFAULT_PACK = "default";
