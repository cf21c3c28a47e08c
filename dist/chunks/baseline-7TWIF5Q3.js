import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  readLocalConfig
} from "./chunk-SFHVLUZF.js";
import "./chunk-SNQ46SZC.js";
import "./chunk-AKUSD3SD.js";
import {
  writeFileAtomic
} from "./chunk-WTVRMOKY.js";
import {
  loadPolicy,
  locateRepository,
  resolveReportArgs,
  runCheck
} from "./chunk-UKRGGBFG.js";
import "./chunk-SEAXUOMT.js";
import {
  makeBaseline,
  serialiseBaseline
} from "./chunk-BS7FZPHT.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import "./chunk-GY4X5T6K.js";
import "./chunk-2TGS5ZW4.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";

// src/commands/baseline.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
function reportArgs(positionals, policyPath) {
  if (positionals.length > 0) return positionals;
  let local = policyPath ? readLocalConfig(policyPath) : void 0;
  if (local && local.reports.length > 0) return local.reports;
  throw new GateError(
    "no reports given and no local.reports in ztgate.yml (ztgate baseline write FILE REPORT...)"
  );
}
var baseline = {
  name: "baseline",
  summary: "record today's findings so `check --baseline` blocks only new ones",
  usage: `ztgate baseline write FILE [REPORT|FORMAT:REPORT|GLOB ...] [--policy FILE]

Writes the fingerprint, id, package and policy verdict of every finding in the reports
(default: local.reports from ztgate.yml) to FILE. \`ztgate check --baseline FILE\` then shows
those findings as existing and lets only new ones (or ones whose verdict got stricter) block.`,
  async run(args, io) {
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: { policy: { type: "string" } }
    }), [verb, file, ...reports] = positionals;
    if (verb !== "write" || !file)
      throw new GateError("usage: ztgate baseline write FILE [REPORT...]");
    let { policyPath, root } = locateRepository(values.policy, io.cwd), policy = await loadPolicy(policyPath, void 0, io.cwd), from = reports.length > 0 ? io.cwd : root, requests = resolveReportArgs(reportArgs(reports, policyPath), from, root), { evaluation } = runCheck({ reports: requests, policy, now: io.now, root }), written = makeBaseline(evaluation, io.now);
    writeFileAtomic(resolve(io.cwd, file), serialiseBaseline(written));
    let { byVerdict } = evaluation.counts;
    return io.stdout(
      `ztgate: wrote ${file}: ${written.findings.length} findings from ${requests.length} reports (${byVerdict.block} block, ${byVerdict.warn} warn, ${byVerdict.info} info)
`
    ), EXIT.pass;
  }
};
export {
  baseline
};
