import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  evaluateLocalReports
} from "./chunk-XTD3QFER.js";
import "./chunk-B5MP7AYV.js";
import "./chunk-HOB2LCJN.js";
import "./chunk-IDR6HBXA.js";
import "./chunk-YXWZ77PM.js";
import "./chunk-AZ3UIT6N.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import {
  dayOf,
  suggestBudgets
} from "./chunk-QW6IHFNX.js";
import "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";

// src/commands/budget.ts
import { parseArgs } from "node:util";
function budgetsYaml(budgets, day) {
  let lines = [
    `# ztgate budget suggest: open findings (not waived, not ignored) on ${day}`,
    "budgets:"
  ];
  for (let b of budgets) {
    lines.push(`  - id: ${b.id}`), b.classification && lines.push(`    classification: ${b.classification}`);
    let max = Object.entries(b.max).map(([s, n]) => `${s}: ${n}`);
    lines.push(`    max: { ${max.join(", ")} }`);
  }
  return lines.join(`
`) + `
`;
}
var budget = {
  name: "budget",
  summary: "print today's open findings per severity as a starting `budgets:` block",
  usage: `ztgate budget suggest [REPORT|FORMAT:REPORT|GLOB ...] [--policy FILE]

Evaluates the reports (default: local.reports from ztgate.yml) with the policy and prints
the open findings (not waived, not ignored) per severity, over all findings and per
classification, as YAML to paste into ztgate.yml.`,
  async run(args, io) {
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: { policy: { type: "string" } }
    }), [verb, ...reports] = positionals;
    if (verb !== "suggest") throw new GateError("usage: ztgate budget suggest [REPORT...]");
    let { evaluation } = await evaluateLocalReports(reports, values.policy, io);
    return io.stdout(budgetsYaml(suggestBudgets(evaluation.findings), dayOf(io.now))), EXIT.pass;
  }
};
export {
  budget,
  budgetsYaml
};
