#!/usr/bin/env node
import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  BUILTIN_PACKS,
  GateError,
  LAYERS,
  PARSERS,
  VERDICTS,
  VERDICT_DISPLAY_ORDER,
  VERSION,
  annotationsReporter,
  applyBaseline,
  assetOf,
  consoleReporter,
  decidingFindings,
  errorMessage,
  failsGate,
  findPolicyPath,
  groupBy,
  identifiers,
  json,
  judge,
  loadOrigin,
  loadPolicy,
  loadPolicyFor,
  loadReport,
  makeBaseline,
  makeFinding,
  markdown,
  packageLabel,
  parseOutputArg,
  parseYaml,
  placeLabel,
  policy_schema_default,
  readBaselineFile,
  resolveReportArgs,
  ruleOf,
  runCheck,
  sarif,
  serialiseBaseline,
  validateLocal,
  validateTestFile,
  waiverState,
  writeFileAtomic
} from "./chunks/chunk-JBCSI3DH.js";

// src/cli.ts
import { fileURLToPath } from "node:url";

// src/commands/baseline.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/local-config.ts
import { readFileSync } from "node:fs";
var DEFAULT_COMMAND_TIMEOUT_MS = 5 * 6e4;
function parseTimeout(text) {
  if (text === void 0) return DEFAULT_COMMAND_TIMEOUT_MS;
  let unit = text.endsWith("m") ? 6e4 : 1e3;
  return Number(text.slice(0, -1)) * unit;
}
function readLocalConfig(file, read = (p) => readFileSync(p, "utf8")) {
  let text;
  try {
    text = read(file);
  } catch (err) {
    throw new GateError(`cannot read ${err.code ?? String(err)}`, {
      file
    });
  }
  let source = parseYaml(text, file), local = source.value?.local;
  if (local !== void 0) {
    if (!validateLocal(local)) {
      let error = validateLocal.errors?.[0], at = `/local${error?.instancePath ?? ""}`, unknown = error?.params.additionalProperty, pointer = unknown ? `${at}/${unknown}` : at, message = unknown ? `unknown key "${unknown}" at ${at}` : `${at} ${error?.message ?? "is invalid"}`;
      throw new GateError(message, { file, ...source.locate(pointer) });
    }
    return toConfig(local);
  }
}
function toConfig(local) {
  return {
    reports: local.reports ?? [],
    ...local.baseline ? { baseline: local.baseline } : {},
    commands: (local.commands ?? []).map((c, i) => ({
      name: c.name ?? `command ${i + 1}`,
      run: c.run,
      timeoutMs: parseTimeout(c.timeout),
      okExitCodes: c["ok-exit-codes"] ?? [0]
    }))
  };
}

// src/commands/types.ts
var EXIT = { pass: 0, blocked: 1, undecided: 2 };

// src/commands/baseline.ts
function reportArgs(positionals, policyPath) {
  if (positionals.length > 0) return positionals;
  let local = policyPath ? readLocalConfig(policyPath) : void 0;
  if (local && local.reports.length > 0) return local.reports;
  throw new GateError(
    "no reports given and no local.reports in ztgate.yml (ztgate baseline write FILE REPORT...)"
  );
}
var baseline = {
  name: "baseline",
  summary: "record today's findings so `check --baseline` blocks only new ones",
  usage: `ztgate baseline write FILE [REPORT|FORMAT:REPORT|GLOB ...] [--policy FILE]

Writes the fingerprint, id, package and policy verdict of every finding in the reports
(default: local.reports from ztgate.yml) to FILE. \`ztgate check --baseline FILE\` then shows
those findings as existing and lets only new ones (or ones whose verdict got stricter) block.`,
  run(args, io2) {
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: { policy: { type: "string" } }
    }), [verb, file, ...reports] = positionals;
    if (verb !== "write" || !file)
      throw new GateError("usage: ztgate baseline write FILE [REPORT...]");
    let policyPath = findPolicyPath(values.policy, io2.cwd), policy = loadPolicyFor(values.policy, io2.cwd), requests = resolveReportArgs(reportArgs(reports, policyPath), io2.cwd), { evaluation } = runCheck({ reports: requests, policy, now: io2.now }), written = makeBaseline(evaluation, io2.now);
    writeFileAtomic(resolve(io2.cwd, file), serialiseBaseline(written));
    let { byVerdict } = evaluation.counts;
    return io2.stdout(
      `ztgate: wrote ${file}: ${written.findings.length} findings from ${requests.length} reports (${byVerdict.block} block, ${byVerdict.warn} warn, ${byVerdict.info} info)
`
    ), EXIT.pass;
  }
};

// src/commands/check.ts
import { performance } from "node:perf_hooks";
import { parseArgs as parseArgs2 } from "node:util";

