import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  policy_schema_default
} from "./chunk-ZDXNRERM.js";
import "./chunk-IDR6HBXA.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";

// src/commands/schema.ts
var schema = {
  name: "schema",
  summary: "print the policy JSON Schema (for editors and other tools)",
  usage: `ztgate schema

Prints schema/policy.schema.json. Editors with the YAML language server complete and check
ztgate.yml when its first line is:
  # yaml-language-server: $schema=https://raw.githubusercontent.com/ztgate/ztgate/main/schema/policy.schema.json`,
  run(_args, io) {
    return io.stdout(JSON.stringify(policy_schema_default, null, 2) + `
`), EXIT.pass;
  }
};
export {
  schema
};
