import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-WTVRMOKY.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";

// src/commands/init.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/commands/init.yml
var init_default = `# yaml-language-server: $schema=.ztgate.schema.json
# ztgate policy. Write the schema for editor completion with: ztgate schema > .ztgate.schema.json
# Reference: docs/policy.md. Check it with \`ztgate validate\`, run its examples with \`ztgate test\`.
version: 1

# Built-in packs: \`zero-trust\` (controls + classification-aware rules) or \`default\`.
extends: [zero-trust]

# What you protect and the class of data it holds: public < internal < confidential < restricted.
# A finding belongs to every asset matching its file, its image or the report it came from;
# the strictest classification wins.
assets:
  - name: web
    classification: public
    owner: team-web
    paths: ["web/**", "docs/**"]
  - name: api
    classification: confidential
    owner: team-api
    paths: ["services/api/**"]
    images: ["ghcr.io/example/api*"]

# Findings no asset claims.
default-classification: internal

# Evidence the gate needs; missing or stale evidence exits 2, never passes.
require:
  layers: [image, dependency, iac, secret]
  max-report-age: 7d

# Your own rules; the strictest matching rule wins, and a rule with the id of a pack rule
# replaces it.
rules:
  - id: block-critical-on-confidential
    description: Any critical finding blocks confidential and restricted assets, fix or not.
    when: { severity: critical, classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: CVE-2024-0001, layer: image, package: openssl, severity: critical }
        classification: restricted
        verdict: block

# Narrow, owned, temporary exceptions. Expired, over-long and unused waivers are reported.
waivers: []
#  - id: CVE-2024-1234
#    package: lodash
#    versions: "<4.17.21"
#    paths: ["web/**"]
#    reason: not reachable from user input; see SEC-42
#    owner: alice@example.com
#    approved-by: bob@example.com
#    ticket: SEC-42
#    expires: 2026-12-31

settings:
  fail-on: block # block | warn | never
  unknown-severity: high # unscored findings are never silently low
  max-waiver-days: 90
  # .trivyignore, VEX, checkov:skip... are written by the change under review: shown, not
  # obeyed (report-only | require-justification | honour). Prefer a waiver to honour.
  scanner-suppressions: report-only
`;

// src/commands/init.ts
var init = {
  name: "init",
  summary: "write a commented starter ztgate.yml (never overwrites without --force)",
  usage: `ztgate init [FILE] [--force]

Writes a starter policy to FILE (default ztgate.yml). An existing file is kept unless --force.`,
  run(args, io) {
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: { force: { type: "boolean" } }
    }), file = positionals[0] ?? "ztgate.yml", path = resolve(io.cwd, file);
    if (existsSync(path) && !values.force)
      throw new GateError("already exists; not overwritten (use --force to replace it)", { file });
    return writeFileAtomic(path, init_default), io.stdout(`wrote ${file}: edit the assets, then run \`ztgate validate\` and \`ztgate test\`
`), EXIT.pass;
  }
};
export {
  init
};