// src/progress.ts
var CLEAR_LINE = "\r\x1B[2K";
function createProgress({
  write,
  enabled,
  clock,
  delayMs = 1e3
}) {
  let start = clock(), shown = !1;
  return {
    step(index, total, label) {
      !enabled || clock() - start < delayMs || (shown = !0, write(`${CLEAR_LINE}ztgate: parsing ${index + 1}/${total}: ${label}`));
    },
    finish() {
      shown && write(CLEAR_LINE), shown = !1;
    }
  };
}

// src/reporters/markup.ts
var NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeMarkup(value) {
  return String(value).replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
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
  let total = (r) => VERDICT_DISPLAY_ORDER.reduce((n, v) => n + r.counts[v], 0), max = Math.max(1, ...rows.map(total)), height = rows.length * ROW_HEIGHT + 8, width = LABEL_WIDTH + BAR_WIDTH + 60, bars = rows.map((row, i) => {
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
  return f.url && /^https?:\/\//i.test(f.url) ? `<a href="${escapeMarkup(f.url)}" rel="noreferrer noopener">${escapeMarkup(f.id)}</a>` : escapeMarkup(f.id);
}
function findingRow(e) {
  let f = e.finding, pkg = packageLabel(f), fix = f.fix?.available ? `fix: ${f.fix.versions.join(", ") || "available"}` : "", where = placeLabel(f), mark = e.baseline === "existing" ? ' <span class="mark">existing</span>' : "", tools = [...new Set(f.foundBy.map((s) => s.tool))].join(", "), description = f.description ? `<details><summary>details</summary>${escapeMarkup(f.description)}</details>` : "";
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
  let word = { fail: "BLOCKED", warn: "PASSED WITH WARNINGS", pass: "PASSED" }[ev.outcome], blocking = decidingFindings(ev).filter((e) => e.verdict === "block").length, baseline2 = ev.baseline ? ` \xB7 baseline ${escapeMarkup(ev.baseline.file)}: ${ev.baseline.existing} existing, ${ev.baseline.new} new` : "";
  return `<header class="${ev.outcome}"><h1>ztgate: ${word}</h1><p>${blocking} blocking \xB7 ${ev.counts.total} findings from ${ev.reports.length} reports \xB7 policy ${escapeMarkup(ev.policy.source)} \xB7 ${escapeMarkup(ev.evaluatedAt)} \xB7 ztgate ${escapeMarkup(version)}${baseline2}</p></header>`;
}
function cards(ev) {
  return `<div class="cards">${VERDICT_DISPLAY_ORDER.map(
    (v) => `<div class="card" style="border-color:${VERDICT_FILL[v]}"><b>${ev.counts.byVerdict[v]}</b>${v}</div>`
  ).join("")}</div>`;
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
  annotationsReporter
];
function reporterById(id) {
  return REPORTERS.find((r) => r.id === id);
}

// src/commands/render.ts
function checkOutputs(outputs) {
  for (let o of outputs)
    if (!reporterById(o.format))
      throw new GateError(
        `unknown output format "${o.format}" (one of: ${REPORTERS.map((r) => r.id).join(", ")})`
      );
}
function emitOutputs(evaluation, outputs, context, io2) {
  for (let o of outputs) {
    let reporter = reporterById(o.format);
    if (!reporter) continue;
    let text = reporter.render(evaluation, o.file ? { ...context, color: !1 } : context);
    o.file ? writeFileAtomic(o.file, text) : io2.stdout(text);
  }
}
function wantsColor(io2) {
  return io2.env.NO_COLOR !== void 0 && io2.env.NO_COLOR !== "" ? !1 : io2.env.FORCE_COLOR !== void 0 && io2.env.FORCE_COLOR !== "0" ? !0 : io2.isTTY;
}

// src/commands/check.ts
var check = {
  name: "check",
  summary: "evaluate reports against the policy; exit 0 pass, 1 blocked, 2 cannot decide",
  usage: `ztgate check [REPORT|FORMAT:REPORT|GLOB ...] [options]

Options:
  --policy FILE         policy file (default: ztgate.yml or .ztgate.yml here, else built-in)
  --baseline FILE       findings recorded in FILE (ztgate baseline write) show as existing
                        and do not block; only new findings decide the outcome
  -o, --output F[=FILE] output format, repeatable; to stdout, or to FILE
                        (${REPORTERS.map((r) => r.id).join(", ")})
  -q, --quiet           print the verdict only
  -v, --verbose         print the reason, rule and sources of every finding`,
  run(args, io2) {
    let { values, positionals } = parseArgs2({
      args,
      allowPositionals: !0,
      options: {
        policy: { type: "string" },
        baseline: { type: "string" },
        output: { type: "string", short: "o", multiple: !0 },
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean", short: "v" }
      }
    });
    if (positionals.length === 0)
      throw new GateError(
        "no reports given: nothing to check is not a pass (ztgate check REPORT...)"
      );
    let outputs = (values.output ?? ["console"]).map(parseOutputArg);
    checkOutputs(outputs);
    let policy = loadPolicyFor(values.policy, io2.cwd), baseline2 = values.baseline ? readBaselineFile(values.baseline, io2.cwd) : void 0, reports = resolveReportArgs(positionals, io2.cwd), progress = createProgress({
      write: io2.stderr,
      enabled: io2.stderrIsTTY === !0,
      clock: () => performance.now()
    }), { evaluation } = runCheck({
      reports,
      policy,
      now: io2.now,
      root: io2.cwd,
      onReport: progress.step
    });
    return progress.finish(), baseline2 && values.baseline && (evaluation = applyBaseline(evaluation, baseline2, values.baseline)), emitOutputs(
      evaluation,
      outputs,
      {
        color: wantsColor(io2),
        verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal",
        version: VERSION,
        workspace: io2.cwd
      },
      io2
    ), evaluation.errors.length > 0 ? (io2.stderr(evaluation.errors.map((e) => `ztgate: error: ${e}
`).join("")), EXIT.undecided) : evaluation.outcome === "fail" ? EXIT.blocked : EXIT.pass;
  }
};

// src/commands/explain.ts
import { parseArgs as parseArgs3 } from "node:util";
var explain = {
  name: "explain",
  summary: "explain the verdict of a finding (by fingerprint or id) in the given reports",
  usage: `ztgate explain FINGERPRINT|ID REPORT... [--policy FILE] [-o json]

FINGERPRINT may be a prefix (at least 6 characters); ID matches the id or any alias
(CVE-2021-44228, GHSA-..., CKV_AWS_260). Prints every matching finding's asset,
classification, controls, the rules considered, the one that decided, the waiver and
the scanners that found it.`,
  run(args, io2) {
    let { values, positionals } = parseArgs3({
      args,
      allowPositionals: !0,
      options: { policy: { type: "string" }, output: { type: "string", short: "o" } }
    }), [query, ...reportArgs2] = positionals;
    if (!query || reportArgs2.length === 0)
      throw new GateError("give a fingerprint or id and the reports (ztgate explain ID REPORT...)");
    let policy = loadPolicyFor(values.policy, io2.cwd), reports = resolveReportArgs(reportArgs2, io2.cwd), { evaluation } = runCheck({ reports, policy, now: io2.now, root: io2.cwd }), found = evaluation.findings.filter((e) => matchesQuery(e, query));
    if (found.length === 0)
      throw new GateError(`no finding with fingerprint or id "${query}" in the given reports`);
    return values.output === "json" ? io2.stdout(JSON.stringify(found, null, 2) + `
`) : io2.stdout(found.map((e) => explainText(e, policy)).join(`
`) + `
`), EXIT.pass;
  }
};
function matchesQuery(e, query) {
  let q = query.toLowerCase();
  return q.length >= 6 && e.finding.fingerprint.startsWith(q) ? !0 : identifiers(e.finding).some((id) => id.toLowerCase() === q);
}
function explainText(e, policy) {
  let f = e.finding, severity = e.effectiveSeverity === f.severity ? f.severity : `${f.severity} (treated as ${e.effectiveSeverity})`, pkg = f.package ? `${f.package.name}@${f.package.version ?? "?"}` : "", where = f.location ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}` : f.target ?? "", fix = f.fix?.available ? `fix ${f.fix.versions.join(", ") || "available"}` : "no fix", lines = [
    [f.id, pkg, where].filter(Boolean).join(" "),
    `  title:     ${f.title}`,
    `  finding:   ${f.layer}, ${severity}, ${fix}; fingerprint ${f.fingerprint}`
  ];
  f.aliases.length > 0 && lines.push(`  aliases:   ${f.aliases.join(", ")}`), lines.push(`  found by:  ${f.foundBy.map((s) => `${s.tool} in ${s.report}`).join("; ")}`);
  let owner = e.owner ? `, owner ${e.owner}` : "";
  lines.push(
    e.asset ? `  asset:     ${e.asset} (${e.classification}${owner}) via ${e.assetVia ?? "?"}` : `  asset:     none matched; default classification ${e.classification}`
  ), lines.push(`  controls:  ${e.controls.join(", ") || "none"}`), lines.push("  rules considered:");
  for (let c of e.considered) {
    let mark = c.rule === e.rule ? "  <- decided" : "";
    lines.push(`    ${c.action.padEnd(6)} ${c.rule} (${c.source})${mark}`);
  }
  e.considered.length === 0 && lines.push("    none matched");
  let unmatched = policy.rules.length - e.considered.length;
  if (lines.push(`    (${unmatched} other rule(s) did not match)`), e.waiver) {
    let w = e.waiver, extra = [w.ticket && `ticket ${w.ticket}`, w.approvedBy && `approved by ${w.approvedBy}`].filter(Boolean).join(", ");
    lines.push(
      `  waiver:    ${w.id} by ${w.owner} until ${w.expires} (${w.source}): ${w.reason}${extra ? `; ${extra}` : ""}`
    );
  }
  return lines.push(`  verdict:   ${e.verdict.toUpperCase()}: ${e.reason}`), lines.join(`
`) + `
`;
}

// src/commands/formats.ts
var formats = {
  name: "formats",
  summary: "list the report formats ztgate reads and the outputs it writes",
  usage: "ztgate formats",
  run(_args, io2) {
    let width = Math.max(...PARSERS.map((p) => p.id.length)), lines = ["Report formats (detected from content; force one with FORMAT:PATH):"];
    for (let p of PARSERS)
      lines.push(`  ${p.id.padEnd(width)}  ${p.description} [${p.layers.join(", ")}]`);
    lines.push("", "Output formats (-o FORMAT[=FILE]):");
    for (let r of REPORTERS) lines.push(`  ${r.id.padEnd(width)}  ${r.description}`);
    return io2.stdout(lines.join(`
`) + `
`), EXIT.pass;
  }
};

// src/hook-script.ts
var HOOK_KINDS = ["pre-push", "pre-commit"], HOOK_MARKER = "# ztgate-hook v1", PREVIOUS_SUFFIX = ".ztgate-previous";
function isZtgateHook(text) {
  return text.split(`
`, 3).includes(HOOK_MARKER);
}
function shellQuote(value) {
  return `'${value.replace(/'/g, "'\\''")}'`;
}
function runPrevious(kind) {
  return kind !== "pre-push" ? ['if [ -x "$previous" ]; then', '  "$previous" "$@" || exit $?', "fi"] : [
    'if [ -x "$previous" ]; then',
    "  stdin_copy=$(mktemp) || exit 1",
    '  cat > "$stdin_copy"',
    '  "$previous" "$@" < "$stdin_copy"',
    "  status=$?",
    '  rm -f "$stdin_copy"',
    '  [ "$status" -eq 0 ] || exit "$status"',
    "fi"
  ];
}
function renderHookScript({ kind, node, cli }) {
  let skip = kind === "pre-push" ? "git push --no-verify" : "git commit --no-verify";
  return [
    "#!/bin/sh",
    HOOK_MARKER,
    `# ${kind}: runs \`ztgate hook run\` on the reports listed under local: in ztgate.yml.`,
    "# Installed by `ztgate hook install`; `ztgate hook uninstall` removes it and restores the",
    `# hook that was here before (kept as ${kind}${PREVIOUS_SUFFIX}, run first). Skip once: ${skip}`,
    `ztgate_node=${shellQuote(node)}`,
    `ztgate_cli=${shellQuote(cli)}`,
    `previous="$(dirname "$0")/${kind}${PREVIOUS_SUFFIX}"`,
    ...runPrevious(kind),
    'if [ -x "$ztgate_node" ] && [ -f "$ztgate_cli" ]; then',
    `  exec "$ztgate_node" "$ztgate_cli" hook run --${kind}`,
    "elif command -v ztgate >/dev/null 2>&1; then",
    `  exec ztgate hook run --${kind}`,
    "elif command -v npx >/dev/null 2>&1; then",
    `  exec npx --no-install ztgate hook run --${kind}`,
    "fi",
    `echo "ztgate ${kind} hook: ztgate not found (was $ztgate_cli); reinstall with 'npx ztgate hook install', or skip once with '${skip}'" >&2`,
    "exit 1",
    ""
  ].join(`
`);
}

