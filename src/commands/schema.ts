import { POLICY_SCHEMA } from "../policy/document.js";
import { EXIT, type Command } from "./types.js";

export const schema: Command = {
  name: "schema",
  summary: "print the policy JSON Schema (for editors and other tools)",
  usage: `ztgate schema

Prints schema/policy.schema.json. Editors with the YAML language server complete and check
ztgate.yml when its first line is:
  # yaml-language-server: $schema=https://raw.githubusercontent.com/ztgate/ztgate/main/schema/policy.schema.json`,
  run(_args, io) {
    io.stdout(JSON.stringify(POLICY_SCHEMA, null, 2) + "\n");
    return EXIT.pass;
  },
};
