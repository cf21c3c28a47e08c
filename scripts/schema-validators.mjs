// The validators of schema/policy.schema.json and schema/findings.schema.json, compiled to
// plain JavaScript at build time (ajv standalone) so the CLI never runs or even loads ajv:
// compiling the policy schema at start-up took longer than the rest of a small `ztgate check`.
// scripts/build.mjs and vitest.config.ts serve the results as two modules (typed in
// src/policy/text-modules.d.ts): the policy's, needed only when a policy file is read, and the
// findings document's, needed by the ztgate parser; two, so `ztgate check` with the built-in
// policy loads neither the policy's 280 kB validator nor ajv.
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Module id → the validators it exports, by schema reference. */
export const VALIDATOR_MODULES = {
  "virtual:policy-validators": {
    validatePolicy: "policy",
    validateTests: "policy#/definitions/testFile",
    validateLocal: "policy#/properties/local",
  },
  "virtual:findings-validators": {
    validateFindingsDocument: "findings#/definitions/findingsDocument",
    validateParseOutput: "findings#/definitions/parseOutput",
  },
};

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

/**
 * An ajv holding both schemas ("policy", "findings") with the options every validator is
 * compiled with; `standalone` adds what generating module source needs. Also used by
 * scripts/pack-module.mjs to validate the built-in packs at build time.
 */
export function schemaAjv(root, { standalone = false } = {}) {
  const read = (name) => JSON.parse(readFileSync(join(root, "schema", name), "utf8"));
  const ajv = new Ajv({
    allErrors: false,
    strict: true,
    allowUnionTypes: true,
    ...(standalone ? { code: { source: true, esm: true } } : {}),
  });
  ajv.addSchema(read("policy.schema.json"), "policy");
  ajv.addSchema(read("findings.schema.json"), "findings");
  return ajv;
}

export function schemaValidatorsSource(root, id) {
  const ajv = schemaAjv(root, { standalone: true });
  const code = standaloneCode(ajv, VALIDATOR_MODULES[id]).replaceAll(
    'require("ajv/dist/runtime/ucs2length").default',
    "ucs2length",
  );
  if (code.includes("require(")) {
    throw new Error("schema validators need an ajv runtime helper that is not inlined");
  }
  return `${code}\n${UCS2LENGTH}\n`;
}