// src/hook-install.ts
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync as readFileSync2, renameSync, rmSync } from "node:fs";
import { join, resolve as resolve2 } from "node:path";
function git(args, cwd) {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"]
    }).trim();
  } catch {
    throw new GateError("not inside a git working tree (git rev-parse failed)", { file: cwd });
  }
}
function gitHooksDir(cwd) {
  let top = git(["rev-parse", "--show-toplevel"], cwd);
  return resolve2(top, git(["rev-parse", "--git-path", "hooks"], top));
}
function installHook(hooksDir, input) {
  let path = join(hooksDir, input.kind), previous = path + PREVIOUS_SUFFIX, result = "installed";
  if (existsSync(path))
    if (isZtgateHook(readFileSync2(path, "utf8")))
      result = "updated";
    else {
      if (existsSync(previous))
        throw new GateError(
          `a ${input.kind} hook exists and so does ${previous}: move one of them away first; nothing was changed`,
          { file: path }
        );
      renameSync(path, previous), result = "chained";
    }
  return mkdirSync(hooksDir, { recursive: !0 }), writeFileAtomic(path, renderHookScript(input)), chmodSync(path, 493), result;
}
function uninstallHook(hooksDir, kind) {
  let path = join(hooksDir, kind), previous = path + PREVIOUS_SUFFIX;
  if (!existsSync(path)) return "absent";
  if (!isZtgateHook(readFileSync2(path, "utf8")))
    throw new GateError(`this ${kind} hook was not installed by ztgate; left as it is`, {
      file: path
    });
  return rmSync(path), existsSync(previous) ? (renameSync(previous, path), "restored") : "removed";
}

