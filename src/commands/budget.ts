// `ztgate budget suggest`: today's open findings per severity, printed as a `budgets:` block
// to paste into ztgate.yml as a starting budget (then lower it as findings get fixed).
import { parseArgs } from "node:util";
import { suggestBudgets, type SuggestedBudget } from "../gate/budgets.js";
import { dayOf } from "../gate/days.js";
import { GateError } from "../model/errors.js";
import { evaluateLocalReports } from "./local-reports.js";
import { EXIT, type Command } from "./types.js";

/** YAML of ids, enum values and numbers only: no text from a report reaches it. */
export function budgetsYaml(budgets: readonly SuggestedBudget[], day: string): string {
  const lines = [
    `# ztgate budget suggest: open findings (not waived, not ignored) on ${day}`,
    "budgets:",
  ];
  for (const b of budgets) {
    lines.push(`  - id: ${b.id}`);
    if (b.classification) lines.push(`    classification: ${b.classification}`);
    const max = Object.entries(b.max).map(([s, n]) => `${s}: ${n}`);
    lines.push(`    max: { ${max.join(", ")} }`);
  }
  return lines.join("\n") + "\n";
}

export const budget: Command = {
  name: "budget",
  summary: "print today's open findings per severity as a starting `budgets:` block",
  usage: `ztgate budget suggest [REPORT|FORMAT:REPORT|GLOB ...] [--policy FILE]

Evaluates the reports (default: local.reports from ztgate.yml) with the policy and prints
the open findings (not waived, not ignored) per severity, over all findings and per
classification, as YAML to paste into ztgate.yml.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { policy: { type: "string" } },
    });
    const [verb, ...reports] = positionals;
    if (verb !== "suggest") throw new GateError("usage: ztgate budget suggest [REPORT...]");
    const { evaluation } = await evaluateLocalReports(reports, values.policy, io);
    io.stdout(budgetsYaml(suggestBudgets(evaluation.findings), dayOf(io.now)));
    return EXIT.pass;
  },
};
