// Human output for terminals and CI logs: findings grouped by severity, one line each with
// its verdict, then a totals line and the outcome.
import type { EvaluatedFinding, Evaluation, Verdict } from "../evaluate.js";
import { SEVERITIES, type Finding } from "../finding.js";
import { policyNotes } from "./policy-notes.js";
import type { Reporter, ReportContext } from "./types.js";

const COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32 } as const;
type Color = keyof typeof COLORS;

function paint(text: string, color: Color, ctx: ReportContext): string {
  return ctx.color ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
}

const VERDICT_COLOR: Record<Verdict, Color> = {
  block: "red",
  warn: "yellow",
  info: "blue",
  ignored: "gray",
  waived: "gray",
};

/** "name@version", or "" without a package. */
export function packageLabel(f: Finding): string {
  return f.package ? `${f.package.name}${f.package.version ? `@${f.package.version}` : ""}` : "";
}

/** "path:line", else the target, else "". */
export function placeLabel(f: Finding): string {
  return f.location
    ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}`
    : (f.target ?? "");
}

export function findingSubject(f: Finding): string {
  const pkg = packageLabel(f);
  const where = placeLabel(f);
  return pkg && where ? `${pkg} ${where}` : pkg || where;
}

// The verdict column, painted and padded once per verdict rather than once per line.
const LABELS = new Map<string, string>();
function verdictLabel(verdict: Verdict, ctx: ReportContext): string {
  const key = `${verdict}${ctx.color ? "+" : ""}`;
  let label = LABELS.get(key);
  if (label === undefined) {
    label = paint(verdict.toUpperCase().padEnd(7), VERDICT_COLOR[verdict], ctx);
    LABELS.set(key, label);
  }
  return label;
}

function line(e: EvaluatedFinding, ctx: ReportContext): string {
  const f = e.finding;
  const verdict = verdictLabel(e.verdict, ctx);
  const tools =
    f.foundBy.length === 1
      ? f.foundBy[0]!.tool
      : [...new Set(f.foundBy.map((s) => s.tool))].join("+");
  const fix = f.fix?.available ? ` fix: ${f.fix.versions.join(", ") || "available"}` : "";
  let text = `  ${verdict} ${f.id.padEnd(20)} ${findingSubject(f)}  ${f.title} [${tools}]${fix}`;
  if (ctx.verbosity === "verbose") {
    text += `\n           ${paint(e.reason, "gray", ctx)} (fingerprint ${f.fingerprint})`;
  }
  return text;
}

export function outcomeLine(evaluation: Evaluation, ctx: ReportContext): string {
  const { byVerdict } = evaluation.counts;
  const color: Color =
    evaluation.outcome === "fail" ? "red" : evaluation.outcome === "warn" ? "yellow" : "green";
  const word =
    evaluation.errors.length > 0
      ? "CANNOT DECIDE (missing or stale evidence)"
      : { fail: "BLOCKED", warn: "PASSED WITH WARNINGS", pass: "PASSED" }[evaluation.outcome];
  return `${paint(`ztgate: ${word}`, color, ctx)} (${byVerdict.block} blocking, ${byVerdict.warn} warning; policy ${evaluation.policy.source})`;
}

export const consoleReporter: Reporter = {
  id: "console",
  description: "findings grouped by severity with their verdicts, a totals line and the outcome",
  render(evaluation, ctx) {
    const out: string[] = [];
    if (ctx.verbosity !== "quiet") {
      // One pass to group (evaluation order is kept inside each group).
      const groups = new Map<string, EvaluatedFinding[]>(SEVERITIES.map((s) => [s, []]));
      for (const e of evaluation.findings) groups.get(e.finding.severity)!.push(e);
      for (const severity of SEVERITIES) {
        const group = groups.get(severity)!;
        if (group.length === 0) continue;
        out.push(paint(`${severity.toUpperCase()} (${group.length})`, "bold", ctx));
        for (const e of group) out.push(line(e, ctx));
        out.push("");
      }
      const c = evaluation.counts;
      out.push(
        `${c.total} findings from ${evaluation.reports.length} reports: ` +
          SEVERITIES.map((s) => `${c.bySeverity[s]} ${s}`).join(", ") +
          ` | verdicts: ${c.byVerdict.block} block, ${c.byVerdict.warn} warn, ${c.byVerdict.info} info, ` +
          `${c.byVerdict.waived} waived, ${c.byVerdict.ignored} ignored`,
      );
      out.push(...policyNotes(evaluation));
    }
    out.push(outcomeLine(evaluation, ctx));
    return out.join("\n") + "\n";
  },
};