// src/local-commands.ts
import { spawn } from "node:child_process";
function runOne(command, cwd) {
  return new Promise((resolve4, reject) => {
    let child = spawn("/bin/sh", ["-c", command.run], {
      cwd,
      detached: !0,
      stdio: ["ignore", 2, 2]
    }), timedOut = !1, killGroup = () => {
      child.pid !== void 0 && process.kill(-child.pid, "SIGKILL");
    }, timer = setTimeout(() => {
      timedOut = !0, killGroup();
    }, command.timeoutMs);
    process.once("SIGINT", killGroup);
    let done = () => {
      clearTimeout(timer), process.off("SIGINT", killGroup);
    };
    child.on("error", (err) => {
      done(), reject(new GateError(`local command "${command.name}" could not run: ${err.message}`));
    }), child.on("exit", (code, signal) => {
      done(), resolve4({ code, signal, timedOut });
    });
  });
}
async function runLocalCommands(commands, cwd, log) {
  for (let command of commands) {
    log(`ztgate: running ${command.name}: ${command.run}
`);
    let { code, signal, timedOut } = await runOne(command, cwd);
    if (timedOut)
      throw new GateError(
        `local command "${command.name}" did not finish within ${command.timeoutMs / 1e3}s`
      );
    if (code === null || !command.okExitCodes.includes(code)) {
      let how = code === null ? `was killed (${signal})` : `exited ${code}`;
      throw new GateError(
        `local command "${command.name}" ${how} (ok: ${command.okExitCodes.join(", ")})`
      );
    }
  }
}

