import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { applyBaseline } from "../gate/baseline.js";
import { readBaselineFile } from "../io/baseline-file.js";
import { GateError } from "../model/errors.js";
import { parseOutputArg } from "../io/output.js";
import { createProgress } from "./progress.js";
import { REPORTERS } from "../reporters/index.js";
import { loadPolicy } from "../io/policy-file.js";
import { readerFromEnv } from "../io/remote-policy.js";
import { locateRepository, resolveReportArgs, runCheck } from "../run.js";
import { printableLine } from "../model/safe-text.js";
import { VERSION } from "../model/version.js";
import { checkOutputs, emitOutputs, wantsColor } from "./render.js";
import { EXIT, type Command } from "./types.js";

/** Enough to act on in a CI log; the full list is in -o json, sarif or html. */
const DEFAULT_MAX_LISTED = 100;

function maxListedOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_LISTED;
  if (!/^\d+$/.test(value)) {
    throw new GateError(`--max-listed must be a whole number (0 lists all), not "${value}"`);
  }
  return Number(value);
}

export const check: Command = {
  name: "check",
  summary: "evaluate reports against the policy; exit 0 pass, 1 blocked, 2 cannot decide",
  usage: `ztgate check [REPORT|FORMAT:REPORT|GLOB ...] [options]

Options:
  --policy FILE         policy file, or built-in:NAME for a built-in pack (default:
                        ztgate.yml or .ztgate.yml here or in a parent up to the git
                        top level, else built-in:default). Paths in the policy are
                        relative to the repository root (-v prints it)
  --baseline FILE       findings recorded in FILE (ztgate baseline write) show as existing
                        and do not block; only new findings decide the outcome
  -o, --output F[=FILE] output format, repeatable; to stdout, or to FILE
                        (${REPORTERS.map((r) => r.id).join(", ")})
  --max-listed N        findings listed per verdict group on the console, most severe
                        first (default ${DEFAULT_MAX_LISTED}; 0 lists all)
  -q, --quiet           print the verdict only
  -v, --verbose         print the reason, rule and sources of every finding`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: "string" },
        baseline: { type: "string" },
        output: { type: "string", short: "o", multiple: true },
        "max-listed": { type: "string" },
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
    const maxListed = maxListedOf(values["max-listed"]);
    checkOutputs(outputs);
    const { policyPath, root } = locateRepository(values.policy, io.cwd);
    const remote = readerFromEnv(io.env, (line) => io.stderr(`${line}\n`));
    const policy = await loadPolicy(policyPath, undefined, io.cwd, remote);
    const baseline = values.baseline ? readBaselineFile(values.baseline, io.cwd) : undefined;
    const reports = resolveReportArgs(positionals, io.cwd, root);
    // Every path in the policy is relative to it: say which directory that is.
    if (values.verbose) io.stderr(`ztgate: repository root ${root}\n`);
    const progress = createProgress({
      write: io.stderr,
      enabled: io.stderrIsTTY === true,
      clock: () => performance.now(),
    });
    let { evaluation } = runCheck({
      reports,
      policy,
      now: io.now,
      root,
      onReport: progress.step,
    });
    progress.finish();
    if (baseline && values.baseline)
      evaluation = applyBaseline(evaluation, baseline, values.baseline);
    emitOutputs(
      evaluation,
      outputs,
      {
        color: wantsColor(io),
        verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal",
        version: VERSION,
        workspace: root,
        maxListed,
      },
      io,
    );
    // Missing or stale evidence: the gate cannot decide, whatever the findings say.
    if (evaluation.errors.length > 0) {
      io.stderr(evaluation.errors.map((e) => `ztgate: error: ${printableLine(e)}\n`).join(""));
      return EXIT.undecided;
    }
    return evaluation.outcome === "fail" ? EXIT.blocked : EXIT.pass;
  },
};
