// `ztgate explain FINGERPRINT|ID REPORT...`: for each matching finding, everything that went
// into its verdict (DESIGN §1.6): asset and classification, controls, every rule that matched
// and the one that decided, the waiver, and which scanners found it in which reports.
import { parseArgs } from "node:util";
import { lowercaseIdentifiers } from "../policy/conditions.js";
import { GateError } from "../model/errors.js";
import type { EvaluatedFinding } from "../gate/evaluate.js";
import { deadlineLabel, type DeadlineStatus } from "../gate/deadlines.js";
import { firstSeenDays } from "../gate/first-seen.js";
import { readBaselineFile } from "../io/baseline-file.js";
import type { Policy } from "../policy/types.js";
import { DEFAULT_SCANNER_SUPPRESSIONS, whetherHonoured } from "../policy/suppressions.js";
import { versionNotes } from "./explain-versions.js";
import { exploitSignals } from "../enrichment/describe.js";
import { readCatalogs } from "../io/enrichment-files.js";
import { licenseNotes } from "./explain-licenses.js";
import { outsidePaths } from "../policy/assets.js";
import { loadPolicy } from "../io/policy-file.js";
import { locateRepository, resolveReportArgs, runCheck } from "../run.js";
import { printableLine, printableText, safeJson } from "../model/safe-text.js";
import { EXIT, type Command } from "./types.js";

