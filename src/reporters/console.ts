// Human output for terminals and CI logs: findings grouped by verdict (blocking first), ordered
// by severity inside each group, in aligned columns; then a totals line and the outcome, which
// names the blocking findings so the last line alone says what to fix.
import { outputPath } from "../model/repo-path.js";
import { decidingFindings } from "../gate/baseline.js";
import {
  VERDICTS,
  type EvaluatedFinding,
  type Evaluation,
  type Verdict,
} from "../gate/evaluate.js";
import { SEVERITIES, type Severity } from "../model/vocabulary.js";
import type { Finding } from "../model/finding.js";
import { VERDICT_DISPLAY_ORDER } from "./grouping.js";
import { policyNotes } from "./policy-notes.js";
import { plural } from "./markdown-text.js";
import { exploitSignals } from "../enrichment/describe.js";
import { budgetClause, deadlineNotes } from "./deadline-notes.js";
import { deadlineLabel } from "../gate/deadlines.js";
import { CONSOLE_COLOURS, printableLine, printableText } from "../model/safe-text.js";
import type { Reporter, ReportContext } from "./types.js";

const COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32, magenta: 35 };
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

/** "path:line" (the path as every output names it), else the target, else "". */
export function placeLabel(f: Finding, root?: string): string {
  return f.location
    ? `${outputPath(f.location.path, root).path}${f.location.startLine ? `:${f.location.startLine}` : ""}`
    : (f.target ?? "");
}

/** "payments-api (restricted)", or "(internal)" for a finding no asset claims. */
export function assetLabel(e: EvaluatedFinding): string {
  return e.asset ? `${e.asset} (${e.classification})` : `(${e.classification})`;
}

export function findingSubject(f: Finding): string {
  const pkg = packageLabel(f);
  const where = placeLabel(f);
  return pkg && where ? `${pkg} ${where}` : pkg || where;
}

const SEVERITY_COLOR: Record<Severity, Color> = {
  critical: "magenta",
  high: "red",
  medium: "yellow",
  low: "blue",
  info: "gray",
  unknown: "gray",
};

// Report fields are untrusted: a title carrying escape sequences could rewrite the terminal
// (hide a line, fake a PASSED) or start a workflow command. Each value is one printable line
// (the output rule, src/safe-text.ts), and the whole text passes the rule again in render.
export const plain = printableLine;

const MAX_COLUMN = 40;

interface Columns {
  asset: number;
  id: number;
  pkg: number;
  where: number;
}

function columnsFor(findings: EvaluatedFinding[]): Columns {
  // A loop, not Math.max(...values): spreading 500k arguments overflows the stack.
  const width = (values: string[]) =>
    Math.min(
      MAX_COLUMN,
      values.reduce((max, v) => Math.max(max, v.length), 0),
    );
  return {
    asset: width(findings.map(assetLabel)),
    id: width(findings.map((e) => e.finding.id)),
    pkg: width(findings.map((e) => packageLabel(e.finding))),
    where: width(findings.map((e) => placeLabel(e.finding))),
  };
}

function line(e: EvaluatedFinding, cols: Columns, ctx: ReportContext): string {
  const f = e.finding;
  const severity = paint(e.effectiveSeverity.padEnd(8), SEVERITY_COLOR[e.effectiveSeverity], ctx);
  const tools = [...new Set(f.foundBy.map((s) => s.tool))].join("+");
  const fix = f.fix?.available ? ` fix: ${f.fix.versions.join(", ") || "available"}` : "";
  const waived = e.waiver ? ` (waived by ${e.waiver.owner} until ${e.waiver.expires})` : "";
  const existing = e.baseline === "existing" ? " (existing)" : "";
  const suppressed = e.suppression
    ? ` (suppressed by ${e.suppression.kind}, ${e.suppression.honoured ? "honoured" : "not honoured"})`
    : "";
  const due = e.deadline ? ` (${deadlineLabel(e.deadline)})` : "";
  const marks = waived + existing + suppressed + due;
  const mark = marks ? paint(plain(marks), "gray", ctx) : "";
  // A column no finding uses (no packages in an IaC report) takes no space at all. The asset
  // is always shown: the same CVE can block one asset and only warn on another.
  const cells = (
    [
      [f.id, cols.id],
      [packageLabel(f), cols.pkg],
      [placeLabel(f), cols.where],
      [assetLabel(e), cols.asset],
    ] as const
  )
    .filter(([, width]) => width > 0)
    .map(([value, width]) => plain(value).padEnd(width));
  let text = `  ${severity}  ${cells.join("  ")}  ${plain(f.title)} [${tools}]${plain(fix)}${mark}`;
  if (ctx.verbosity === "verbose") text += verboseDetail(e, ctx);
  return text;
}

