// The reports of a command that reads them like `ztgate check` does without being a gate
// (`baseline write`, `budget suggest`): the same policy, root and paths, so the verdicts and
// counts are the ones `check` gives.
import { GateError } from "../model/errors.js";
import type { Evaluation } from "../gate/evaluate.js";
import { readLocalConfig } from "../local/config.js";
import { loadPolicy } from "../io/policy-file.js";
import { locateRepository, resolveReportArgs, runCheck, type CheckInput } from "../run.js";
import type { CommandIO } from "./types.js";

/** Reports named on the command line, else `local.reports` from the policy file. */
function reportArgs(positionals: string[], policyPath: string | undefined): string[] {
  if (positionals.length > 0) return positionals;
  const local = policyPath ? readLocalConfig(policyPath) : undefined;
  if (local && local.reports.length > 0) return local.reports;
  throw new GateError(
    "no reports given and no local.reports in ztgate.yml (name the reports to read)",
  );
}

export async function evaluateLocalReports(
  reports: string[],
  policyOption: string | undefined,
  io: CommandIO,
  firstSeen?: CheckInput["firstSeen"],
): Promise<{ evaluation: Evaluation; reportCount: number }> {
  const { policyPath, root } = locateRepository(policyOption, io.cwd);
  const policy = await loadPolicy(policyPath, undefined, io.cwd);
  // local.reports are written from the repository root; arguments from where ztgate runs.
  const from = reports.length > 0 ? io.cwd : root;
  const requests = resolveReportArgs(reportArgs(reports, policyPath), from, root);
  const { evaluation } = runCheck({ reports: requests, policy, now: io.now, root, firstSeen });
  return { evaluation, reportCount: requests.length };
}
