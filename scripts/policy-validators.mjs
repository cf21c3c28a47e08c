// The policy schema's validators, compiled to plain JavaScript at build time (ajv standalone)
// so the CLI never runs ajv's compiler: compiling the schema at start-up took longer than the
// rest of a small `ztgate check`. scripts/build.mjs and vitest.config.ts serve the result as
// the module "virtual:policy-validators" (typed in src/text-modules.d.ts).
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const POLICY_VALIDATORS = "virtual:policy-validators";

// The one ajv runtime helper the schema needs (string lengths in code points), inlined so the
// generated module has no require() and imports nothing.
const UCS2LENGTH = `function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  while (pos < len) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}`;

export function policyValidatorsSource(root) {
  const schema = JSON.parse(readFileSync(join(root, "schema", "policy.schema.json"), "utf8"));
  const ajv = new Ajv({
    allErrors: false,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: true },
  });
  ajv.addSchema(schema, "policy");
  const code = standaloneCode(ajv, {
    validatePolicy: "policy",
    validateTests: "policy#/definitions/testFile",
  }).replaceAll('require("ajv/dist/runtime/ucs2length").default', "ucs2length");
  if (code.includes("require(")) {
    throw new Error("policy validators need an ajv runtime helper that is not inlined");
  }
  return `${code}\n${UCS2LENGTH}\n`;
}