function verboseDetail(e: EvaluatedFinding, ctx: ReportContext): string {
  const f = e.finding;
  const detail = [
    `why: ${e.reason}`,
    e.asset
      ? `asset: ${e.asset} (${e.classification})${e.assetVia ? ` via ${e.assetVia}` : ""}`
      : "",
    e.waiver
      ? `waiver: ${e.waiver.id} by ${e.waiver.owner} until ${e.waiver.expires}: ${e.waiver.reason}`
      : "",
    e.matchedRules.length > 0 ? `rules matched: ${e.matchedRules.join(", ")}` : "",
    `found by: ${f.foundBy.map((s) => `${s.tool} (${s.report})`).join(", ")}`,
    f.aliases.length > 0 ? `aliases: ${f.aliases.join(", ")}` : "",
    exploitLine(e),
    f.url ? `see: ${f.url}` : "",
    `fingerprint: ${f.fingerprint}${e.baseline ? ` (${e.baseline})` : ""}`,
    e.deadline
      ? `deadline: ${e.deadline.deadline}; first seen ${e.deadline.firstSeen} (${e.deadline.firstSeenFrom})`
      : "",
  ];
  return detail
    .filter(Boolean)
    .map((d) => `\n            ${paint(plain(d), "gray", ctx)}`)
    .join("");
}

function exploitLine(e: EvaluatedFinding): string {
  const signals = exploitSignals(e.finding, e.enrichment);
  return signals ? `exploit: ${signals}` : "";
}

function groupHeader(verdict: Verdict, group: EvaluatedFinding[], ctx: ReportContext): string {
  const existing = group.filter((e) => e.baseline === "existing").length;
  const counts =
    existing > 0
      ? `${group.length}: ${group.length - existing} new, ${existing} existing`
      : `${group.length}`;
  return paint(`${verdict.toUpperCase()} (${counts})`, VERDICT_COLOR[verdict], ctx);
}

function totalsLine(evaluation: Evaluation): string {
  const c = evaluation.counts;
  const bySeverity = SEVERITIES.filter((s) => c.bySeverity[s] > 0)
    .map((s) => `${c.bySeverity[s]} ${s}`)
    .join(", ");
  const byVerdict = VERDICTS.filter((v) => c.byVerdict[v] > 0)
    .map((v) => `${c.byVerdict[v]} ${v}`)
    .join(", ");
  let text =
    `${c.total} findings from ${evaluation.reports.length} reports` +
    (c.total > 0 ? `: ${bySeverity} | ${byVerdict}` : "");
  const en = evaluation.enrichment;
  if (en) {
    const from = en.catalogs.map((c) => `${plain(c.label)} (${plain(c.file)})`).join(", ");
    text += `\nenriched ${plural(en.enriched, "finding")} with KEV/EPSS from ${from}`;
  }
  const b = evaluation.baseline;
  if (b)
    text += `\nbaseline ${plain(b.file)}: ${b.existing} existing, ${b.new} new, ${b.gone} fixed since`;
  return text;
}

const NAMED_IN_OUTCOME = 5;

