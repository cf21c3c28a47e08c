// The sections of the markdown report, in display order. Each section is a pure function of
// the evaluation and a view (how much detail fits); a new section (waivers, layer coverage,
// posture per control × asset) is one more function in SECTIONS.
import type { EvaluatedFinding, Evaluation, Verdict } from "../gate/evaluate.js";
import { LAYERS, SEVERITIES } from "../model/vocabulary.js";
import type { Finding } from "../model/finding.js";
import { packageLabel, placeLabel } from "./console.js";
import { assetEvidence, coverage, evidence, posture, waivers } from "./markdown-policy.js";
import { policyChangeSection } from "./policy-change.js";
import { budgetsSection, deadlinesSection } from "./markdown-deadlines.js";
import { cell, code, details, plural, table } from "./markdown-text.js";
import { linkUrl } from "../model/safe-text.js";
import { deadlineLabel } from "../gate/deadlines.js";
import { severitySource } from "./markdown-severity.js";
import type { MarkdownVariant, MarkdownView, Section } from "./markdown-view.js";

export type { MarkdownVariant, MarkdownView, Section };

const HEADLINE: Record<Evaluation["outcome"], string> = {
  fail: "❌ ztgate: blocked",
  warn: "⚠️ ztgate: passed with warnings",
  pass: "✅ ztgate: passed",
};

const verdictLine: Section = (ev) => {
  const v = ev.counts.byVerdict;
  return [
    `## ${ev.errors.length ? "⛔ ztgate: could not decide (missing or stale evidence)" : HEADLINE[ev.outcome]}`,
    "",
    `**${plural(v.block, "blocking finding")}**, ${plural(v.warn, "warning")}, ${v.info} info, ` +
      `${v.waived} waived, ${v.ignored} ignored — ${plural(ev.counts.total, "finding")} from ` +
      `${plural(ev.reports.length, "report")}; policy ${code(ev.policy.source)} (fail on ${ev.policy.failOn}).`,
  ];
};

const baseline: Section = (ev) => {
  const b = ev.baseline;
  if (!b) return undefined;
  return [
    `Baseline ${code(b.file)}: ${b.new} new, ${b.existing} existing (shown, not deciding), ${b.gone} fixed since.`,
  ];
};

const notes: Section = (_ev, view) =>
  // Blank lines between: notes joined by one newline are one quote, later markers literal.
  view.notes.length
    ? [view.notes.map((n) => `> [!NOTE]\n> ${cell(n, 500)}`).join("\n\n")]
    : undefined;

const countsTable: Section = (ev) => {
  if (ev.counts.total === 0) return undefined;
  const layers = LAYERS.filter((l) => ev.findings.some((e) => e.finding.layer === l));
  const rows = SEVERITIES.filter((s) => ev.counts.bySeverity[s] > 0).map((s) => [
    s,
    ...layers.map((l) => {
      const n = ev.findings.filter(
        (e) => e.effectiveSeverity === s && e.finding.layer === l,
      ).length;
      return n ? String(n) : "·";
    }),
    `**${ev.counts.bySeverity[s]}**`,
  ]);
  return [
    "### Findings by severity and layer",
    "",
    ...table(["severity", ...layers, "total"], rows),
    "",
    `<sub>${severitySource(ev)}</sub>`,
  ];
};

function location(f: Finding): string {
  const pkg = packageLabel(f);
  const where = placeLabel(f);
  return [pkg && code(pkg, 80), where && code(where, 100)].filter(Boolean).join("<br>");
}

function findingRow(e: EvaluatedFinding): string[] {
  const f = e.finding;
  const url = f.url && linkUrl(f.url);
  const id = url ? `[${cell(f.id, 60)}](${url})` : cell(f.id, 60);
  const fix = f.fix?.available ? cell(f.fix.versions.join(", ") || "available", 60) : "none";
  const tools = cell([...new Set(f.foundBy.map((s) => s.tool))].join(", "), 40);
  // Six columns, not eight: fix and scanners share cells, so the table fits a job summary.
  return [
    e.effectiveSeverity,
    `${e.baseline === "existing" ? `${id} (existing)` : id}${deadlineNote(e)}`,
    `${cell(f.title, 100)}${suppressionNote(e)}<br><sub>${tools}</sub>`,
    `${location(f)}<br>fix: ${fix}`,
    e.rule ? code(e.rule, 60) : "default",
    e.asset ? `${cell(e.asset, 40)} (${e.classification})` : e.classification,
  ];
}