export const explain: Command = {
  name: "explain",
  summary: "explain the verdict of a finding (by fingerprint or id) in the given reports",
  usage: `ztgate explain FINGERPRINT|ID REPORT... [--policy FILE] [--baseline FILE] [--kev FILE] [--epss FILE] [-o json]

FINGERPRINT may be a prefix (at least 6 characters); ID matches the id or any alias
(CVE-2021-44228, GHSA-..., CKV_AWS_260). Prints every matching finding's asset,
classification, controls, the rules considered, the one that decided, the waiver and
the scanners that found it. With --kev and --epss (as for check), it says which
catalogue each finding's KEV and EPSS values came from. With --baseline, the first-seen
days it records age the findings for remediation deadlines, as in \`ztgate check --baseline\`.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: "string" },
        baseline: { type: "string" },
        output: { type: "string", short: "o" },
        kev: { type: "string" },
        epss: { type: "string" },
      },
    });
    const [query, ...reportArgs] = positionals;
    if (!query || reportArgs.length === 0) {
      throw new GateError("give a fingerprint or id and the reports (ztgate explain ID REPORT...)");
    }
    const { policyPath, root } = locateRepository(values.policy, io.cwd);
    const policy = await loadPolicy(policyPath, undefined, io.cwd);
    const reports = resolveReportArgs(reportArgs, io.cwd, root);
    const catalogs = readCatalogs({ kev: values.kev, epss: values.epss }, io.cwd);
    const baseline = values.baseline ? readBaselineFile(values.baseline, io.cwd) : undefined;
    const firstSeen = baseline ? firstSeenDays(baseline) : undefined;
    const { evaluation } = runCheck({ reports, policy, now: io.now, root, catalogs, firstSeen });
    const found = evaluation.findings.filter((e) => matchesQuery(e, query));
    if (found.length === 0) {
      throw new GateError(`no finding with fingerprint or id "${query}" in the given reports`);
    }
    if (values.output === "json") io.stdout(safeJson(found, 2) + "\n");
    else {
      const text = found.map((e) => explainText(e, policy, root)).join("\n");
      io.stdout(`repository root: ${printableLine(root)}\n\n${text}\n`);
    }
    return EXIT.pass;
  },
};

function matchesQuery(e: EvaluatedFinding, query: string): boolean {
  const q = query.toLowerCase();
  if (q.length >= 6 && e.finding.fingerprint.startsWith(q)) return true;
  return lowercaseIdentifiers(e.finding).includes(q);
}

// Every value below comes from a report or the policy: each is one printable line, and the
// whole text passes the rule again, so a value put first on a line cannot start a command.
export function explainText(e: EvaluatedFinding, policy: Policy, root?: string): string {
  return printableText(explainLines(e, policy, root).join("\n") + "\n");
}

function explainLines(raw: EvaluatedFinding, policy: Policy, root?: string): string[] {
  const e = printableFields(raw);
  const f = e.finding;
  const severity =
    e.effectiveSeverity === f.severity
      ? f.severity
      : `${f.severity} (treated as ${e.effectiveSeverity})`;
  const pkg = f.package ? `${f.package.name}@${f.package.version ?? "?"}` : "";
  const where = f.location
    ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}`
    : (f.target ?? "");
  const fix = f.fix?.available ? `fix ${f.fix.versions.join(", ") || "available"}` : "no fix";
  const lines = [
    [f.id, pkg, where].filter(Boolean).join(" "),
    `  title:     ${f.title}`,
    `  finding:   ${f.layer}, ${severity}, ${fix}; fingerprint ${f.fingerprint}`,
  ];
  if (f.aliases.length > 0) lines.push(`  aliases:   ${f.aliases.join(", ")}`);
  lines.push(`  found by:  ${f.foundBy.map((s) => `${s.tool} in ${s.report}`).join("; ")}`);
  const owner = e.owner ? `, owner ${e.owner}` : "";
  lines.push(
    e.asset
      ? `  asset:     ${e.asset} (${e.classification}${owner}) via ${e.assetVia ?? "?"}`
      : `  asset:     none matched; default classification ${e.classification}`,
  );
  for (const path of root === undefined ? [] : outsidePaths(f, root)) {
    lines.push(
      `  outside:   ${path} is outside the repository (${root}): no asset, rule or waiver paths match it`,
    );
  }
  lines.push(`  controls:  ${e.controls.join(", ") || "none"}`);
  const signals = exploitSignals(f, e.enrichment);
  if (signals) lines.push(`  exploit:   ${signals}`);
  if (e.suppression) {
    const s = e.suppression;
    const why = whetherHonoured(
      s,
      policy.settings.scannerSuppressions ?? DEFAULT_SCANNER_SUPPRESSIONS,
    );
    lines.push(`  suppressed: ${s.kind}${s.justification ? ` (${s.justification})` : ""}; ${why}`);
  }
  lines.push("  rules considered:");
  for (const c of e.considered) {
    const mark = c.rule === e.rule ? "  <- decided" : "";
    lines.push(`    ${c.action.padEnd(6)} ${c.rule} (${c.source})${mark}`);
  }
  if (e.considered.length === 0) lines.push("    none matched");
  const unmatched = policy.rules.length - e.considered.length;
  lines.push(`    (${unmatched} other rule(s) did not match)`);
  lines.push(...versionNotes(raw, policy));
  lines.push(...licenseNotes(raw, policy));
  if (e.waiver) {
    const w = e.waiver;
    const extra = [w.ticket && `ticket ${w.ticket}`, w.approvedBy && `approved by ${w.approvedBy}`]
      .filter(Boolean)
      .join(", ");
    lines.push(
      `  waiver:    ${w.id} by ${w.owner} until ${w.expires} (${w.source}): ${w.reason}${extra ? `; ${extra}` : ""}`,
    );
  }
  if (e.deadline) lines.push(`  deadline:  ${deadlineText(e.deadline)}`);
  lines.push(`  verdict:   ${e.verdict.toUpperCase()}: ${e.reason}`);
  return lines;
}

/** "critical: 7 days; first seen 2026-11-01 (baseline), 21 days open, 14 past deadline". */
function deadlineText(d: DeadlineStatus): string {
  return `${d.deadline} (${d.action}); first seen ${d.firstSeen} (${d.firstSeenFrom}), ${deadlineLabel(d)}`;
}

/** A copy with every string in it (finding, waiver, rules, reasons) as one printable line. */
function printableFields<T>(value: T): T {
  if (typeof value === "string") return printableLine(value) as T;
  if (Array.isArray(value)) return value.map(printableFields) as T;
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = printableFields(v);
    return copy as T;
  }
  return value;
}
