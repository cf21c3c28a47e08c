// A self-contained HTML report for people who would rather look than read: the outcome, the
// posture chart (verdicts per layer and per asset) and every finding, grouped by verdict.
// No script and no external resource; a Content-Security-Policy forbids both, so even a
// finding that slipped past escaping could not run code or call home.
import { LAYERS } from "../model/vocabulary.js";
import type { Finding } from "../model/finding.js";
import {
  VERDICTS,
  type EvaluatedFinding,
  type Evaluation,
  type Verdict,
} from "../gate/evaluate.js";
import { decidingFindings } from "../gate/baseline.js";
import { budgetCounts, budgetMessage } from "../gate/budgets.js";
import { deadlineLabel } from "../gate/deadlines.js";
import { packageLabel, placeLabel } from "./console.js";
import { assetOf, groupBy, VERDICT_DISPLAY_ORDER } from "./grouping.js";
import { linkUrl } from "../model/safe-text.js";
import { escapeMarkup as x } from "./markup.js";
import { chartLegend, postureChart, VERDICT_FILL, type ChartRow } from "./posture-chart.js";
import type { Reporter } from "./types.js";

const MAX_ASSET_ROWS = 15;

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232a;background:#f5f6f8}
header{padding:20px 32px;color:#fff}
header.fail{background:#b71c1c}header.warn{background:#b26a00}header.pass{background:#2e7d32}
header h1{margin:0 0 4px;font-size:24px}header p{margin:0;opacity:.92}
main{padding:8px 32px 32px;max-width:1400px}
section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 18px;margin:16px 0}
h2{font-size:17px;margin:4px 0 10px}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{border-left:5px solid;padding:6px 14px;background:#fafbfc;min-width:90px}
.card b{display:block;font-size:22px}
.charts{display:flex;gap:24px;flex-wrap:wrap}
.chart text{font:12px system-ui,sans-serif;fill:#1d232a}
.legend span{margin-right:14px}.legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td{overflow-wrap:anywhere}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eceff2;vertical-align:top}
th{font-size:12px;text-transform:uppercase;color:#5b6570}
td.id{font-family:ui-monospace,Menlo,monospace}
.sev{display:inline-block;padding:0 7px;border-radius:9px;color:#fff;font-size:12px}
.sev.critical{background:#6a1b9a}.sev.high{background:#c62828}.sev.medium{background:#ef8f00}
.sev.low{background:#3f7cc4}.sev.info,.sev.unknown{background:#9e9e9e}
.mark{font-size:11px;color:#5b6570;border:1px solid #c5ccd3;border-radius:8px;padding:0 6px}
.reason{color:#5b6570;font-size:12px}
details summary{cursor:pointer;color:#3f7cc4}
section>details>summary h2{display:inline-block;margin:4px 0}
`;

function zeroCounts(): Record<Verdict, number> {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
}

function rowsBy(findings: EvaluatedFinding[], key: (e: EvaluatedFinding) => string): ChartRow[] {
  return groupBy(findings, key).map(([label, group]) => {
    const counts = zeroCounts();
    for (const e of group) counts[e.verdict]++;
    return { label, counts };
  });
}

function layerRows(ev: Evaluation): ChartRow[] {
  const rows = rowsBy(ev.findings, (e) => e.finding.layer);
  return LAYERS.map((l) => rows.find((r) => r.label === l) ?? { label: l, counts: zeroCounts() });
}

function assetRows(ev: Evaluation): ChartRow[] {
  const weight = (r: ChartRow) => r.counts.block * 1e6 + r.counts.warn * 1e3 + r.counts.info;
  // Assets the policy names show their classification; other groups are targets or files.
  const label = (e: EvaluatedFinding) =>
    e.asset ? `${e.asset} (${e.classification})` : assetOf(e);
  return rowsBy(ev.findings, label)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, MAX_ASSET_ROWS);
}

function link(f: Finding): string {
  // Only web links become anchors: a report could carry a javascript: or data: URL.
  const url = f.url && linkUrl(f.url);
  if (url) return `<a href="${x(url)}" rel="noreferrer noopener">${x(f.id)}</a>`;
  return x(f.id);
}

function findingRow(e: EvaluatedFinding): string {
  const f = e.finding;
  const pkg = packageLabel(f);
  const fix = f.fix?.available ? `fix: ${f.fix.versions.join(", ") || "available"}` : "";
  const where = placeLabel(f);
  const due = e.deadline ? ` <span class="mark">${x(deadlineLabel(e.deadline))}</span>` : "";
  const mark = (e.baseline === "existing" ? ` <span class="mark">existing</span>` : "") + due;
  const tools = [...new Set(f.foundBy.map((s) => s.tool))].join(", ");
  const description = f.description
    ? `<details><summary>details</summary>${x(f.description)}</details>`
    : "";
  return [
    "<tr>",
    `<td><span class="sev ${f.severity}">${f.severity}</span></td>`,
    `<td class="id">${link(f)}${mark}</td>`,
    `<td>${x(pkg)}<br><span class="reason">${x(fix)}</span></td>`,
    `<td>${x(where)}${e.asset ? `<div class="reason">asset ${x(e.asset)} (${x(e.classification)})</div>` : ""}</td>`,
    `<td>${x(f.title)}<div class="reason">${x(e.reason)}</div>${description}</td>`,
    `<td>${x(tools)}</td>`,
    "</tr>",
  ].join("");
}

// Long informational lists start folded, so what needs action stays on the first screen.
const FOLDED: readonly Verdict[] = ["info", "ignored"];
const FOLD_OVER = 25;

function findingsSection(verdict: Verdict, group: EvaluatedFinding[]): string {
  const title = `<h2 style="color:${VERDICT_FILL[verdict]}">${verdict.toUpperCase()} (${group.length})</h2>`;
  const folded = FOLDED.includes(verdict) && group.length > FOLD_OVER;
  return [
    "<section>",
    folded ? `<details><summary>${title}</summary>` : title,
    '<table><colgroup><col style="width:86px"><col style="width:190px"><col style="width:180px"><col style="width:240px"><col><col style="width:100px"></colgroup>',
    "<thead><tr><th>severity</th><th>id</th><th>package</th><th>where</th><th>finding and why</th><th>found by</th></tr></thead><tbody>",
    ...group.map(findingRow),
    "</tbody></table>",
    folded ? "</details></section>" : "</section>",
  ].join("\n");
}

function header(ev: Evaluation, version: string): string {
  const word = { fail: "BLOCKED", warn: "PASSED WITH WARNINGS", pass: "PASSED" }[ev.outcome];
  const blocking = decidingFindings(ev).filter((e) => e.verdict === "block").length;
  const baseline = ev.baseline
    ? ` · baseline ${x(ev.baseline.file)}: ${ev.baseline.existing} existing, ${ev.baseline.new} new`
    : "";
  return `<header class="${ev.outcome}"><h1>ztgate: ${word}</h1><p>${blocking} blocking · ${ev.counts.total} findings from ${ev.reports.length} reports · policy ${x(ev.policy.source)} · ${x(ev.evaluatedAt)} · ztgate ${x(version)}${baseline}</p></header>`;
}

function cards(ev: Evaluation): string {
  return `<div class="cards">${VERDICT_DISPLAY_ORDER.map(
    (v) =>
      `<div class="card" style="border-color:${VERDICT_FILL[v]}"><b>${ev.counts.byVerdict[v]}</b>${v}</div>`,
  ).join("")}</div>`;
}

function budgetsList(ev: Evaluation): string {
  const budgets = ev.budgets ?? [];
  if (budgets.length === 0) return "";
  const items = budgets.map((b) => {
    const counts = budgetCounts(b);
    const state = b.exceeded.length > 0 ? budgetMessage(b) : "within budget";
    return `<tr><td>${x(b.id)}</td><td>${x(b.scope)}</td><td>${x(counts)}</td><td>${x(state)}</td></tr>`;
  });
  return `<section><h2>Budgets</h2><table><thead><tr><th>budget</th><th>scope</th><th>open / max</th><th>state</th></tr></thead><tbody>${items.join("")}</tbody></table></section>`;
}

function reportsList(ev: Evaluation): string {
  if (ev.reports.length === 0) return "";
  const items = ev.reports.map(
    (r) =>
      `<tr><td>${x(r.path)}</td><td>${x(r.format)}</td><td>${r.findings}</td><td>${x(r.createdAt ?? "")}</td></tr>`,
  );
  return `<section><h2>Reports</h2><table><thead><tr><th>file</th><th>format</th><th>findings</th><th>created</th></tr></thead><tbody>${items.join("")}</tbody></table></section>`;
}

export const html: Reporter = {
  id: "html",
  description: "a self-contained HTML page: outcome, posture chart and every finding",
  render(ev, ctx) {
    const sections = VERDICT_DISPLAY_ORDER.map(
      (v) => [v, ev.findings.filter((e) => e.verdict === v)] as const,
    )
      .filter(([, group]) => group.length > 0)
      .map(([v, group]) => findingsSection(v, group));
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ztgate: ${ev.outcome === "fail" ? "blocked" : "passed"}</title>
<style>${CSS}</style>
</head>
<body>
${header(ev, ctx.version)}
<main>
<section><h2>Posture</h2>${cards(ev)}
<div class="charts"><div><h3>By layer</h3>${postureChart("Findings per layer by verdict", layerRows(ev))}</div>
<div><h3>By asset</h3>${postureChart("Findings per asset by verdict", assetRows(ev))}</div></div>
${chartLegend()}</section>
${budgetsList(ev)}
${sections.join("\n")}
${reportsList(ev)}
</main>
</body>
</html>
`;
  },
};
