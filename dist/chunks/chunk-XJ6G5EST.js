import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  exploitSignals
} from "./chunk-UOA6RXNU.js";
import {
  decidingFindings
} from "./chunk-5WKSFMGQ.js";
import {
  DUE_SOON_DAYS,
  VERDICTS,
  VEX_JUSTIFICATIONS,
  budgetCounts,
  budgetMessage,
  classificationRank,
  deadlineLabel,
  dueSoon,
  outputPath
} from "./chunk-QW6IHFNX.js";
import {
  LAYERS,
  SEVERITIES,
  severityRank
} from "./chunk-GGO2SFEU.js";
import {
  CONSOLE_COLOURS,
  linkUrl,
  printableLine,
  printableText,
  safeJson,
  wellFormed
} from "./chunk-H2LZCDX7.js";

// src/gate/policy-change.ts
function verdictOf(evaluation) {
  return evaluation.errors.length > 0 ? "undecided" : evaluation.outcome;
}
function withPolicyChange(deciding, proposed, changes, labels) {
  return changes.length === 0 ? deciding : {
    ...deciding,
    policyChange: {
      deciding: { label: labels.deciding, verdict: verdictOf(deciding) },
      proposed: { label: labels.proposed, verdict: verdictOf(proposed) },
      changes: [...changes]
    }
  };
}
var VERDICT_WORD = {
  pass: "PASS",
  warn: "PASS WITH WARNINGS",
  fail: "BLOCKED",
  undecided: "COULD NOT DECIDE"
};
function verdictsLine(c) {
  return `with ${c.proposed.label}: ${VERDICT_WORD[c.proposed.verdict]}; with ${c.deciding.label}: ${VERDICT_WORD[c.deciding.verdict]}`;
}

