import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  readLocalConfig
} from "./chunk-B5MP7AYV.js";
import {
  loadPolicy,
  locateRepository,
  resolveReportArgs,
  runCheck
} from "./chunk-YXWZ77PM.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// src/commands/local-reports.ts
function reportArgs(positionals, policyPath) {
  if (positionals.length > 0) return positionals;
  let local = policyPath ? readLocalConfig(policyPath) : void 0;
  if (local && local.reports.length > 0) return local.reports;
  throw new GateError(
    "no reports given and no local.reports in ztgate.yml (name the reports to read)"
  );
}
async function evaluateLocalReports(reports, policyOption, io, firstSeen) {
  let { policyPath, root } = locateRepository(policyOption, io.cwd), policy = await loadPolicy(policyPath, void 0, io.cwd), from = reports.length > 0 ? io.cwd : root, requests = resolveReportArgs(reportArgs(reports, policyPath), from, root), { evaluation } = runCheck({ reports: requests, policy, now: io.now, root, firstSeen });
  return { evaluation, reportCount: requests.length };
}

export {
  evaluateLocalReports
};
