import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  loadPolicyFor,
  readerFromEnv
} from "./chunk-YXWZ77PM.js";
import "./chunk-AZ3UIT6N.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import {
  unlistedApprover,
  waiverState
} from "./chunk-QW6IHFNX.js";
import "./chunk-GGO2SFEU.js";
import "./chunk-2W6IXLVT.js";
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// src/commands/validate.ts
import { parseArgs } from "node:util";
var validate = {
  name: "validate",
  summary: "check the policy (and the packs it extends); errors name file:line:column",
  usage: `ztgate validate [--policy FILE]

Exit 0 when the policy is valid (expired and over-long waivers are listed as warnings),
2 with file:line:column and the problem otherwise.`,
  async run(args, io) {
    let { values } = parseArgs({ args, options: { policy: { type: "string" } } }), remote = readerFromEnv(io.env, (line) => io.stderr(`${line}
`)), policy = await loadPolicyFor(values.policy, io.cwd, remote), lines = [
      `${printableLine(policy.source)}: valid (${policy.rules.length} rules, ${policy.assets.length} assets, ${policy.controls.length} controls, ${policy.waivers.length} waivers)`
    ];
    for (let w of policy.waivers) {
      let why = unlistedApprover(w.spec, policy.settings.waiverApprovers), state = waiverState(w, io.now, policy.settings.maxWaiverDays, why);
      if (state !== "active") {
        let which = `${printableLine(w.source)}: waiver for ${printableLine(w.spec.id)}`, because = state === "unapproved" && why ? `: ${printableLine(why)}` : "";
        lines.push(`warning: ${which} is ${state} and does not apply${because}`);
      }
    }
    return io.stdout(lines.join(`
`) + `
`), EXIT.pass;
  }
};
export {
  validate
};