// src/reporters/markdown-text.ts
function cell(text, max = 120) {
  if (!text) return "";
  let flat = printableLine(text.replace(/\s+/g, " ").trim());
  return (flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/`/g, "'").replace(/@/g, "@\u200B").replace(/([\\*_[\]])/g, (m) => m === "\\" ? m : `\\${m}`);
}
function code(text, max = 120) {
  if (!text) return "";
  let flat = printableLine(text.replace(/\s+/g, " ").replace(/`/g, "'").trim());
  return `\`${(flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat).replace(/\|/g, "\\|")}\``;
}
function table(header, rows) {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ];
}
function details(summary, body) {
  return ["<details>", `<summary>${summary}</summary>`, "", ...body, "", "</details>"];
}
function sizeOf(text) {
  return Buffer.byteLength(text, "utf8");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/reporters/grouping.ts
var VERDICT_DISPLAY_ORDER = [
  "block",
  "warn",
  "waived",
  "info",
  "ignored"
];
function assetOf(e) {
  if (e.asset) return e.asset;
  let f = e.finding;
  return f.target || f.location?.path || f.foundBy[0]?.report || "(unknown)";
}
function ruleOf(e) {
  return e.rule ? e.rule : e.suppression?.honoured ? "suppressed-by-scanner" : "default-action";
}
function failsGate(e, evaluation) {
  if (e.baseline === "existing") return !1;
  let failOn = evaluation.policy.failOn;
  return e.verdict === "block" ? failOn !== "never" : e.verdict === "warn" && failOn === "warn";
}
function groupBy(items, key) {
  let groups = /* @__PURE__ */ new Map();
  for (let item of items) {
    let k = key(item), group = groups.get(k);
    group ? group.push(item) : groups.set(k, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

// src/reporters/policy-change.ts
function changeLine(c, quote) {
  return `${c.area} ${quote(c.subject)} ${c.kind}: ${quote(c.detail)}`;
}
function decides(c) {
  return `${c.deciding.label} decides`;
}
function policyChangeNotes(evaluation) {
  let c = evaluation.policyChange;
  return c ? [
    `POLICY CHANGED (${plural(c.changes.length, "change")}; ${printableLine(decides(c))})`,
    `  ${printableLine(verdictsLine(c))}`,
    ...c.changes.map((x) => `  ${changeLine(x, (s) => JSON.stringify(printableLine(s)))}`),
    ""
  ] : [];
}
var MIN_LISTED = 10, policyChangeSection = (ev, view) => {
  let c = ev.policyChange;
  if (!c) return;
  let listed = c.changes.slice(0, Math.max(view.rows, MIN_LISTED)), rest = c.changes.length - listed.length;
  return [
    `### Policy changed (${plural(c.changes.length, "change")})`,
    "",
    `**${cell(verdictsLine(c), 300)}.** ${cell(decides(c), 200)}: a change is gated by the policy it starts from, not by the one it proposes.`,
    "",
    ...listed.map((x) => `- ${changeLine(x, (s) => code(s, 200))}`),
    ...rest > 0 ? [`- \u2026and ${plural(rest, "more change")}`] : []
  ];
};

// src/reporters/policy-notes.ts
var WAIVER_LABEL = {
  expired: "EXPIRED",
  "over-long": "OVER-LONG",
  unapproved: "UNAPPROVED",
  unused: "UNUSED",
  "expiring-soon": "EXPIRING",
  active: void 0
};
function policyNotes(evaluation) {
  let out = [...policyChangeNotes(evaluation)], flagged = evaluation.waivers.filter((w) => WAIVER_LABEL[w.status]);
  if (flagged.length > 0) {
    out.push(`WAIVERS (${flagged.length} need attention)`);
    for (let w of flagged) {
      let label = (WAIVER_LABEL[w.status] ?? "").padEnd(9);
      out.push(
        `  ${label} ${printableLine(w.id)} (owner ${printableLine(w.owner)}, ${printableLine(w.source)}): ${printableLine(w.message)}`
      );
    }
    out.push("");
  }
  let layers = Object.entries(evaluation.coverage).map(([l, paths]) => `${l} (${paths.length})`);
  evaluation.reports.length > 0 && out.push(`Evidence: ${layers.join(", ") || "no layer"}`);
  for (let w of evaluation.warnings) out.push(`  warning: ${printableLine(w)}`);
  for (let e of evaluation.errors) out.push(`  ERROR: ${printableLine(e)}`);
  return out;
}

// src/reporters/deadline-notes.ts
function deadlineNotes(evaluation) {
  let out = [], overdue = evaluation.findings.filter((e) => e.deadline?.overdue).length, soon = dueSoon(evaluation.findings).length;
  (overdue > 0 || soon > 0) && out.push(
    `Deadlines: ${overdue} past their remediation deadline, ${soon} fall due within ${DUE_SOON_DAYS} days`
  );
  let budgets = evaluation.budgets ?? [];
  if (budgets.length === 0) return out;
  let exceeded = budgets.filter((b) => b.exceeded.length > 0);
  out.push(`BUDGETS (${exceeded.length} of ${budgets.length} exceeded)`);
  for (let b of [...exceeded, ...budgets.filter((b2) => b2.exceeded.length === 0)]) {
    let counts = budgetCounts(b), label = b.exceeded.length > 0 ? b.action === "block" ? "EXCEEDED" : "OVER" : "ok";
    out.push(`  ${label.padEnd(8)} ${printableLine(b.id)} (${printableLine(b.scope)}): ${counts}`);
  }
  return out.push(""), out;
}
function budgetClause(evaluation) {
  let exceeded = (evaluation.budgets ?? []).filter((b) => b.exceeded.length > 0);
  if (exceeded.length === 0) return "";
  let more = exceeded.length > 1 ? ` (and ${exceeded.length - 1} more budgets)` : "";
  return `; ${printableLine(budgetMessage(exceeded[0]))}${more}`;
}

// src/reporters/console.ts
var COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32, magenta: 35 };
function paint(text, color, ctx) {
  return ctx.color ? `\x1B[${COLORS[color]}m${text}\x1B[0m` : text;
}
var VERDICT_COLOR = {
  block: "red",
  warn: "yellow",
  info: "blue",
  ignored: "gray",
  waived: "gray"
};
function packageLabel(f) {
  return f.package ? `${f.package.name}${f.package.version ? `@${f.package.version}` : ""}` : "";
}
function placeLabel(f, root) {
  return f.location ? `${outputPath(f.location.path, root).path}${f.location.startLine ? `:${f.location.startLine}` : ""}` : f.target ?? "";
}
function assetLabel(e) {
  return e.asset ? `${e.asset} (${e.classification})` : `(${e.classification})`;
}
function findingSubject(f) {
  let pkg = packageLabel(f), where = placeLabel(f);
  return pkg && where ? `${pkg} ${where}` : pkg || where;
}
var SEVERITY_COLOR = {
  critical: "magenta",
  high: "red",
  medium: "yellow",
  low: "blue",
  info: "gray",
  unknown: "gray"
}, plain = printableLine, MAX_COLUMN = 40;
function columnsFor(findings) {
  let width = (values) => Math.min(
    MAX_COLUMN,
    values.reduce((max, v) => Math.max(max, v.length), 0)
  );
  return {
    asset: width(findings.map(assetLabel)),
    id: width(findings.map((e) => e.finding.id)),
    pkg: width(findings.map((e) => packageLabel(e.finding))),
    where: width(findings.map((e) => placeLabel(e.finding)))
  };
}
function line(e, cols, ctx) {
  let f = e.finding, severity = paint(e.effectiveSeverity.padEnd(8), SEVERITY_COLOR[e.effectiveSeverity], ctx), tools = [...new Set(f.foundBy.map((s) => s.tool))].join("+"), fix = f.fix?.available ? ` fix: ${f.fix.versions.join(", ") || "available"}` : "", waived = e.waiver ? ` (waived by ${e.waiver.owner} until ${e.waiver.expires})` : "", existing2 = e.baseline === "existing" ? " (existing)" : "", suppressed = e.suppression ? ` (suppressed by ${e.suppression.kind}, ${e.suppression.honoured ? "honoured" : "not honoured"})` : "", due = e.deadline ? ` (${deadlineLabel(e.deadline)})` : "", marks = waived + existing2 + suppressed + due, mark = marks ? paint(plain(marks), "gray", ctx) : "", cells = [
    [f.id, cols.id],
    [packageLabel(f), cols.pkg],
    [placeLabel(f), cols.where],
    [assetLabel(e), cols.asset]
  ].filter(([, width]) => width > 0).map(([value, width]) => plain(value).padEnd(width)), text = `  ${severity}  ${cells.join("  ")}  ${plain(f.title)} [${tools}]${plain(fix)}${mark}`;
  return ctx.verbosity === "verbose" && (text += verboseDetail(e, ctx)), text;
}
function verboseDetail(e, ctx) {
  let f = e.finding;
  return [
    `why: ${e.reason}`,
    e.asset ? `asset: ${e.asset} (${e.classification})${e.assetVia ? ` via ${e.assetVia}` : ""}` : "",
    e.waiver ? `waiver: ${e.waiver.id} by ${e.waiver.owner} until ${e.waiver.expires}: ${e.waiver.reason}` : "",
    e.matchedRules.length > 0 ? `rules matched: ${e.matchedRules.join(", ")}` : "",
    `found by: ${f.foundBy.map((s) => `${s.tool} (${s.report})`).join(", ")}`,
    f.aliases.length > 0 ? `aliases: ${f.aliases.join(", ")}` : "",
    exploitLine(e),
    f.url ? `see: ${f.url}` : "",
    `fingerprint: ${f.fingerprint}${e.baseline ? ` (${e.baseline})` : ""}`,
    e.deadline ? `deadline: ${e.deadline.deadline}; first seen ${e.deadline.firstSeen} (${e.deadline.firstSeenFrom})` : ""
  ].filter(Boolean).map((d) => `
            ${paint(plain(d), "gray", ctx)}`).join("");
}
function exploitLine(e) {
  let signals = exploitSignals(e.finding, e.enrichment);
  return signals ? `exploit: ${signals}` : "";
}
function groupHeader(verdict2, group, ctx) {
  let existing2 = group.filter((e) => e.baseline === "existing").length, counts = existing2 > 0 ? `${group.length}: ${group.length - existing2} new, ${existing2} existing` : `${group.length}`;
  return paint(`${verdict2.toUpperCase()} (${counts})`, VERDICT_COLOR[verdict2], ctx);
}
function totalsLine(evaluation) {
  let c = evaluation.counts, bySeverity = SEVERITIES.filter((s) => c.bySeverity[s] > 0).map((s) => `${c.bySeverity[s]} ${s}`).join(", "), byVerdict = VERDICTS.filter((v) => c.byVerdict[v] > 0).map((v) => `${c.byVerdict[v]} ${v}`).join(", "), text = `${c.total} findings from ${evaluation.reports.length} reports` + (c.total > 0 ? `: ${bySeverity} | ${byVerdict}` : ""), en = evaluation.enrichment;
  if (en) {
    let from = en.catalogs.map((c2) => `${plain(c2.label)} (${plain(c2.file)})`).join(", ");
    text += `
enriched ${plural(en.enriched, "finding")} with KEV/EPSS from ${from}`;
  }
  let b = evaluation.baseline;
  return b && (text += `
baseline ${plain(b.file)}: ${b.existing} existing, ${b.new} new, ${b.gone} fixed since`), text;
}
var NAMED_IN_OUTCOME = 5;
function outcomeLine(evaluation, ctx) {
  let deciding = decidingFindings(evaluation), blocking3 = deciding.filter((e) => e.verdict === "block"), warnings3 = deciding.filter((e) => e.verdict === "warn").length, color = evaluation.outcome === "fail" ? "red" : evaluation.outcome === "warn" ? "yellow" : "green", word = evaluation.errors.length > 0 ? "CANNOT DECIDE (missing or stale evidence)" : { fail: "BLOCKED", warn: "PASSED WITH WARNINGS", pass: "PASSED" }[evaluation.outcome], ids = [...new Set(blocking3.map((e) => plain(e.finding.id)))], named = ids.length === 0 ? "" : `: ${ids.slice(0, NAMED_IN_OUTCOME).join(", ")}${ids.length > NAMED_IN_OUTCOME ? ", ..." : ""}`, scope = evaluation.baseline ? "new " : "", overdue = evaluation.baseline ? blocking3.filter((e) => e.baseline === "existing").length : 0, count = overdue > 0 ? `${blocking3.length - overdue} new, ${overdue} past deadline` : "", blockingText = count ? `${count} blocking` : `${blocking3.length} ${scope}blocking`;
  return `${paint(`ztgate: ${word}`, color, ctx)} (${blockingText}${named}; ${warnings3} ${scope}warning${budgetClause(evaluation)}; policy ${plain(evaluation.policy.source)})`;
}
var consoleReporter = {
  id: "console",
  description: "findings grouped by verdict and severity in aligned columns, totals and the outcome",
  render(evaluation, ctx) {
    let out = [];
    if (ctx.verbosity !== "quiet") {
      let byVerdict = groupByVerdict(evaluation.findings), groups = VERDICT_DISPLAY_ORDER.flatMap((verdict2) => {
        let all = byVerdict.get(verdict2);
        return all ? [{ verdict: verdict2, all, listed: listedOf(all, ctx.maxListed) }] : [];
      }), cols = columnsFor(groups.flatMap((g) => g.listed));
      for (let { verdict: verdict2, all, listed } of groups) {
        out.push(groupHeader(verdict2, all, ctx));
        for (let e of listed) out.push(line(e, cols, ctx));
        listed.length < all.length && out.push(notListed(verdict2, all.length - listed.length, ctx)), out.push("");
      }
      out.push(totalsLine(evaluation)), out.push(...deadlineNotes(evaluation)), out.push(...policyNotes(evaluation));
    }
    return out.push(outcomeLine(evaluation, ctx)), printableText(out.join(`
`) + `
`, { allow: ctx.color ? CONSOLE_COLOURS : void 0 });
  }
};
function groupByVerdict(findings) {
  let groups = /* @__PURE__ */ new Map();
  for (let e of findings) {
    let group = groups.get(e.verdict);
    group ? group.push(e) : groups.set(e.verdict, [e]);
  }
  return groups;
}
function listedOf(group, max) {
  return max === void 0 || max <= 0 || group.length <= max ? group : group.slice(0, max);
}
function notListed(verdict2, count, ctx) {
  return paint(
    `  ... and ${count} more ${verdict2} findings (--max-listed 0 lists all; -o json, sarif or html writes every finding)`,
    "gray",
    ctx
  );
}

// src/reporters/annotations.ts
var WORKFLOW_ANNOTATIONS_PER_LEVEL = 10, LEVEL_OF = {
  block: "error",
  warn: "warning",
  info: "notice"
}, VERDICT_RANK = { block: 0, warn: 1, info: 2, waived: 3, ignored: 4 }, existing = (e) => e.baseline === "existing" ? 1 : 0;
function rankedAnnotations(evaluation, options = {}) {
  let changedFiles = options.changedFiles ?? /* @__PURE__ */ new Set(), inChange = (e) => e.finding.location && changedFiles.has(outputPath(e.finding.location.path, options.root).path) ? 0 : 1;
  return evaluation.findings.filter((e) => LEVEL_OF[e.verdict]).map((e, index) => ({ e, index })).sort(
    (a, b) => VERDICT_RANK[a.e.verdict] - VERDICT_RANK[b.e.verdict] || existing(a.e) - existing(b.e) || inChange(a.e) - inChange(b.e) || severityRank(b.e.effectiveSeverity) - severityRank(a.e.effectiveSeverity) || a.index - b.index
  ).map(({ e }) => toAnnotation(e, options));
}
function selectAnnotations(evaluation, options = {}) {
  let perLevel = options.perLevel ?? WORKFLOW_ANNOTATIONS_PER_LEVEL, limit = (level) => Math.max(0, perLevel - (options.reserved?.[level] ?? 0)), used = { error: 0, warning: 0, notice: 0 }, omitted = { error: 0, warning: 0, notice: 0 }, shown = [];
  for (let a of rankedAnnotations(evaluation, options))
    used[a.level] < limit(a.level) ? (used[a.level]++, shown.push(a)) : omitted[a.level]++;
  return { shown, omitted };
}
function toAnnotation(e, options) {
  let f = e.finding, fix = f.fix?.available ? ` Fix: ${f.fix.versions.join(", ") || "available"}.` : "", subject = findingSubject(f), place2 = f.location ? outputPath(f.location.path, options.root) : void 0, outside = place2 && !place2.inRepository ? ` At ${place2.path} (outside the repository).` : "", warnOnly = options.warnOnly && e.verdict === "block";
  return {
    level: warnOnly ? "warning" : LEVEL_OF[e.verdict] ?? "notice",
    title: printableLine(
      `ztgate ${warnOnly ? "block (warn-only)" : e.verdict}: ${e.effectiveSeverity} ${f.id}`
    ),
    message: printableLine(
      `${f.title}${subject ? ` (${subject})` : ""}.${fix} ${capitalise(e.reason).replace(/\.$/, "")}.${outside}`
    ),
    ...f.location && place2?.inRepository ? {
      file: printableLine(place2.path),
      startLine: f.location.startLine,
      endLine: f.location.endLine
    } : {},
    finding: e
  };
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(a) {
  let list = [
    ["file", a.file],
    ["line", a.file ? a.startLine : void 0],
    ["endLine", a.file ? a.endLine : void 0],
    ["title", a.title]
  ].filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${a.level} ${list}::${escapeData(a.message)}`;
}
var annotationsReporter = {
  id: "annotations",
  description: "GitHub workflow-command annotations (10 per level, blocking first)",
  workflowCommands: !0,
  render(evaluation, ctx) {
    let { shown } = selectAnnotations(evaluation, { root: ctx.workspace });
    return shown.map((a) => workflowCommand(a) + `
`).join("");
  }
}, CHECK_LEVEL = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
function checkAnnotations(evaluation, changedFiles, max, options = {}) {
  return rankedAnnotations(evaluation, { ...options, changedFiles }).filter((a) => a.file).slice(0, max).map((a) => {
    let start = a.startLine && a.startLine > 0 ? a.startLine : 1;
    return {
      path: a.file ?? "",
      start_line: start,
      end_line: a.endLine && a.endLine >= start ? a.endLine : start,
      annotation_level: CHECK_LEVEL[a.level],
      title: a.title.slice(0, 255),
      message: a.message.slice(0, 6e4)
    };
  });
}

// src/reporters/json.ts
var json = {
  id: "json",
  description: "the full evaluation (every finding, verdict, rule and count) as JSON",
  render: (evaluation, context) => safeJson({ tool: "ztgate", version: context.version, ...evaluation }, 2) + `
`
};

// src/reporters/markdown-policy.ts
var evidence = (ev) => {
  if (!(ev.errors.length === 0 && ev.warnings.length === 0))
    return [
      "### Evidence",
      "",
      ...ev.errors.map((e) => `- \u26D4 ${cell(e, 300)}`),
      ...ev.warnings.map((w) => `- \u26A0\uFE0F ${cell(w, 300)}`)
    ];
}, WAIVER_LABEL2 = {
  expired: "\u26D4 expired",
  "over-long": "\u26D4 over-long",
  unapproved: "\u26D4 unapproved",
  "expiring-soon": "\u23F3 expires within 14 days",
  unused: "\u{1F4A4} unused",
  active: void 0
}, waivers = (ev, view) => {
  let flagged = ev.waivers.filter((w) => WAIVER_LABEL2[w.status]);
  if (flagged.length === 0) return;
  let rows = flagged.slice(0, Math.max(view.rows, 5)).map((w) => [
    code(w.id, 60),
    WAIVER_LABEL2[w.status] ?? "",
    cell(w.owner, 60),
    w.expires,
    String(w.findings),
    cell(w.message, 160)
  ]);
  return [
    `### Waivers that need attention (${flagged.length})`,
    "",
    ...table(["waiver", "status", "owner", "expires", "findings", "what to do"], rows)
  ];
}, coverage = (ev, view) => {
  if (view.variant !== "summary" && ev.errors.length === 0) return;
  let rows = LAYERS.map((l) => {
    let paths = ev.coverage[l] ?? [];
    return [
      l,
      paths.length ? `\u2705 ${plural(paths.length, "report")}` : "\u2014 no report",
      paths.slice(0, 3).map((p) => code(p, 60)).join(" ")
    ];
  });
  return ["### Layer coverage", "", ...table(["layer", "evidence", "reports"], rows)];
}, assetEvidence = (ev, view) => {
  let assets = ev.assetEvidence ?? [];
  if (assets.length === 0 || view.variant !== "summary" && ev.errors.length === 0)
    return;
  let shown = LAYERS.filter((l) => assets.some((a) => a.layers[l] || a.required.includes(l)));
  if (shown.length === 0) return;
  let rows = assets.slice(0, Math.max(view.rows, 5)).map((a) => [
    cell(a.asset, 40),
    a.classification,
    ...shown.map((l) => {
      let n = a.layers[l]?.length ?? 0;
      return n ? `\u2705 ${plural(n, "report")}${a.required.includes(l) ? " (required)" : ""}` : a.required.includes(l) ? "\u26D4 required, no report" : "\u2014";
    })
  ]);
  return ["### Evidence per asset", "", ...table(["asset", "classification", ...shown], rows)];
}, MARK = [
  ["block", "\u274C"],
  ["warn", "\u26A0\uFE0F"],
  ["info", "\u2139\uFE0F"]
], posture = (ev, view) => {
  let gating = ev.findings.filter((e) => e.controls.length > 0 && e.verdict !== "ignored");
  if (gating.length === 0 || view.rows === 0) return;
  let assetOf2 = (a) => a ?? "(no asset)", assets = [...new Set(gating.map((e) => assetOf2(e.asset)))].sort().slice(0, 8), rows = [...new Set(gating.flatMap((e) => e.controls))].sort().slice(0, 30).map((c) => [
    code(c, 40),
    ...assets.map((a) => {
      let here = gating.filter((e) => assetOf2(e.asset) === a && e.controls.includes(c));
      for (let [verdict2, mark] of MARK) {
        let n = here.filter((e) => e.verdict === verdict2).length;
        if (n) return `${mark} ${n}`;
      }
      return here.length ? `\u2705 ${here.length} waived` : "\u2705";
    })
  ]), body = table(["control", ...assets.map((a) => cell(a, 40))], rows);
  return view.variant === "summary" ? ["### Posture per control and asset", "", ...body] : details("Posture per control and asset", body);
};

// src/reporters/markdown-deadlines.ts
var budgetsSection = (ev) => {
  let budgets = ev.budgets ?? [];
  return budgets.length === 0 ? void 0 : ["### Budgets", "", ...budgets.map((b) => {
    if (b.exceeded.length > 0)
      return `- ${b.action === "block" ? "\u26D4" : "\u26A0\uFE0F"} ${cell(budgetMessage(b), 300)}`;
    let counts = budgetCounts(b);
    return `- \u2705 budget ${code(b.id, 60)} (${cell(b.scope, 80)}): ${counts}`;
  })];
};
function dueLine(e) {
  let pkg = packageLabel(e.finding), d = e.deadline;
  return `- **${e.effectiveSeverity}** ${cell(e.finding.id, 40)}${pkg ? ` \xB7 ${cell(pkg, 50)}` : ""} \xB7 ${e.asset ? `${cell(e.asset, 40)} (${e.classification})` : e.classification} \xB7 ${deadlineLabel(d)} (${cell(d.deadline, 60)}, first seen ${d.firstSeen})`;
}
var deadlinesSection = (ev, view) => {
  let overdue = ev.findings.filter((e) => e.deadline?.overdue), soon = dueSoon(ev.findings).sort((a, b) => a.deadline.daysLeft - b.deadline.daysLeft);
  if (overdue.length === 0 && soon.length === 0) return;
  let rows = Math.max(view.rows, 5), listed = (list) => [
    ...list.slice(0, rows).map(dueLine),
    ...list.length > rows ? [`- \u2026and ${plural(list.length - rows, "more finding")}`] : []
  ], out = ["### Remediation deadlines", ""];
  return overdue.length > 0 && out.push(`**${plural(overdue.length, "finding")} past the deadline**`, "", ...listed(overdue)), soon.length > 0 && (overdue.length > 0 && out.push(""), out.push(`**Falls due within ${DUE_SOON_DAYS} days (${soon.length})**`, "", ...listed(soon))), out;
};

// src/reporters/markdown-severity.ts
function severitySource(ev) {
  let unscored = ev.findings.find((e) => e.finding.severity === "unknown");
  return unscored ? `severity: the scanner's; unscored findings counted as ${unscored.effectiveSeverity} (settings.unknown-severity)` : "severity: the scanner's";
}

// src/reporters/markdown-sections.ts
var HEADLINE = {
  fail: "\u274C ztgate: blocked",
  warn: "\u26A0\uFE0F ztgate: passed with warnings",
  pass: "\u2705 ztgate: passed"
}, verdictLine = (ev) => {
  let v = ev.counts.byVerdict;
  return [
    `## ${ev.errors.length ? "\u26D4 ztgate: could not decide (missing or stale evidence)" : HEADLINE[ev.outcome]}`,
    "",
    `**${plural(v.block, "blocking finding")}**, ${plural(v.warn, "warning")}, ${v.info} info, ${v.waived} waived, ${v.ignored} ignored \u2014 ${plural(ev.counts.total, "finding")} from ${plural(ev.reports.length, "report")}; policy ${code(ev.policy.source)} (fail on ${ev.policy.failOn}).`
  ];
}, baseline = (ev) => {
  let b = ev.baseline;
  if (b)
    return [
      `Baseline ${code(b.file)}: ${b.new} new, ${b.existing} existing (shown, not deciding), ${b.gone} fixed since.`
    ];
}, notes = (_ev, view) => (
  // Blank lines between: notes joined by one newline are one quote, later markers literal.
  view.notes.length ? [view.notes.map((n) => `> [!NOTE]
> ${cell(n, 500)}`).join(`

`)] : void 0
), countsTable = (ev) => {
  if (ev.counts.total === 0) return;
  let layers = LAYERS.filter((l) => ev.findings.some((e) => e.finding.layer === l)), rows = SEVERITIES.filter((s) => ev.counts.bySeverity[s] > 0).map((s) => [
    s,
    ...layers.map((l) => {
      let n = ev.findings.filter(
        (e) => e.effectiveSeverity === s && e.finding.layer === l
      ).length;
      return n ? String(n) : "\xB7";
    }),
    `**${ev.counts.bySeverity[s]}**`
  ]);
  return [
    "### Findings by severity and layer",
    "",
    ...table(["severity", ...layers, "total"], rows),
    "",
    `<sub>${severitySource(ev)}</sub>`
  ];
};
function location(f) {
  let pkg = packageLabel(f), where = placeLabel(f);
  return [pkg && code(pkg, 80), where && code(where, 100)].filter(Boolean).join("<br>");
}
function findingRow(e) {
  let f = e.finding, url = f.url && linkUrl(f.url), id = url ? `[${cell(f.id, 60)}](${url})` : cell(f.id, 60), fix = f.fix?.available ? cell(f.fix.versions.join(", ") || "available", 60) : "none", tools = cell([...new Set(f.foundBy.map((s) => s.tool))].join(", "), 40);
  return [
    e.effectiveSeverity,
    `${e.baseline === "existing" ? `${id} (existing)` : id}${deadlineNote(e)}`,
    `${cell(f.title, 100)}${suppressionNote(e)}<br><sub>${tools}</sub>`,
    `${location(f)}<br>fix: ${fix}`,
    e.rule ? code(e.rule, 60) : "default",
    e.asset ? `${cell(e.asset, 40)} (${e.classification})` : e.classification
  ];
}
function deadlineNote(e) {
  return e.deadline ? `<br><sub>${deadlineLabel(e.deadline)}</sub>` : "";
}
function suppressionNote(e) {
  if (!e.suppression) return "";
  let held = e.suppression.honoured ? "honoured" : "not honoured";
  return ` (suppressed by ${cell(e.suppression.kind, 60)}, ${held})`;
}
var FINDING_HEADER = [
  "severity",
  "id",
  "title (found by)",
  "package / location / fix",
  "rule",
  "asset (classification)"
];
function findingTable(ev, view, verdicts) {
  let list = ev.findings.filter((e) => verdicts.includes(e.verdict)), shown = list.slice(0, view.rows), out = shown.length ? table(FINDING_HEADER, shown.map(findingRow)) : [], rest = list.length - shown.length;
  return rest > 0 && out.push("", `\u2026and ${plural(rest, "more finding")} not listed here${moreWhere(view)}.`), out;
}
function runLink(view) {
  return view.variant !== "summary" && view.runUrl ? linkUrl(view.runUrl) : void 0;
}
function moreWhere(view) {
  let run = runLink(view);
  return run ? ` (see the [job summary](${run}))` : " (see the JSON or SARIF output)";
}
var blocking = (ev, view) => {
  if (ev.counts.byVerdict.block !== 0)
    return ["### Blocking findings", "", ...findingTable(ev, view, ["block"])];
}, warnings = (ev, view) => {
  let n = ev.counts.byVerdict.warn;
  if (n === 0) return;
  let body = findingTable(ev, view, ["warn"]);
  return view.variant === "summary" ? ["### Warnings", "", ...body] : details(`${plural(n, "warning")}`, body);
}, others = (ev, view) => {
  let v = ev.counts.byVerdict, n = v.info + v.waived + v.ignored;
  if (!(!view.others || n === 0))
    return details(
      `${plural(n, "other finding")} (${v.info} info, ${v.waived} waived, ${v.ignored} ignored)`,
      findingTable(ev, view, ["info", "waived", "ignored"])
    );
}, reports = (ev, view) => {
  if (!(view.variant !== "summary" || ev.reports.length === 0))
    return details(
      `${plural(ev.reports.length, "report")} read`,
      table(
        ["report", "format", "findings"],
        ev.reports.slice(0, 200).map((r) => [code(r.path), r.format, String(r.findings)])
      )
    );
}, footer = (ev, view) => [
  `<sub>ztgate ${cell(view.version, 20)} \xB7 evaluated ${ev.evaluatedAt}${runLink(view) ? ` \xB7 [full report](${runLink(view)})` : ""}</sub>`
], SECTIONS = [
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
  footer
], markdownSections = {
  baseline,
  budgetsSection,
  deadlinesSection,
  notes,
  countsTable,
  posture
};

// src/reporters/markdown-finding-line.ts
function findingLine(e, view) {
  let f = e.finding, url = f.url && linkUrl(f.url), id = url ? `[${cell(f.id, 40)}](${url})` : cell(f.id, 40), pkg = packageLabel(f), fix = f.fix?.available ? f.fix.versions.slice(0, 2).join(", ") : "", what = pkg ? `${cell(pkg, 50)} \u2192 ${fix ? cell(fix, 30) : "no fix"}` : "", marks = [
    e.baseline === "existing" ? "existing" : "",
    e.suppression ? `suppressed by ${cell(e.suppression.kind, 30)}, ${e.suppression.honoured ? "honoured" : "not honoured"}` : "",
    e.waiver ? `waived by ${cell(e.waiver.owner, 40)} until ${e.waiver.expires}` : "",
    e.deadline ? deadlineLabel(e.deadline) : ""
  ].filter(Boolean);
  return `- ${[
    `**${e.effectiveSeverity}** ${id}`,
    what,
    place(f, view),
    marks.length ? `(${marks.join("; ")})` : ""
  ].filter(Boolean).join(" \xB7 ")}`;
}
function place(f, view) {
  let label = placeLabel(f);
  if (!label) return "";
  let path = f.location?.path, href = path && view.blobUrl ? blobLink(view.blobUrl, path, f.location?.startLine) : "";
  return href ? `[${cell(label, 60)}](${href})` : cell(label, 60);
}
function blobLink(base, path, line2) {
  let clean = path.replace(/^\.\//, "");
  if (/^(\/|[a-z]+:|\.\.(\/|$))/i.test(clean) || clean.split("/").includes("..")) return;
  let encoded = clean.split("/").map(encodeURIComponent).join("/");
  return linkUrl(`${base}${encoded}${line2 ? `#L${line2}` : ""}`);
}

// src/reporters/markdown-comment.ts
var NAMED_IN_REASON = 3, VISIBLE_ROWS = 25, COLLAPSED_ROWS = 100, HEADLINE2 = {
  fail: "\u274C ztgate: blocked",
  warn: "\u26A0\uFE0F ztgate: passed with warnings",
  pass: "\u2705 ztgate: passed"
}, verdict = (ev) => {
  if (ev.errors.length > 0)
    return [
      "## \u26D4 ztgate: could not decide (missing or stale evidence)",
      "",
      `**${cell(ev.errors[0], 200)}**${ev.errors.length > 1 ? ` (and ${ev.errors.length - 1} more)` : ""}`
    ];
  let deciding = decidingFindings(ev), blocking3 = deciding.filter((e) => e.verdict === "block"), warnings3 = deciding.filter((e) => e.verdict === "warn").length, ids = [...new Set(blocking3.map((e) => e.finding.id))], named = ids.length ? ` (${ids.slice(0, NAMED_IN_REASON).map((id) => cell(id, 40)).join(", ")}${ids.length > NAMED_IN_REASON ? ", \u2026" : ""})` : "", scope = ev.baseline ? "new " : "";
  return [
    `## ${HEADLINE2[ev.outcome]}`,
    "",
    `**${plural(blocking3.length, `${scope}blocking finding`)}**${named} \xB7 ${plural(warnings3, `${scope}warning`)} \xB7 ${plural(ev.counts.total, "finding")} from ${plural(ev.reports.length, "report")} \xB7 policy ${code(ev.policy.source, 60)} (fail on ${ev.policy.failOn})` + exceededBudgets(ev)
  ];
};
function exceededBudgets(ev) {
  let ids = (ev.budgets ?? []).filter((b) => b.exceeded.length > 0).map((b) => b.id);
  return ids.length === 0 ? "" : ` \xB7 **${plural(ids.length, "budget")} exceeded** (${ids.map((id) => code(id, 40)).join(", ")})`;
}
var UNASSIGNED = "(no asset)";
function byAssetAndRule(list) {
  let groups = /* @__PURE__ */ new Map();
  for (let e of list) {
    let key = `${e.asset ?? UNASSIGNED}\0${ruleOf(e)}`, group = groups.get(key);
    group ? group.push(e) : groups.set(key, [e]);
  }
  let rank = (g) => classificationRank(g[0].classification), name = (g) => g[0].asset ?? UNASSIGNED;
  return [...groups.values()].sort(
    (a, b) => rank(b) - rank(a) || name(a).localeCompare(name(b)) || ruleOf(a[0]).localeCompare(ruleOf(b[0]))
  );
}
function groupHeading(group) {
  let e = group[0];
  return `**${cell(e.asset ?? UNASSIGNED, 60)}** \xB7 ${e.classification} \xB7 rule ${code(ruleOf(e), 60)} (${group.length})`;
}
function groupedLines(list, view, most) {
  let out = [], rows = Math.min(view.rows, most), shownCount = 0;
  for (let group of byAssetAndRule(list)) {
    if (shownCount >= rows) break;
    let shown = group.slice(0, rows - shownCount);
    shownCount += shown.length, out.push(groupHeading(group), "", ...shown.map((e) => findingLine(e, view)), "");
  }
  let rest = list.length - shownCount;
  return rest > 0 ? out.push(
    `\u2026and ${plural(rest, "more finding")} not listed here (see the ${summaryLink(view)}).`
  ) : out.at(-1) === "" && out.pop(), out;
}
function summaryLink(view) {
  return view.runUrl ? `[job summary](${view.runUrl})` : "job summary";
}
var blocking2 = (ev, view) => {
  let list = ev.findings.filter((e) => e.verdict === "block");
  if (list.length !== 0)
    return [`### Blocking findings (${list.length})`, "", ...groupedLines(list, view, VISIBLE_ROWS)];
}, WAIVER_LABEL3 = {
  expired: "\u26D4 expired",
  "over-long": "\u26D4 over-long",
  unapproved: "\u26D4 unapproved",
  "expiring-soon": "\u23F3 expires soon",
  unused: "\u{1F4A4} unused",
  active: void 0
}, attention = (ev, view) => {
  let flagged = ev.waivers.filter((w) => WAIVER_LABEL3[w.status]), lines = [
    ...ev.errors.map((e) => `- \u26D4 evidence: ${cell(e, 200)}`),
    ...ev.warnings.map((w) => `- \u26A0\uFE0F evidence: ${cell(w, 200)}`),
    ...flagged.slice(0, Math.max(view.rows, 5)).map(
      (w) => `- ${WAIVER_LABEL3[w.status] ?? ""} waiver ${code(w.id, 60)} (${cell(w.owner, 60)}, expires ${w.expires}): ${cell(w.message, 160)}`
    )
  ];
  return flagged.length > Math.max(view.rows, 5) && lines.push(`- \u2026and ${flagged.length - Math.max(view.rows, 5)} more waivers`), lines.length ? ["### Needs attention", "", ...lines] : void 0;
}, warnings2 = (ev, view) => {
  let list = ev.findings.filter((e) => e.verdict === "warn");
  if (!(list.length === 0 || view.rows === 0))
    return details(plural(list.length, "warning"), groupedLines(list, view, COLLAPSED_ROWS));
}, others2 = (ev, view) => {
  let list = ev.findings.filter(
    (e) => e.verdict === "info" || e.verdict === "waived" || e.verdict === "ignored"
  );
  if (!view.others || list.length === 0) return;
  let v = ev.counts.byVerdict;
  return details(
    `${plural(list.length, "other finding")} (${v.info} info, ${v.waived} waived, ${v.ignored} ignored)`,
    groupedLines(list, view, COLLAPSED_ROWS)
  );
}, collapsedCounts = (ev, view) => {
  let table2 = markdownSections.countsTable(ev, view);
  return table2 ? details("Findings by severity and layer", table2.slice(2)) : void 0;
}, footer2 = (ev, view) => [
  `<sub>${[
    severitySource(ev),
    `ztgate ${cell(view.version, 20)}`,
    `evaluated ${ev.evaluatedAt}`,
    view.runUrl ? `[full report](${view.runUrl})` : ""
  ].filter(Boolean).join(" \xB7 ")}</sub>`
], COMPACT_SECTIONS = [
  verdict,
  // A pull request that changes the policy is told so first: its own verdict beside the one
  // that decides (the base commit's policy).
  policyChangeSection,
  markdownSections.baseline,
  markdownSections.budgetsSection,
  markdownSections.notes,
  blocking2,
  markdownSections.deadlinesSection,
  attention,
  warnings2,
  collapsedCounts,
  markdownSections.posture,
  others2,
  footer2
];

// src/reporters/markdown.ts
var MARKDOWN_LIMITS = {
  summary: 1024 * 1024 - 1,
  // job summary: 1 MiB per step
  comment: 65535,
  // issue comment body
  check: 65534
  // check run output.summary
}, DETAIL = [
  { rows: 1e3, others: !0 },
  { rows: 100, others: !0 },
  { rows: 100, others: !1 },
  { rows: 25, others: !1 },
  { rows: 5, others: !1 },
  { rows: 0, others: !1 }
];
function renderMarkdown(evaluation, context, options) {
  let max = options.maxSize ?? MARKDOWN_LIMITS[options.variant], text = "";
  for (let detail of DETAIL)
    if (text = assemble(
      evaluation,
      {
        ...detail,
        variant: options.variant,
        notes: options.notes ?? [],
        runUrl: options.runUrl,
        blobUrl: options.blobUrl,
        version: context.version
      },
      options.marker,
      options.key
    ), sizeOf(text) <= max) return text;
  return truncate(text, max);
}
function assemble(evaluation, view, marker, key) {
  let body = (view.variant === "summary" ? SECTIONS : COMPACT_SECTIONS).map((s) => s(evaluation, view)).filter((p) => p !== void 0).map((p) => p.join(`
`)).join(`

`);
  return `${marker ? `${marker}
` : ""}${body}
${keyLine(key)}`;
}
function keyLine(key) {
  return key === void 0 ? "" : `
<sub>ztgate gate: ${cell(key, 100)}</sub>
`;
}
function truncate(text, max) {
  let tail = `

\u2026(truncated to fit GitHub's size limit)
`, cut = text.slice(0, Math.max(0, max - sizeOf(tail)));
  for (; sizeOf(cut) + sizeOf(tail) > max; ) cut = cut.slice(0, -1);
  return cut + tail;
}
function renderUndecidedMarkdown(reason, context, options) {
  return [
    ...options.marker ? [options.marker] : [],
    "## \u26D4 ztgate: could not decide",
    "",
    `The gate failed closed: ${cell(reason, 2e3)}`,
    "",
    "Missing, empty or unreadable evidence, or an invalid policy, is never a pass.",
    ...(options.notes ?? []).map((n) => `
> [!NOTE]
> ${cell(n, 500)}`),
    "",
    `<sub>ztgate ${cell(context.version, 20)}</sub>`
  ].join(`
`) + `
` + keyLine(options.key);
}
var markdown = {
  id: "markdown",
  description: "GitHub-flavoured markdown: verdict, counts, blocking findings (the job summary)",
  render: (evaluation, context) => renderMarkdown(evaluation, context, { variant: "summary" })
};

// src/reporters/openvex.ts
import * as crypto from "node:crypto";

// src/reporters/openvex-statement.ts
function vexStatement(e, timestamp) {
  if (e.verdict !== "waived" && e.verdict !== "ignored") return;
  let products = productsOf(e.finding);
  if (!products) return;
  let v = statusOf(e);
  return {
    "@id": `urn:ztgate:finding:${e.finding.fingerprint}`,
    vulnerability: vulnerabilityOf(e.finding),
    timestamp,
    products,
    status: v.status,
    ...v.justification ? { justification: v.justification } : {},
    ...v.impact_statement ? { impact_statement: v.impact_statement } : {},
    ...v.action ? { action_statement: v.action, action_statement_timestamp: timestamp } : {},
    ...v.notes ? { status_notes: v.notes } : {}
  };
}
function statusOf(e) {
  let w = e.waiver;
  if (e.verdict === "waived" && w) {
    let who = `waiver ${w.id} (${w.source}), owner ${w.owner}, until ${w.expires}`, ticket = w.ticket ? `, ticket ${w.ticket}` : "";
    return w.vexJustification ? {
      status: "not_affected",
      justification: w.vexJustification,
      impact_statement: `${w.reason} (${who}${ticket})`
    } : { status: "affected", action: `accepted risk: ${w.reason} (${who}${ticket})` };
  }
  let s = e.suppression;
  return s?.honoured ? s.justification ? {
    status: "not_affected",
    ...isJustification(s.justification) ? { justification: s.justification } : {},
    impact_statement: `${s.kind}: ${s.justification}`
  } : {
    status: "under_investigation",
    notes: `suppressed by ${s.kind} without a justification; honoured by settings.scanner-suppressions`
  } : {
    status: "affected",
    action: `none: ignored by ${e.rule ? `rule ${e.rule}` : "settings.default-action"} (${e.reason})`
  };
}
function isJustification(text) {
  return VEX_JUSTIFICATIONS.includes(text.trim());
}
function vulnerabilityOf(f) {
  let ids = [...new Set([f.id, ...f.aliases].map((id) => id.trim()).filter(Boolean))], name = ids.find((id) => /^CVE-/i.test(id)) ?? f.id, aliases = ids.filter((id) => id !== name);
  return { name, ...aliases.length > 0 ? { aliases } : {} };
}
function productsOf(f) {
  let pkg = f.package ? exactPurl(f.package) : void 0;
  if (f.package && !pkg) return;
  let image = f.layer === "image" && f.target ? ociPurl(f.target) : void 0;
  return image ? [{ "@id": image, ...pkg ? { subcomponents: [{ "@id": pkg }] } : {} }] : pkg ? [{ "@id": pkg }] : void 0;
}
var PURL = /^pkg:[a-z][a-z0-9.+-]*\/(?:[^@?#]*\/)?([^/@?#]+)@([^@?#/]+)(\?[^#]*)?$/i;
function exactPurl(p) {
  let m = p.purl === void 0 || p.version === void 0 ? null : PURL.exec(p.purl);
  if (!m) return;
  let [, name, version, qualifiers] = m.map((part) => decoded(part ?? "")), epoch = /[?&]epoch=([^&]+)/.exec(qualifiers ?? "")?.[1], versions = epoch ? [version, `${epoch}:${version}`] : [version], ownName = p.name.slice(Math.max(p.name.lastIndexOf("/"), p.name.lastIndexOf(":")) + 1);
  if (!(folded(name) !== folded(ownName) || !versions.includes(p.version)))
    return p.purl;
}
function decoded(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return "\0";
  }
}
var folded = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
function ociPurl(ref) {
  let at = ref.indexOf("@"), digest = at === -1 ? void 0 : ref.slice(at + 1);
  if (digest !== void 0 && !/^sha256:[0-9a-f]{64}$/i.test(digest)) return;
  let repo = at === -1 ? ref : ref.slice(0, at), colon = repo.lastIndexOf(":");
  if (colon > repo.lastIndexOf("/")) {
    if (!/^\w[\w.-]*$/.test(repo.slice(colon + 1))) return;
    repo = repo.slice(0, colon);
  }
  if (!/^[a-z0-9][a-z0-9._:/-]*$/i.test(repo)) return;
  repo = repo.toLowerCase();
  let name = repo.slice(repo.lastIndexOf("/") + 1);
  return digest ? `pkg:oci/${name}@${digest.toLowerCase().replace(":", "%3A")}` : `pkg:oci/${name}?repository_url=${dockerHubSpelled(repo)}`;
}
function dockerHubSpelled(repo) {
  let first = repo.split("/")[0];
  return repo.includes("/") && (/[.:]/.test(first) || first === "localhost") ? repo : `index.docker.io/${repo.includes("/") ? repo : `library/${repo}`}`;
}

// src/reporters/openvex.ts
var OPENVEX_CONTEXT = "https://openvex.dev/ns/v0.2.0", openvex = {
  id: "openvex",
  description: "an OpenVEX document: a statement per waived or ignored finding with a package or image",
  render(evaluation, context) {
    let timestamp = evaluation.evaluatedAt, seen = /* @__PURE__ */ new Set(), statements = evaluation.findings.flatMap((e) => {
      let s = vexStatement(e, timestamp);
      return !s || seen.has(s["@id"]) ? [] : (seen.add(s["@id"]), [s]);
    }), id = crypto.createHash("sha256").update(JSON.stringify([timestamp, statements])).digest("hex"), doc = {
      "@context": OPENVEX_CONTEXT,
      "@id": `urn:ztgate:openvex:${id}`,
      author: `ztgate policy ${evaluation.policy.source}`,
      timestamp,
      version: 1,
      tooling: `ztgate ${context.version}`,
      statements
    };
    return safeJson(doc, 2) + `
`;
  }
};

// src/reporters/sarif.ts
import { createRequire } from "node:module";
var requireBuiltin = createRequire(import.meta.url);
function gzipSync(text) {
  return requireBuiltin("node:zlib").gzipSync(text);
}
var SARIF_LIMITS = { results: 25e3, gzippedBytes: 10 * 1e3 * 1e3 }, SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json", INFORMATION_URI = "https://github.com/ztgate/ztgate", LEVEL_OF2 = {
  block: "error",
  warn: "warning",
  info: "note",
  waived: "note",
  ignored: "note"
}, SCORE_OF = {
  critical: 9.5,
  high: 8,
  medium: 5.5,
  low: 2,
  info: 0,
  unknown: 0
};
function score(e) {
  return e.finding.cvss ?? SCORE_OF[e.effectiveSeverity];
}
function bounded(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function artifactUri(path) {
  return wellFormed(path).split("/").map(encodeURIComponent).join("/");
}
function reportPlace(f, root) {
  for (let s of f.foundBy) {
    let p = outputPath(s.report, root);
    if (p.inRepository) return p.path;
  }
  return "ztgate";
}
function helpText(f) {
  let pkg = f.package ? `${f.package.name}${f.package.version ? ` ${f.package.version}` : ""}` : void 0, fix = f.fix?.available ? `Fixed in ${f.fix.versions.join(", ") || "a newer version"}: upgrade${pkg ? ` ${f.package?.name}` : ""}.` : f.package ? "No fixed version is known." : void 0, lines = [
    f.description ?? f.title,
    pkg ? `Package: ${pkg}.` : void 0,
    f.cwe.length ? `Weaknesses: ${f.cwe.join(", ")}.` : void 0,
    fix,
    f.url ? `More: ${f.url}` : void 0
  ].filter((l) => l !== void 0);
  return { text: bounded(lines.join(`

`), 8e3) };
}
function ruleFor(e) {
  let f = e.finding;
  return {
    id: f.id,
    shortDescription: { text: bounded(f.title || f.id, 1e3) },
    fullDescription: { text: bounded(f.description ?? f.title ?? f.id, 4e3) },
    help: helpText(f),
    ...f.url && /^https?:\/\//.test(f.url) ? { helpUri: f.url } : {},
    defaultConfiguration: { level: LEVEL_OF2[e.verdict] },
    properties: {
      tags: ["security", f.layer, ...f.cwe].slice(0, 20),
      "security-severity": score(e).toFixed(1),
      precision: "high"
    }
  };
}
function resultFor(e, ruleIndex, ctx) {
  let f = e.finding, place2 = f.location ? outputPath(f.location.path, ctx.workspace) : void 0, inRepo = place2?.inRepository === !0, path = inRepo ? place2.path : reportPlace(f, ctx.workspace), outside = place2 && !inRepo ? ` At ${place2.path} (outside the repository).` : "", region = inRepo && f.location?.startLine && f.location.startLine > 0 ? {
    region: {
      startLine: f.location.startLine,
      ...f.location.endLine && f.location.endLine >= f.location.startLine ? { endLine: f.location.endLine } : {}
    }
  } : {}, subject = findingSubject(f), suppressed = e.verdict === "waived" || e.verdict === "ignored";
  return {
    ruleId: f.id,
    ruleIndex,
    level: LEVEL_OF2[e.verdict],
    message: {
      text: bounded(
        `${f.title}${subject ? ` (${subject})` : ""}. ztgate: ${e.verdict}, ${e.reason.replace(/\.$/, "")}.${outside}`,
        4e3
      )
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(path) },
          ...region
        }
      }
    ],
    partialFingerprints: { "ztgateFingerprint/v1": f.fingerprint },
    ...suppressed ? {
      suppressions: [
        {
          kind: "external",
          // The scanner's words only when its suppression is what held.
          justification: bounded(
            e.suppression?.honoured && f.suppressed?.justification || e.reason,
            1e3
          )
        }
      ]
    } : {},
    properties: {
      verdict: e.verdict,
      ...e.rule ? { rule: e.rule } : {},
      severity: e.effectiveSeverity,
      layer: f.layer,
      foundBy: [...new Set(f.foundBy.map((s) => s.tool))]
    }
  };
}
function buildLog(evaluation, ctx, limit) {
  let kept = evaluation.findings.slice(0, limit), rules = [], index = /* @__PURE__ */ new Map(), results = kept.map((e) => {
    let i = index.get(e.finding.id);
    return i === void 0 ? (i = rules.push(ruleFor(e)) - 1, index.set(e.finding.id, i)) : score(e) > Number(rules[i].properties["security-severity"]) && (rules[i].properties["security-severity"] = score(e).toFixed(1)), resultFor(e, i, ctx);
  }), omitted = evaluation.findings.length - kept.length;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ztgate",
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        results,
        properties: {
          outcome: evaluation.outcome,
          policy: evaluation.policy.source,
          ...omitted > 0 ? { omittedResults: omitted } : {}
        }
      }
    ]
  };
}
function renderSarif(evaluation, ctx, limits = SARIF_LIMITS) {
  let limit = Math.min(evaluation.findings.length, limits.results);
  for (; ; ) {
    let text = safeJson(buildLog(evaluation, ctx, limit), 2) + `
`;
    if (limit === 0 || gzipSync(text).length <= limits.gzippedBytes) return text;
    limit = Math.floor(limit / 2);
  }
}
var sarif = {
  id: "sarif",
  description: "SARIF 2.1.0 for GitHub code scanning (one run, tool ztgate)",
  render: (evaluation, context) => renderSarif(evaluation, context)
};

export {
  VERDICT_DISPLAY_ORDER,
  assetOf,
  ruleOf,
  failsGate,
  groupBy,
  withPolicyChange,
  plural,
  packageLabel,
  placeLabel,
  consoleReporter,
  selectAnnotations,
  workflowCommand,
  annotationsReporter,
  checkAnnotations,
  json,
  renderMarkdown,
  renderUndecidedMarkdown,
  markdown,
  openvex,
  renderSarif,
  sarif
};