export function outcomeLine(evaluation: Evaluation, ctx: ReportContext): string {
  const deciding = decidingFindings(evaluation);
  const blocking = deciding.filter((e) => e.verdict === "block");
  const warnings = deciding.filter((e) => e.verdict === "warn").length;
  const color: Color =
    evaluation.outcome === "fail" ? "red" : evaluation.outcome === "warn" ? "yellow" : "green";
  const word =
    evaluation.errors.length > 0
      ? "CANNOT DECIDE (missing or stale evidence)"
      : { fail: "BLOCKED", warn: "PASSED WITH WARNINGS", pass: "PASSED" }[evaluation.outcome];
  const ids = [...new Set(blocking.map((e) => plain(e.finding.id)))];
  const named =
    ids.length === 0
      ? ""
      : `: ${ids.slice(0, NAMED_IN_OUTCOME).join(", ")}${ids.length > NAMED_IN_OUTCOME ? ", ..." : ""}`;
  const scope = evaluation.baseline ? "new " : "";
  // Under a baseline an existing finding decides only once past its remediation deadline.
  const overdue = evaluation.baseline
    ? blocking.filter((e) => e.baseline === "existing").length
    : 0;
  const count = overdue > 0 ? `${blocking.length - overdue} new, ${overdue} past deadline` : "";
  const blockingText = count ? `${count} blocking` : `${blocking.length} ${scope}blocking`;
  return `${paint(`ztgate: ${word}`, color, ctx)} (${blockingText}${named}; ${warnings} ${scope}warning${budgetClause(evaluation)}; policy ${plain(evaluation.policy.source)})`;
}

export const consoleReporter: Reporter = {
  id: "console",
  description:
    "findings grouped by verdict and severity in aligned columns, totals and the outcome",
  render(evaluation, ctx) {
    const out: string[] = [];
    if (ctx.verbosity !== "quiet") {
      const byVerdict = groupByVerdict(evaluation.findings);
      const groups = VERDICT_DISPLAY_ORDER.flatMap((verdict) => {
        const all = byVerdict.get(verdict);
        return all ? [{ verdict, all, listed: listedOf(all, ctx.maxListed) }] : [];
      });
      const cols = columnsFor(groups.flatMap((g) => g.listed));
      for (const { verdict, all, listed } of groups) {
        out.push(groupHeader(verdict, all, ctx));
        for (const e of listed) out.push(line(e, cols, ctx));
        if (listed.length < all.length)
          out.push(notListed(verdict, all.length - listed.length, ctx));
        out.push("");
      }
      out.push(totalsLine(evaluation));
      out.push(...deadlineNotes(evaluation));
      out.push(...policyNotes(evaluation));
    }
    out.push(outcomeLine(evaluation, ctx));
    return printableText(out.join("\n") + "\n", { allow: ctx.color ? CONSOLE_COLOURS : undefined });
  },
};

/** The findings of each verdict, in one pass (not one filter over every finding per verdict). */
function groupByVerdict(findings: readonly EvaluatedFinding[]): Map<Verdict, EvaluatedFinding[]> {
  const groups = new Map<Verdict, EvaluatedFinding[]>();
  for (const e of findings) {
    const group = groups.get(e.verdict);
    if (group) group.push(e);
    else groups.set(e.verdict, [e]);
  }
  return groups;
}

/** The first findings of a verdict group (they are sorted most severe first). */
function listedOf(group: EvaluatedFinding[], max: number | undefined): EvaluatedFinding[] {
  return max === undefined || max <= 0 || group.length <= max ? group : group.slice(0, max);
}

// A log of a hundred thousand lines helps nobody and costs seconds to write: the console
// lists the most severe findings of each group and says where the rest are.
function notListed(verdict: Verdict, count: number, ctx: ReportContext): string {
  return paint(
    `  ... and ${count} more ${verdict} findings (--max-listed 0 lists all; -o json, sarif or html writes every finding)`,
    "gray",
    ctx,
  );
}