/** Days open and left under a remediation deadline. */
function deadlineNote(e: EvaluatedFinding): string {
  return e.deadline ? `<br><sub>${deadlineLabel(e.deadline)}</sub>` : "";
}

/** A scanner suppression is shown whether or not settings.scanner-suppressions honoured it. */
function suppressionNote(e: EvaluatedFinding): string {
  if (!e.suppression) return "";
  const held = e.suppression.honoured ? "honoured" : "not honoured";
  return ` (suppressed by ${cell(e.suppression.kind, 60)}, ${held})`;
}

const FINDING_HEADER = [
  "severity",
  "id",
  "title (found by)",
  "package / location / fix",
  "rule",
  "asset (classification)",
];

/** A table of the findings with these verdicts, at most view.rows of them. */
function findingTable(ev: Evaluation, view: MarkdownView, verdicts: Verdict[]): string[] {
  const list = ev.findings.filter((e) => verdicts.includes(e.verdict));
  const shown = list.slice(0, view.rows);
  const out = shown.length ? table(FINDING_HEADER, shown.map(findingRow)) : [];
  const rest = list.length - shown.length;
  if (rest > 0) {
    out.push("", `…and ${plural(rest, "more finding")} not listed here${moreWhere(view)}.`);
  }
  return out;
}

/** The run's link (from the runner's environment), under the same URL rule as findings'. */
function runLink(view: MarkdownView): string | undefined {
  return view.variant !== "summary" && view.runUrl ? linkUrl(view.runUrl) : undefined;
}

function moreWhere(view: MarkdownView): string {
  const run = runLink(view);
  if (run) return ` (see the [job summary](${run}))`;
  return " (see the JSON or SARIF output)";
}

const blocking: Section = (ev, view) => {
  if (ev.counts.byVerdict.block === 0) return undefined;
  return ["### Blocking findings", "", ...findingTable(ev, view, ["block"])];
};

const warnings: Section = (ev, view) => {
  const n = ev.counts.byVerdict.warn;
  if (n === 0) return undefined;
  const body = findingTable(ev, view, ["warn"]);
  if (view.variant === "summary") return ["### Warnings", "", ...body];
  return details(`${plural(n, "warning")}`, body);
};

const others: Section = (ev, view) => {
  const v = ev.counts.byVerdict;
  const n = v.info + v.waived + v.ignored;
  if (!view.others || n === 0) return undefined;
  return details(
    `${plural(n, "other finding")} (${v.info} info, ${v.waived} waived, ${v.ignored} ignored)`,
    findingTable(ev, view, ["info", "waived", "ignored"]),
  );
};

const reports: Section = (ev, view) => {
  if (view.variant !== "summary" || ev.reports.length === 0) return undefined;
  return details(
    `${plural(ev.reports.length, "report")} read`,
    table(
      ["report", "format", "findings"],
      ev.reports.slice(0, 200).map((r) => [code(r.path), r.format, String(r.findings)]),
    ),
  );
};

const footer: Section = (ev, view) => [
  `<sub>ztgate ${cell(view.version, 20)} · evaluated ${ev.evaluatedAt}${
    runLink(view) ? ` · [full report](${runLink(view)})` : ""
  }</sub>`,
];

/** Display order. Sections that return undefined are left out. */
export const SECTIONS: readonly Section[] = [
  verdictLine,
  policyChangeSection,
  baseline,
  budgetsSection,
  notes,
  evidence,
  countsTable,
  blocking,
  deadlinesSection,
  waivers,
  warnings,
  posture,
  coverage,
  assetEvidence,
  others,
  reports,
  footer,
];

/** Sections the compact comment layout (markdown-comment.ts) shares with the summary. */
export const markdownSections = {
  baseline,
  budgetsSection,
  deadlinesSection,
  notes,
  countsTable,
  posture,
} as const;
