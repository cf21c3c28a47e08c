import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { makeBaseline, serialiseBaseline, type Baseline } from "../gate/baseline.js";
import { firstSeenDays } from "../gate/first-seen.js";
import { readBaselineFile } from "../io/baseline-file.js";
import { GateError } from "../model/errors.js";
import { writeFileAtomic } from "../io/output.js";
import { evaluateLocalReports } from "./local-reports.js";
import { EXIT, type Command } from "./types.js";

/**
 * The baseline whose first-seen days the new one keeps: --dates-from FILE (must exist), else
 * the file being rewritten when it exists. A corrupt one is exit 2, never overwritten.
 */
function previousBaseline(
  datesFrom: string | undefined,
  file: string,
  cwd: string,
): Baseline | undefined {
  if (datesFrom !== undefined) return readBaselineFile(datesFrom, cwd);
  return existsSync(resolve(cwd, file)) ? readBaselineFile(file, cwd) : undefined;
}

export const baseline: Command = {
  name: "baseline",
  summary: "record today's findings so `check --baseline` blocks only new ones",
  usage: `ztgate baseline write FILE [REPORT|FORMAT:REPORT|GLOB ...] [--policy FILE]
                      [--dates-from BASELINE]

Writes the fingerprint, id, package, policy verdict and first-seen day of every finding in
the reports (default: local.reports from ztgate.yml) to FILE. \`ztgate check --baseline FILE\`
then shows those findings as existing and lets only new ones (or ones whose verdict got
stricter, or that are past a remediation deadline) block.

First-seen days are kept from FILE when it exists, or from --dates-from BASELINE (the base
branch's committed baseline); a finding neither lists is first seen today.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { policy: { type: "string" }, "dates-from": { type: "string" } },
    });
    const [verb, file, ...reports] = positionals;
    if (verb !== "write" || !file) {
      throw new GateError("usage: ztgate baseline write FILE [REPORT...]");
    }
    // Read before anything is written: a corrupt file stops here and keeps its dates.
    const previous = previousBaseline(values["dates-from"], file, io.cwd);
    const firstSeen = previous ? firstSeenDays(previous) : undefined;
    const { evaluation, reportCount } = await evaluateLocalReports(
      reports,
      values.policy,
      io,
      firstSeen,
    );
    const written = makeBaseline(evaluation, io.now, previous);
    writeFileAtomic(resolve(io.cwd, file), serialiseBaseline(written));
    const { byVerdict } = evaluation.counts;
    io.stdout(
      `ztgate: wrote ${file}: ${written.findings.length} findings from ${reportCount} reports ` +
        `(${byVerdict.block} block, ${byVerdict.warn} warn, ${byVerdict.info} info)\n`,
    );
    return EXIT.pass;
  },
};
