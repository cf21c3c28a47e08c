import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  VERDICT_DISPLAY_ORDER,
  annotationsReporter,
  assetOf,
  consoleReporter,
  failsGate,
  groupBy,
  json,
  markdown,
  openvex,
  packageLabel,
  placeLabel,
  ruleOf,
  sarif
} from "./chunk-XJ6G5EST.js";
import {
  decidingFindings
} from "./chunk-5WKSFMGQ.js";
import {
  VERDICTS,
  budgetCounts,
  budgetMessage,
  deadlineLabel
} from "./chunk-QW6IHFNX.js";
import {
  LAYERS
} from "./chunk-GGO2SFEU.js";
import {
  UNSAFE_BESIDE_LINE_BREAKS,
  linkUrl
} from "./chunk-H2LZCDX7.js";

// src/reporters/markup.ts
var NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Line breaks as references, so that no text from a report starts a line of the output: a
  // report printed to a CI log must not begin a workflow command ("::add-mask::...").
  "\n": "&#10;",
  "\r": "&#13;"
}, RUNNER_COMMAND = /#(?=#(?:vso|teamcity)?\[)/gi;
function escapeMarkup(value) {
  return String(value).replace(NOT_XML_CHAR, "\uFFFD").replace(UNSAFE_BESIDE_LINE_BREAKS, "\uFFFD").replace(/[&<>"'\n\r]/g, (c) => ENTITIES[c] ?? c).replace(RUNNER_COMMAND, "&#35;");
}

// src/reporters/posture-chart.ts
var VERDICT_FILL = {
  block: "#c62828",
  warn: "#ef8f00",
  waived: "#7b61b0",
  info: "#3f7cc4",
  ignored: "#9e9e9e"
}, LABEL_WIDTH = 200, BAR_WIDTH = 300, ROW_HEIGHT = 26, BAR_HEIGHT = 16, MAX_LABEL = 28;
function shorten(label) {
  return label.length > MAX_LABEL ? `\u2026${label.slice(-(MAX_LABEL - 1))}` : label;
}
function postureChart(title, rows) {
  let total = (r) => VERDICT_DISPLAY_ORDER.reduce((n, v) => n + r.counts[v], 0), max = rows.reduce((m, row) => Math.max(m, total(row)), 1), height = rows.length * ROW_HEIGHT + 8, width = LABEL_WIDTH + BAR_WIDTH + 60, bars = rows.map((row, i) => {
    let y = 4 + i * ROW_HEIGHT, at = LABEL_WIDTH, segments = VERDICT_DISPLAY_ORDER.filter((v) => row.counts[v] > 0).map((v) => {
      let w = Math.max(2, row.counts[v] / max * BAR_WIDTH), rect = `<rect x="${at.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" fill="${VERDICT_FILL[v]}"><title>${escapeMarkup(`${row.label}: ${row.counts[v]} ${v}`)}</title></rect>`;
      return at += w, rect;
    });
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 12}" text-anchor="end">${escapeMarkup(shorten(row.label))}<title>${escapeMarkup(row.label)}</title></text>`,
      ...segments,
      `<text x="${(at + 6).toFixed(1)}" y="${y + 12}">${total(row)}</text>`
    ].join("");
  });
  return [
    `<svg class="chart" role="img" aria-label="${escapeMarkup(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    ...bars,
    "</svg>"
  ].join(`
`);
}
function chartLegend() {
  return `<p class="legend">${VERDICT_DISPLAY_ORDER.map(
    (v) => `<span><i style="background:${VERDICT_FILL[v]}"></i>${v}</span>`
  ).join(" ")}</p>`;
}

// src/reporters/html.ts
var MAX_ASSET_ROWS = 15, CSS = `
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
function zeroCounts() {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0]));
}
function rowsBy(findings, key) {
  return groupBy(findings, key).map(([label, group]) => {
    let counts = zeroCounts();
    for (let e of group) counts[e.verdict]++;
    return { label, counts };
  });
}
function layerRows(ev) {
  let rows = rowsBy(ev.findings, (e) => e.finding.layer);
  return LAYERS.map((l) => rows.find((r) => r.label === l) ?? { label: l, counts: zeroCounts() });
}
function assetRows(ev) {
  let weight = (r) => r.counts.block * 1e6 + r.counts.warn * 1e3 + r.counts.info, label = (e) => e.asset ? `${e.asset} (${e.classification})` : assetOf(e);
  return rowsBy(ev.findings, label).sort((a, b) => weight(b) - weight(a)).slice(0, MAX_ASSET_ROWS);
}
function link(f) {
  let url = f.url && linkUrl(f.url);
  return url ? `<a href="${escapeMarkup(url)}" rel="noreferrer noopener">${escapeMarkup(f.id)}</a>` : escapeMarkup(f.id);
}
function findingRow(e) {
  let f = e.finding, pkg = packageLabel(f), fix = f.fix?.available ? `fix: ${f.fix.versions.join(", ") || "available"}` : "", where = placeLabel(f), due = e.deadline ? ` <span class="mark">${escapeMarkup(deadlineLabel(e.deadline))}</span>` : "", mark = (e.baseline === "existing" ? ' <span class="mark">existing</span>' : "") + due, tools = [...new Set(f.foundBy.map((s) => s.tool))].join(", "), description = f.description ? `<details><summary>details</summary>${escapeMarkup(f.description)}</details>` : "";
  return [
    "<tr>",
    `<td><span class="sev ${f.severity}">${f.severity}</span></td>`,
    `<td class="id">${link(f)}${mark}</td>`,
    `<td>${escapeMarkup(pkg)}<br><span class="reason">${escapeMarkup(fix)}</span></td>`,
    `<td>${escapeMarkup(where)}${e.asset ? `<div class="reason">asset ${escapeMarkup(e.asset)} (${escapeMarkup(e.classification)})</div>` : ""}</td>`,
    `<td>${escapeMarkup(f.title)}<div class="reason">${escapeMarkup(e.reason)}</div>${description}</td>`,
    `<td>${escapeMarkup(tools)}</td>`,
    "</tr>"
  ].join("");
}
var FOLDED = ["info", "ignored"], FOLD_OVER = 25;
function findingsSection(verdict, group) {
  let title = `<h2 style="color:${VERDICT_FILL[verdict]}">${verdict.toUpperCase()} (${group.length})</h2>`, folded = FOLDED.includes(verdict) && group.length > FOLD_OVER;
  return [
    "<section>",
    folded ? `<details><summary>${title}</summary>` : title,
    '<table><colgroup><col style="width:86px"><col style="width:190px"><col style="width:180px"><col style="width:240px"><col><col style="width:100px"></colgroup>',
    "<thead><tr><th>severity</th><th>id</th><th>package</th><th>where</th><th>finding and why</th><th>found by</th></tr></thead><tbody>",
    ...group.map(findingRow),
    "</tbody></table>",
    folded ? "</details></section>" : "</section>"
  ].join(`
`);
}
function header(ev, version) {
  let word = { fail: "BLOCKED", warn: "PASSED WITH WARNINGS", pass: "PASSED" }[ev.outcome], blocking = decidingFindings(ev).filter((e) => e.verdict === "block").length, baseline = ev.baseline ? ` \xB7 baseline ${escapeMarkup(ev.baseline.file)}: ${ev.baseline.existing} existing, ${ev.baseline.new} new` : "";
  return `<header class="${ev.outcome}"><h1>ztgate: ${word}</h1><p>${blocking} blocking \xB7 ${ev.counts.total} findings from ${ev.reports.length} reports \xB7 policy ${escapeMarkup(ev.policy.source)} \xB7 ${escapeMarkup(ev.evaluatedAt)} \xB7 ztgate ${escapeMarkup(version)}${baseline}</p></header>`;
}
function cards(ev) {
  return `<div class="cards">${VERDICT_DISPLAY_ORDER.map(
    (v) => `<div class="card" style="border-color:${VERDICT_FILL[v]}"><b>${ev.counts.byVerdict[v]}</b>${v}</div>`
  ).join("")}</div>`;
}
function budgetsList(ev) {
  let budgets = ev.budgets ?? [];
  return budgets.length === 0 ? "" : `<section><h2>Budgets</h2><table><thead><tr><th>budget</th><th>scope</th><th>open / max</th><th>state</th></tr></thead><tbody>${budgets.map((b) => {
    let counts = budgetCounts(b), state = b.exceeded.length > 0 ? budgetMessage(b) : "within budget";
    return `<tr><td>${escapeMarkup(b.id)}</td><td>${escapeMarkup(b.scope)}</td><td>${escapeMarkup(counts)}</td><td>${escapeMarkup(state)}</td></tr>`;
  }).join("")}</tbody></table></section>`;
}
function reportsList(ev) {
  return ev.reports.length === 0 ? "" : `<section><h2>Reports</h2><table><thead><tr><th>file</th><th>format</th><th>findings</th><th>created</th></tr></thead><tbody>${ev.reports.map(
    (r) => `<tr><td>${escapeMarkup(r.path)}</td><td>${escapeMarkup(r.format)}</td><td>${r.findings}</td><td>${escapeMarkup(r.createdAt ?? "")}</td></tr>`
  ).join("")}</tbody></table></section>`;
}
var html = {
  id: "html",
  description: "a self-contained HTML page: outcome, posture chart and every finding",
  render(ev, ctx) {
    let sections = VERDICT_DISPLAY_ORDER.map(
      (v) => [v, ev.findings.filter((e) => e.verdict === v)]
    ).filter(([, group]) => group.length > 0).map(([v, group]) => findingsSection(v, group));
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
${sections.join(`
`)}
${reportsList(ev)}
</main>
</body>
</html>
`;
  }
};

// src/reporters/junit.ts
function describe(e) {
  let f = e.finding, subject = [f.id, packageLabel(f), placeLabel(f)].filter(Boolean).join(" "), mark = e.baseline === "existing" ? " (existing, in the baseline)" : "";
  return `${e.verdict.toUpperCase()} ${f.severity} ${subject}: ${f.title}${mark}
  ${e.reason}`;
}
function testCase(rule, asset, findings, ev) {
  let failing = findings.filter((e) => failsGate(e, ev)), others = findings.filter((e) => !failsGate(e, ev)), lines = [`    <testcase name="${escapeMarkup(asset)}" classname="${escapeMarkup(`ztgate.${rule}`)}" time="0">`];
  if (failing.length > 0) {
    let ids = [...new Set(failing.map((e) => e.finding.id))].join(", "), type = failing[0]?.verdict ?? "block";
    lines.push(
      `      <failure message="${escapeMarkup(`${failing.length} blocking: ${ids}`)}" type="${type}">${escapeMarkup(failing.map(describe).join(`
`))}</failure>`
    );
  }
  return others.length > 0 && lines.push(`      <system-out>${escapeMarkup(others.map(describe).join(`
`))}</system-out>`), lines.push("    </testcase>"), { xml: lines.join(`
`), failed: failing.length > 0 };
}
function suite(name, cases, ev) {
  let failures = cases.filter((c) => c.failed).length, timestamp = ev.evaluatedAt.replace(/\.\d+Z$/, "");
  return [
    `  <testsuite name="${escapeMarkup(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0" timestamp="${escapeMarkup(timestamp)}">`,
    `    <properties><property name="policy" value="${escapeMarkup(ev.policy.source)}"/><property name="outcome" value="${ev.outcome}"/></properties>`,
    ...cases.map((c) => c.xml),
    "  </testsuite>"
  ].join(`
`);
}
function suitesOf(ev) {
  if (ev.findings.length === 0) {
    let reports = ev.reports.map((r) => r.path).join(", ") || "no reports";
    return [["ztgate", [{ xml: `    <testcase name="${escapeMarkup(reports)}" classname="ztgate" time="0"/>`, failed: !1 }]]];
  }
  return groupBy(ev.findings, ruleOf).map(([rule, findings]) => [
    rule,
    groupBy(findings, assetOf).map(([asset, group]) => testCase(rule, asset, group, ev))
  ]);
}
var junit = {
  id: "junit",
  description: "JUnit XML: a test case per rule and asset, failed when it has blocking findings",
  render(evaluation) {
    let suites = suitesOf(evaluation), cases = suites.flatMap(([, c]) => c);
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="ztgate" tests="${cases.length}" failures="${cases.filter((c) => c.failed).length}" errors="0" time="0">`,
      ...suites.map(([name, c]) => suite(name, c, evaluation)),
      "</testsuites>",
      ""
    ].join(`
`);
  }
};

// src/reporters/index.ts
var REPORTERS = [
  consoleReporter,
  json,
  junit,
  html,
  markdown,
  sarif,
  annotationsReporter,
  openvex
];
function reporterById(id) {
  return REPORTERS.find((r) => r.id === id);
}

export {
  REPORTERS,
  reporterById
};