// src/commands/hook.ts
var KIND_FLAGS = HOOK_KINDS.map((k) => `--${k}`);
function splitKinds(args) {
  return { kinds: HOOK_KINDS.filter((k) => args.includes(`--${k}`)), rest: args.filter((a) => !KIND_FLAGS.includes(a)) };
}
function install(args, io2) {
  let { kinds, rest } = splitKinds(args);
  if (rest.length > 0) throw new GateError(`unexpected argument "${rest[0]}"`);
  if (!io2.self) throw new GateError("cannot tell where this ztgate is installed");
  let dir = gitHooksDir(io2.cwd);
  for (let kind of kinds.length > 0 ? kinds : ["pre-push"]) {
    let result = installHook(dir, { kind, node: io2.self.node, cli: io2.self.script }), note = {
      installed: "",
      updated: " (updated the ztgate hook already there)",
      chained: ` (the existing hook was kept as ${kind}${PREVIOUS_SUFFIX} and runs first)`
    }[result];
    io2.stdout(`ztgate: installed the ${kind} hook in ${dir}${note}
`);
  }
  return EXIT.pass;
}
function uninstall(args, io2) {
  let { kinds, rest } = splitKinds(args);
  if (rest.length > 0) throw new GateError(`unexpected argument "${rest[0]}"`);
  let dir = gitHooksDir(io2.cwd);
  for (let kind of kinds.length > 0 ? kinds : HOOK_KINDS) {
    let result = uninstallHook(dir, kind), said = {
      removed: `removed the ${kind} hook`,
      restored: `removed the ${kind} hook and restored the one that was there before`,
      absent: `no ${kind} hook to remove`
    }[result];
    io2.stdout(`ztgate: ${said}
`);
  }
  return EXIT.pass;
}
async function runHook(args, io2) {
  let { kinds, rest } = splitKinds(args), kind = kinds[0] ?? "pre-push", policy = findPolicyPath(void 0, io2.cwd);
  if (!policy)
    throw new GateError(
      `no ztgate.yml or .ztgate.yml in ${io2.cwd}: the hook checks the reports listed under its local: key`
    );
  let local = readLocalConfig(policy);
  if (!local || local.reports.length === 0)
    throw new GateError("no local.reports: list the reports the hook should check", {
      file: policy
    });
  await runLocalCommands(local.commands, io2.cwd, io2.stderr);
  let skip = kind === "pre-push" ? "git push --no-verify" : "git commit --no-verify";
  io2.stderr(`ztgate ${kind}: checking ${local.reports.join(" ")} (skip once with ${skip})
`);
  let baseline2 = local.baseline ? ["--baseline", local.baseline] : [], code = await check.run(
    [...rest, "--policy", policy, ...baseline2, "--", ...local.reports],
    io2
  );
  return code === EXIT.blocked && io2.stderr(`ztgate ${kind}: rejected by policy. Fix the blocking findings or add a waiver.
`), code;
}
var hook = {
  name: "hook",
  summary: "install or remove the git pre-push (or pre-commit) hook that runs the gate locally",
  usage: `ztgate hook install [--pre-push] [--pre-commit]   (default: --pre-push)
ztgate hook uninstall [--pre-push] [--pre-commit] (default: both)
ztgate hook run [--pre-push|--pre-commit] [check options]   what the hook runs

The hook runs local.commands from ztgate.yml (scanners, each with a timeout), then
\`ztgate check\` on local.reports with that policy (and local.baseline, if set).
An existing hook is kept as HOOK${PREVIOUS_SUFFIX} and run first; uninstall puts it back.
Skip the hook once with git's own --no-verify.`,
  run(args, io2) {
    let [verb, ...rest] = args;
    if (verb === "install") return install(rest, io2);
    if (verb === "uninstall") return uninstall(rest, io2);
    if (verb === "run") return runHook(rest, io2);
    throw new GateError("usage: ztgate hook install|uninstall|run [--pre-push|--pre-commit]");
  }
};

