// The compact report for the sticky pull request comment and the check run: what a reviewer
// reads in ten seconds. The verdict and its reason, the blocking findings grouped by asset
// one line each, what needs attention; everything else collapsed. No visible table is wider
// than three columns, so it fits a 780 px comment; the full tables are in the job summary.
import type { EvaluatedFinding, Evaluation } from "../gate/evaluate.js";
import { classificationRank } from "../policy/classification.js";
import type { WaiverStatus } from "../policy/waivers.js";
import { decidingFindings } from "../gate/baseline.js";
import { findingLine } from "./markdown-finding-line.js";
import { ruleOf } from "./grouping.js";
import { cell, code, details, plural } from "./markdown-text.js";
import { severitySource } from "./markdown-severity.js";
import { markdownSections } from "./markdown-sections.js";
import type { MarkdownView, Section } from "./markdown-view.js";
import { policyChangeSection } from "./policy-change.js";

const NAMED_IN_REASON = 3;
/** Blocking lines a reviewer reads without scrolling; the job summary lists the rest. */
const VISIBLE_ROWS = 25;
/** Lines in a collapsed section: enough to scan, far under the comment's size limit. */
const COLLAPSED_ROWS = 100;

const HEADLINE: Record<Evaluation["outcome"], string> = {
  fail: "❌ ztgate: blocked",
  warn: "⚠️ ztgate: passed with warnings",
  pass: "✅ ztgate: passed",
};

/** The headline and one line saying why: the blocking ids, or the evidence that is missing. */
const verdict: Section = (ev) => {
  if (ev.errors.length > 0) {
    return [
      "## ⛔ ztgate: could not decide (missing or stale evidence)",
      "",
      `**${cell(ev.errors[0], 200)}**${ev.errors.length > 1 ? ` (and ${ev.errors.length - 1} more)` : ""}`,
    ];
  }
  const deciding = decidingFindings(ev);
  const blocking = deciding.filter((e) => e.verdict === "block");
  const warnings = deciding.filter((e) => e.verdict === "warn").length;
  const ids = [...new Set(blocking.map((e) => e.finding.id))];
  const named = ids.length
    ? ` (${ids
        .slice(0, NAMED_IN_REASON)
        .map((id) => cell(id, 40))
        .join(", ")}${ids.length > NAMED_IN_REASON ? ", …" : ""})`
    : "";
  const scope = ev.baseline ? "new " : "";
  return [
    `## ${HEADLINE[ev.outcome]}`,
    "",
    `**${plural(blocking.length, `${scope}blocking finding`)}**${named} · ` +
      `${plural(warnings, `${scope}warning`)} · ${plural(ev.counts.total, "finding")} from ` +
      `${plural(ev.reports.length, "report")} · policy ${code(ev.policy.source, 60)} (fail on ${ev.policy.failOn})` +
      exceededBudgets(ev),
  ];
};

/** " · 2 budgets exceeded (restricted-assets)": a budget blocks without a blocking finding. */
function exceededBudgets(ev: Evaluation): string {
  const ids = (ev.budgets ?? []).filter((b) => b.exceeded.length > 0).map((b) => b.id);
  if (ids.length === 0) return "";
  return ` · **${plural(ids.length, "budget")} exceeded** (${ids.map((id) => code(id, 40)).join(", ")})`;
}

const UNASSIGNED = "(no asset)";

