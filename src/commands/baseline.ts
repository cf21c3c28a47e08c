import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { makeBaseline, serialiseBaseline } from "../gate/baseline.js";
import { GateError } from "../model/errors.js";
import { readLocalConfig } from "../local/config.js";
import { writeFileAtomic } from "../io/output.js";
import { loadPolicy } from "../io/policy-file.js";
import { locateRepository, resolveReportArgs, runCheck } from "../run.js";
import { EXIT, type Command } from "./types.js";

/** Reports named on the command line, else `local.reports` from the policy file. */
function reportArgs(positionals: string[], policyPath: string | undefined): string[] {
  if (positionals.length > 0) return positionals;
  const local = policyPath ? readLocalConfig(policyPath) : undefined;
  if (local && local.reports.length > 0) return local.reports;
  throw new GateError(
    "no reports given and no local.reports in ztgate.yml (ztgate baseline write FILE REPORT...)",
  );
}

export const baseline: Command = {
  name: "baseline",
  summary: "record today's findings so `check --baseline` blocks only new ones",
  usage: `ztgate baseline write FILE [REPORT|FORMAT:REPORT|GLOB ...] [--policy FILE]

Writes the fingerprint, id, package and policy verdict of every finding in the reports
(default: local.reports from ztgate.yml) to FILE. \`ztgate check --baseline FILE\` then shows
those findings as existing and lets only new ones (or ones whose verdict got stricter) block.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { policy: { type: "string" } },
    });
    const [verb, file, ...reports] = positionals;
    if (verb !== "write" || !file) {
      throw new GateError("usage: ztgate baseline write FILE [REPORT...]");
    }
    // The verdicts recorded are the ones `check` gives: the same policy, root and paths.
    const { policyPath, root } = locateRepository(values.policy, io.cwd);
    const policy = await loadPolicy(policyPath, undefined, io.cwd);
    // local.reports are written from the repository root; arguments from where ztgate runs.
    const from = reports.length > 0 ? io.cwd : root;
    const requests = resolveReportArgs(reportArgs(reports, policyPath), from, root);
    const { evaluation } = runCheck({ reports: requests, policy, now: io.now, root });
    const written = makeBaseline(evaluation, io.now);
    writeFileAtomic(resolve(io.cwd, file), serialiseBaseline(written));
    const { byVerdict } = evaluation.counts;
    io.stdout(
      `ztgate: wrote ${file}: ${written.findings.length} findings from ${requests.length} reports ` +
        `(${byVerdict.block} block, ${byVerdict.warn} warn, ${byVerdict.info} info)\n`,
    );
    return EXIT.pass;
  },
};
