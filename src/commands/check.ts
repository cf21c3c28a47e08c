import { parseArgs } from "node:util";
import { GateError } from "../errors.js";
import { parseOutputArg } from "../output.js";
import { loadPolicyFor, resolveReportArgs, runCheck } from "../run.js";
import { VERSION } from "../version.js";
import { checkOutputs, emitOutputs, wantsColor } from "./render.js";
import { EXIT, type Command } from "./types.js";

export const check: Command = {
  name: "check",
  summary: "evaluate reports against the policy; exit 0 pass, 1 blocked, 2 cannot decide",
  usage: `ztgate check [REPORT|FORMAT:REPORT|GLOB ...] [options]

Options:
  --policy FILE        policy file (default: ztgate.yml or .ztgate.yml here, else built-in)
  -o, --output F[=FILE] output format, repeatable: console (default), json,
                       markdown, sarif
  -q, --quiet          print the verdict only
  -v, --verbose        print the reason for every finding`,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: "string" },
        output: { type: "string", short: "o", multiple: true },
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean", short: "v" },
      },
    });
    if (positionals.length === 0) {
      throw new GateError(
        "no reports given: nothing to check is not a pass (ztgate check REPORT...)",
      );
    }
    const outputs = (values.output ?? ["console"]).map(parseOutputArg);
    checkOutputs(outputs);
    const policy = loadPolicyFor(values.policy, io.cwd);
    const reports = resolveReportArgs(positionals, io.cwd);
    const { evaluation } = runCheck({ reports, policy, now: io.now, root: io.cwd });
    emitOutputs(
      evaluation,
      outputs,
      {
        color: wantsColor(io),
        verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal",
        version: VERSION,
        workspace: io.cwd,
      },
      io,
    );
    // Missing or stale evidence: the gate cannot decide, whatever the findings say.
    if (evaluation.errors.length > 0) {
      io.stderr(evaluation.errors.map((e) => `ztgate: error: ${e}\n`).join(""));
      return EXIT.undecided;
    }
    return evaluation.outcome === "fail" ? EXIT.blocked : EXIT.pass;
  },
};
