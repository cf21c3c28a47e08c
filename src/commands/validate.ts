import { parseArgs } from "node:util";
import { loadPolicyFor } from "../run.js";
import { readerFromEnv } from "../io/remote-policy.js";
import { waiverState } from "../policy/waivers.js";
import { unlistedApprover } from "../policy/approvers.js";
import { printableLine } from "../model/safe-text.js";
import { EXIT, type Command } from "./types.js";

export const validate: Command = {
  name: "validate",
  summary: "check the policy (and the packs it extends); errors name file:line:column",
  usage: `ztgate validate [--policy FILE]

Exit 0 when the policy is valid (expired and over-long waivers are listed as warnings),
2 with file:line:column and the problem otherwise.`,
  async run(args, io) {
    const { values } = parseArgs({ args, options: { policy: { type: "string" } } });
    const remote = readerFromEnv(io.env, (line) => io.stderr(`${line}\n`));
    const policy = await loadPolicyFor(values.policy, io.cwd, remote);
    const lines = [
      `${printableLine(policy.source)}: valid (${policy.rules.length} rules, ${policy.assets.length} assets, ` +
        `${policy.controls.length} controls, ${policy.waivers.length} waivers)`,
    ];
    for (const w of policy.waivers) {
      const why = unlistedApprover(w.spec, policy.settings.waiverApprovers);
      const state = waiverState(w, io.now, policy.settings.maxWaiverDays, why);
      if (state !== "active") {
        const which = `${printableLine(w.source)}: waiver for ${printableLine(w.spec.id)}`;
        const because = state === "unapproved" && why ? `: ${printableLine(why)}` : "";
        lines.push(`warning: ${which} is ${state} and does not apply${because}`);
      }
    }
    io.stdout(lines.join("\n") + "\n");
    return EXIT.pass;
  },
};
