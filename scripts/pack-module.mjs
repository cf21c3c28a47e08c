// Built-in rule packs (rules/*.yml) as modules: the text (for `ztgate` commands that show it)
// and the parsed value, parsed here at build time with the options of src/policy/yaml-source.ts and
// validated against the policy schema, so the CLI neither parses a pack's YAML nor loads the
// schema validator at start-up (src/policy/load.ts trusts built-in packs for that reason). Used by
// scripts/build.mjs and vitest.config.ts.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { schemaAjv } from "./schema-validators.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
let validate;

function validatePack(value, file) {
  validate ??= schemaAjv(ROOT).getSchema("policy");
  if (!validate(value)) {
    const e = validate.errors[0];
    throw new Error(`${file}: not a valid policy: ${e.instancePath || "/"} ${e.message}`);
  }
}

export function packModuleSource(text, file = "a built-in pack") {
  const value = parse(text, { version: "1.2", schema: "core", strict: true, uniqueKeys: true });
  validatePack(value, file);
  return `export default ${JSON.stringify(text)};\nexport const parsed = ${JSON.stringify(value)};\n`;
}