/** Most sensitive asset first (that is where a reviewer looks), then by the deciding rule. */
function byAssetAndRule(list: readonly EvaluatedFinding[]): EvaluatedFinding[][] {
  const groups = new Map<string, EvaluatedFinding[]>();
  for (const e of list) {
    const key = `${e.asset ?? UNASSIGNED}\u0000${ruleOf(e)}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const rank = (g: EvaluatedFinding[]) => classificationRank(g[0]!.classification);
  const name = (g: EvaluatedFinding[]) => g[0]!.asset ?? UNASSIGNED;
  return [...groups.values()].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      name(a).localeCompare(name(b)) ||
      ruleOf(a[0]!).localeCompare(ruleOf(b[0]!)),
  );
}

// The rule is named once above the findings it decided, not on every line: repeated on each
// line it wrapped every line of a 780 px comment in two.
function groupHeading(group: EvaluatedFinding[]): string {
  const e = group[0]!;
  return `**${cell(e.asset ?? UNASSIGNED, 60)}** · ${e.classification} · rule ${code(ruleOf(e), 60)} (${group.length})`;
}

/** Findings one line each under an asset and rule heading, at most `most` lines. */
function groupedLines(
  list: readonly EvaluatedFinding[],
  view: MarkdownView,
  most: number,
): string[] {
  const out: string[] = [];
  const rows = Math.min(view.rows, most);
  let shownCount = 0;
  for (const group of byAssetAndRule(list)) {
    if (shownCount >= rows) break;
    const shown = group.slice(0, rows - shownCount);
    shownCount += shown.length;
    out.push(groupHeading(group), "", ...shown.map((e) => findingLine(e, view)), "");
  }
  const rest = list.length - shownCount;
  if (rest > 0) {
    out.push(
      `…and ${plural(rest, "more finding")} not listed here (see the ${summaryLink(view)}).`,
    );
  } else if (out.at(-1) === "") out.pop();
  return out;
}

function summaryLink(view: MarkdownView): string {
  return view.runUrl ? `[job summary](${view.runUrl})` : "job summary";
}

const blocking: Section = (ev, view) => {
  const list = ev.findings.filter((e) => e.verdict === "block");
  if (list.length === 0) return undefined;
  return [`### Blocking findings (${list.length})`, "", ...groupedLines(list, view, VISIBLE_ROWS)];
};

const WAIVER_LABEL: Record<WaiverStatus, string | undefined> = {
  expired: "⛔ expired",
  "over-long": "⛔ over-long",
  unapproved: "⛔ unapproved",
  "expiring-soon": "⏳ expires soon",
  unused: "💤 unused",
  active: undefined,
};

/** Missing evidence and waivers that need a person: each one line. */
const attention: Section = (ev, view) => {
  const flagged = ev.waivers.filter((w) => WAIVER_LABEL[w.status]);
  const lines = [
    ...ev.errors.map((e) => `- ⛔ evidence: ${cell(e, 200)}`),
    ...ev.warnings.map((w) => `- ⚠️ evidence: ${cell(w, 200)}`),
    ...flagged
      .slice(0, Math.max(view.rows, 5))
      .map(
        (w) =>
          `- ${WAIVER_LABEL[w.status] ?? ""} waiver ${code(w.id, 60)} (${cell(w.owner, 60)}, ` +
          `expires ${w.expires}): ${cell(w.message, 160)}`,
      ),
  ];
  if (flagged.length > Math.max(view.rows, 5)) {
    lines.push(`- …and ${flagged.length - Math.max(view.rows, 5)} more waivers`);
  }
  return lines.length ? ["### Needs attention", "", ...lines] : undefined;
};

const warnings: Section = (ev, view) => {
  const list = ev.findings.filter((e) => e.verdict === "warn");
  if (list.length === 0 || view.rows === 0) return undefined;
  return details(plural(list.length, "warning"), groupedLines(list, view, COLLAPSED_ROWS));
};

const others: Section = (ev, view) => {
  const list = ev.findings.filter(
    (e) => e.verdict === "info" || e.verdict === "waived" || e.verdict === "ignored",
  );
  if (!view.others || list.length === 0) return undefined;
  const v = ev.counts.byVerdict;
  return details(
    `${plural(list.length, "other finding")} (${v.info} info, ${v.waived} waived, ${v.ignored} ignored)`,
    groupedLines(list, view, COLLAPSED_ROWS),
  );
};

const collapsedCounts: Section = (ev, view) => {
  const table = markdownSections.countsTable(ev, view);
  return table ? details("Findings by severity and layer", table.slice(2)) : undefined;
};

const footer: Section = (ev, view) => [
  `<sub>${[
    severitySource(ev),
    `ztgate ${cell(view.version, 20)}`,
    `evaluated ${ev.evaluatedAt}`,
    view.runUrl ? `[full report](${view.runUrl})` : "",
  ]
    .filter(Boolean)
    .join(" · ")}</sub>`,
];

/** Display order of the compact report; undefined sections are left out. */
export const COMPACT_SECTIONS: readonly Section[] = [
  verdict,
  // A pull request that changes the policy is told so first: its own verdict beside the one
  // that decides (the base commit's policy).
  policyChangeSection,
  markdownSections.baseline,
  markdownSections.budgetsSection,
  markdownSections.notes,
  blocking,
  markdownSections.deadlinesSection,
  attention,
  warnings,
  collapsedCounts,
  markdownSections.posture,
  others,
  footer,
];
