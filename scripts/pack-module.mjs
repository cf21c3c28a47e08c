// Built-in rule packs (rules/*.yml) as modules: the text (for `ztgate` commands that show it)
// and the parsed value, parsed here at build time with the options of src/yaml-source.ts, so
// the CLI does not parse a pack's YAML at every start-up. Used by scripts/build.mjs and
// vitest.config.ts.
import { parse } from "yaml";

export function packModuleSource(text) {
  const value = parse(text, { version: "1.2", schema: "core", strict: true, uniqueKeys: true });
  return `export default ${JSON.stringify(text)};\nexport const parsed = ${JSON.stringify(value)};\n`;
}
