import { parseArgs } from "node:util";
import { loadPolicyFor } from "../run.js";
import { EXIT, type Command } from "./types.js";

export const validate: Command = {
  name: "validate",
  summary: "check the policy (and the packs it extends); errors name file:line:column",
  usage: `ztgate validate [--policy FILE]

Exit 0 when the policy is valid, 2 with file:line:column and the problem otherwise.`,
  run(args, io) {
    const { values } = parseArgs({ args, options: { policy: { type: "string" } } });
    const policy = loadPolicyFor(values.policy, io.cwd);
    io.stdout(
      `${policy.source}: valid (${policy.rules.length} rules, ${policy.assets.length} assets, ` +
        `${policy.controls.length} controls, ${policy.waivers.length} waivers)\n`,
    );
    return EXIT.pass;
  },
};