// src/commands/init.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";

// src/commands/init.yml
var init_default = `# yaml-language-server: $schema=.ztgate.schema.json
# ztgate policy. Write the schema for editor completion with: ztgate schema > .ztgate.schema.json
# Reference: docs/policy.md. Check it with \`ztgate validate\`, run its examples with \`ztgate test\`.
version: 1

# Built-in packs: \`zero-trust\` (controls + classification-aware rules) or \`default\`.
extends: [zero-trust]

# What you protect and the class of data it holds: public < internal < confidential < restricted.
# A finding belongs to every asset matching its file, its image or the report it came from;
# the strictest classification wins.
assets:
  - name: web
    classification: public
    owner: team-web
    paths: ["web/**", "docs/**"]
  - name: api
    classification: confidential
    owner: team-api
    paths: ["services/api/**"]
    images: ["ghcr.io/example/api*"]

# Findings no asset claims.
default-classification: internal

# Evidence the gate needs; missing or stale evidence exits 2, never passes.
require:
  layers: [image, dependency, iac, secret]
  max-report-age: 7d

# Your own rules; the strictest matching rule wins, and a rule with the id of a pack rule
# replaces it.
rules:
  - id: block-critical-on-confidential
    description: Any critical finding blocks confidential and restricted assets, fix or not.
    when: { severity: critical, classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: CVE-2024-0001, layer: image, package: openssl, severity: critical }
        classification: restricted
        verdict: block

# Narrow, owned, temporary exceptions. Expired, over-long and unused waivers are reported.
waivers: []
#  - id: CVE-2024-1234
#    package: lodash
#    versions: "<4.17.21"
#    paths: ["web/**"]
#    reason: not reachable from user input; see SEC-42
#    owner: alice@example.com
#    approved-by: bob@example.com
#    ticket: SEC-42
#    expires: 2026-12-31

settings:
  fail-on: block # block | warn | never
  unknown-severity: high # unscored findings are never silently low
  max-waiver-days: 90
`;

// src/commands/init.ts
var init = {
  name: "init",
  summary: "write a commented starter ztgate.yml (never overwrites without --force)",
  usage: `ztgate init [FILE] [--force]

Writes a starter policy to FILE (default ztgate.yml). An existing file is kept unless --force.`,
  run(args, io2) {
    let { values, positionals } = parseArgs4({
      args,
      allowPositionals: !0,
      options: { force: { type: "boolean" } }
    }), file = positionals[0] ?? "ztgate.yml", path = resolve3(io2.cwd, file);
    if (existsSync2(path) && !values.force)
      throw new GateError("already exists; not overwritten (use --force to replace it)", { file });
    return writeFileAtomic(path, init_default), io2.stdout(`wrote ${file}: edit the assets, then run \`ztgate validate\` and \`ztgate test\`
`), EXIT.pass;
  }
};

// src/commands/parse.ts
import { parseArgs as parseArgs5 } from "node:util";
var parse = {
  name: "parse",
  summary: "print the normalised findings of each report, with no policy applied",
  usage: `ztgate parse REPORT|FORMAT:REPORT ... [-o json]

Prints {"reports":[{"path","format","findings":[...]}]}.`,
  run(args, io2) {
    let { values, positionals } = parseArgs5({
      args,
      allowPositionals: !0,
      options: { output: { type: "string", short: "o", default: "json" } }
    });
    if (values.output !== "json")
      throw new GateError(`parse writes json only (got -o ${values.output})`);
    if (positionals.length === 0) throw new GateError("no reports given (ztgate parse REPORT...)");
    let reports = resolveReportArgs(positionals, io2.cwd).map(loadReport);
    return io2.stdout(JSON.stringify({ reports }, null, 2) + `
`), EXIT.pass;
  }
};

