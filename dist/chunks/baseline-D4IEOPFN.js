import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  evaluateLocalReports
} from "./chunk-XTD3QFER.js";
import "./chunk-B5MP7AYV.js";
import "./chunk-HOB2LCJN.js";
import "./chunk-IDR6HBXA.js";
import {
  readBaselineFile
} from "./chunk-B536PXOM.js";
import {
  writeFileAtomic
} from "./chunk-WTVRMOKY.js";
import "./chunk-YXWZ77PM.js";
import "./chunk-AZ3UIT6N.js";
import {
  firstSeenDays,
  makeBaseline,
  serialiseBaseline
} from "./chunk-5WKSFMGQ.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import "./chunk-QW6IHFNX.js";
import "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";

// src/commands/baseline.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
function previousBaseline(datesFrom, file, cwd) {
  return datesFrom !== void 0 ? readBaselineFile(datesFrom, cwd) : existsSync(resolve(cwd, file)) ? readBaselineFile(file, cwd) : void 0;
}
var baseline = {
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
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: { policy: { type: "string" }, "dates-from": { type: "string" } }
    }), [verb, file, ...reports] = positionals;
    if (verb !== "write" || !file)
      throw new GateError("usage: ztgate baseline write FILE [REPORT...]");
    let previous = previousBaseline(values["dates-from"], file, io.cwd), firstSeen = previous ? firstSeenDays(previous) : void 0, { evaluation, reportCount } = await evaluateLocalReports(
      reports,
      values.policy,
      io,
      firstSeen
    ), written = makeBaseline(evaluation, io.now, previous);
    writeFileAtomic(resolve(io.cwd, file), serialiseBaseline(written));
    let { byVerdict } = evaluation.counts;
    return io.stdout(
      `ztgate: wrote ${file}: ${written.findings.length} findings from ${reportCount} reports (${byVerdict.block} block, ${byVerdict.warn} warn, ${byVerdict.info} info)
`
    ), EXIT.pass;
  }
};
export {
  baseline
};