// src/commands/schema.ts
var schema = {
  name: "schema",
  summary: "print the policy JSON Schema (for editors and other tools)",
  usage: `ztgate schema

Prints schema/policy.schema.json. Editors with the YAML language server complete and check
ztgate.yml when its first line is:
  # yaml-language-server: $schema=https://raw.githubusercontent.com/ztgate/ztgate/main/schema/policy.schema.json`,
  run(_args, io2) {
    return io2.stdout(JSON.stringify(policy_schema_default, null, 2) + `
`), EXIT.pass;
  }
};

// src/commands/test.ts
import { readdirSync, readFileSync as readFileSync3 } from "node:fs";
import { dirname, join as join2 } from "node:path";
import { parseArgs as parseArgs6 } from "node:util";

// src/examples.ts
function exampleFinding(spec) {
  let layer = spec.layer ?? (spec.package ? "dependency" : "iac");
  return makeFinding(
    {
      tool: spec.tool ?? "example",
      layer,
      id: spec.id,
      aliases: spec.aliases,
      title: spec.title ?? spec.id,
      severity: spec.severity ?? "high",
      fix: spec.fixable === void 0 ? void 0 : { available: spec.fixable, versions: [] },
      package: spec.package ? { name: spec.package, version: spec.version } : void 0,
      location: spec.path ? { path: spec.path } : void 0,
      target: spec.target,
      cwe: spec.cwe,
      epss: spec.epss,
      kev: spec.kev,
      suppressed: spec.suppressed ? { kind: "example" } : void 0
    },
    spec.report ?? "example.json"
  );
}
function checkExample(example, policy, rule) {
  let finding = exampleFinding(example.finding), forced;
  if (example.asset !== void 0) {
    let asset = policy.assets.find((a) => a.spec.name === example.asset);
    if (!asset) return [`unknown asset "${example.asset}"`];
    forced = { asset: asset.spec.name, classification: asset.spec.classification };
  } else example.classification !== void 0 && (forced = { classification: example.classification });
  let judged = judge(finding, policy, { waivers: [], forced }), problems = [];
  if (rule) {
    let wanted = example.matches ?? !0;
    judged.matchedRules.includes(rule.id) !== wanted && problems.push(
      `rule ${wanted ? "did not match" : "matched"} (expected ${wanted ? "a match" : "no match"})`
    );
  }
  return example.verdict !== void 0 && judged.verdict !== example.verdict && problems.push(`expected verdict ${example.verdict}, got ${judged.verdict} (${judged.reason})`), example.rule !== void 0 && judged.rule !== example.rule && problems.push(`expected rule ${example.rule} to decide, got ${judged.rule ?? "none"}`), problems;
}
function describeExample(example, index) {
  return example.name ? `#${index + 1} "${example.name}"` : `#${index + 1} (${example.finding.id})`;
}

// src/commands/test.ts
var test = {
  name: "test",
  summary: "run the examples of every rule and the *.test.yml cases beside the policy",
  usage: `ztgate test [--policy FILE | --pack NAME ...]

Runs every rule's examples (each against the policy that defines the rule) and every
*.test.yml file in the policy's directory (against the whole policy).
Exit 0 when all pass, 1 when any fails, 2 when the policy or a test file is invalid.

Options:
  --policy FILE   policy file (default: ztgate.yml or .ztgate.yml here, else built-in)
  --pack NAME     test a built-in pack (repeatable): ${Object.keys(BUILTIN_PACKS).join(", ")}`,
  run(args, io2) {
    let { values } = parseArgs6({
      args,
      options: { policy: { type: "string" }, pack: { type: "string", multiple: !0 } }
    }), tally = { passed: 0, failures: [], untested: [] }, targets = values.pack ? values.pack.map((name) => ({ policy: loadOrigin({ builtin: name }) })) : [policyTarget(findPolicyPath(values.policy, io2.cwd))], files = 0;
    for (let { policy, path } of targets) {
      runRuleExamples(policy, tally);
      for (let file of path ? testFilesBeside(path) : [])
        files++, runTestFile(file, policy, tally);
    }
    let lines = tally.failures.map((f) => `FAIL ${f}`);
    for (let rule of tally.untested) lines.push(`note: rule ${rule} has no examples`);
    let failed = tally.failures.length;
    return lines.push(
      `ztgate test: ${tally.passed} passed, ${failed} failed (${targets.reduce((n, t) => n + t.policy.rules.length, 0)} rules, ${files} test files)`
    ), (failed > 0 ? io2.stderr : io2.stdout)(lines.join(`
`) + `
`), failed > 0 ? EXIT.blocked : EXIT.pass;
  }
};
function policyTarget(path) {
  return { policy: loadPolicy(path), ...path ? { path } : {} };
}
function originKey(origin) {
  return "builtin" in origin ? `builtin:${origin.builtin}` : origin.file;
}
function runRuleExamples(policy, tally) {
  let origins = /* @__PURE__ */ new Map();
  for (let rule of policy.rules) {
    if (rule.examples.length === 0) {
      tally.untested.push(`${rule.id} (${rule.source})`);
      continue;
    }
    let key = originKey(rule.origin), own = origins.get(key) ?? loadOrigin(rule.origin);
    origins.set(key, own), rule.examples.forEach((example, i) => {
      let where = `rule ${rule.id} (${rule.source}) example ${describeExample(example, i)}`;
      record(tally, where, checkExample(example, own, rule));
    });
  }
}
function testFilesBeside(policyPath) {
  let dir = dirname(policyPath);
  return readdirSync(dir).filter((name) => name.endsWith(".test.yml")).sort().map((name) => join2(dir, name));
}
function runTestFile(file, policy, tally) {
  let text;
  try {
    text = readFileSync3(file, "utf8");
  } catch (err) {
    throw new GateError(`cannot read test file (${err.message})`, { file });
  }
  validateTestFile(parseYaml(text, file)).tests.forEach((example, i) => {
    record(tally, `${file} test ${describeExample(example, i)}`, checkExample(example, policy));
  });
}
function record(tally, where, problems) {
  problems.length === 0 ? tally.passed++ : tally.failures.push(`${where}: ${problems.join("; ")}`);
}

// src/commands/validate.ts
import { parseArgs as parseArgs7 } from "node:util";
var validate = {
  name: "validate",
  summary: "check the policy (and the packs it extends); errors name file:line:column",
  usage: `ztgate validate [--policy FILE]

Exit 0 when the policy is valid (expired and over-long waivers are listed as warnings),
2 with file:line:column and the problem otherwise.`,
  run(args, io2) {
    let { values } = parseArgs7({ args, options: { policy: { type: "string" } } }), policy = loadPolicyFor(values.policy, io2.cwd), lines = [
      `${policy.source}: valid (${policy.rules.length} rules, ${policy.assets.length} assets, ${policy.controls.length} controls, ${policy.waivers.length} waivers)`
    ];
    for (let w of policy.waivers) {
      let state = waiverState(w, io2.now, policy.settings.maxWaiverDays);
      state !== "active" && lines.push(`warning: ${w.source}: waiver for ${w.spec.id} is ${state} and does not apply`);
    }
    return io2.stdout(lines.join(`
`) + `
`), EXIT.pass;
  }
};

// src/commands/index.ts
var COMMANDS = [
  check,
  parse,
  formats,
  hook,
  baseline,
  explain,
  validate,
  test,
  schema,
  init
];
function commandByName(name) {
  return COMMANDS.find((c) => c.name === name);
}

// src/main.ts
function help() {
  let width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `ztgate ${VERSION}: zero-trust policy gate for CI/CD`,
    "",
    "Usage: ztgate <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `ztgate <command> --help` for a command's options.",
    "Exit codes: 0 pass (warnings allowed), 1 blocked by policy, 2 cannot decide.",
    ""
  ].join(`
`);
}
async function main(argv, io2) {
  let [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io2.stdout(help()), name === void 0 ? EXIT.undecided : EXIT.pass;
  if (name === "--version" || name === "-V")
    return io2.stdout(`${VERSION}
`), EXIT.pass;
  let command = commandByName(name);
  if (!command)
    return io2.stderr(`ztgate: unknown command "${name}"

${help()}`), EXIT.undecided;
  if (rest.includes("--help") || rest.includes("-h"))
    return io2.stdout(`${command.usage}
`), EXIT.pass;
  try {
    return await command.run(rest, io2);
  } catch (err) {
    let known = err instanceof GateError || isArgError(err);
    return io2.stderr(`ztgate: ${known ? "error" : "internal error"}: ${errorMessage(err)}
`), EXIT.undecided;
  }
}
function isArgError(err) {
  return err instanceof Error && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS");
}

// src/cli.ts
var io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === !0,
  now: /* @__PURE__ */ new Date(),
  stderrIsTTY: process.stderr.isTTY === !0,
  self: { node: process.execPath, script: fileURLToPath(import.meta.url) }
};
process.exitCode = await main(process.argv.slice(2), io);
