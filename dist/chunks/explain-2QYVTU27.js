import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  readCatalogs
} from "./chunk-TX4A2UTH.js";
import {
  readBaselineFile
} from "./chunk-B536PXOM.js";
import {
  loadPolicy,
  locateRepository,
  resolveReportArgs,
  runCheck
} from "./chunk-YXWZ77PM.js";
import "./chunk-AZ3UIT6N.js";
import {
  exploitSignals
} from "./chunk-UOA6RXNU.js";
import {
  firstSeenDays
} from "./chunk-5WKSFMGQ.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import {
  DEFAULT_SCANNER_SUPPRESSIONS,
  compileLicense,
  compileRange,
  deadlineLabel,
  describeComparison,
  isLicenseFinding,
  lowercaseIdentifiers,
  outsidePaths,
  whetherHonoured
} from "./chunk-QW6IHFNX.js";
import "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import {
  printableLine,
  printableText,
  safeJson
} from "./chunk-H2LZCDX7.js";

// src/commands/explain.ts
import { parseArgs } from "node:util";

// src/commands/explain-versions.ts
function versionNotes(e, policy) {
  let pkg = e.finding.package, notes = [], considered = new Set(e.considered.map((c) => c.rule));
  for (let rule of policy.rules) {
    let text = rule.when.versions;
    if (text === void 0 || !considered.has(rule.id)) continue;
    let range = compileRange(text), how = range.test(pkg) === "unknown" ? "; the rule matched conservatively" : "";
    notes.push(`rule ${rule.id}: ${describeComparison(pkg, range)}${how}`);
  }
  let ids = new Set([e.finding.id, ...e.finding.aliases].map((id) => id.toLowerCase()));
  for (let w of policy.waivers) {
    if (w.spec.versions === void 0 || !ids.has(w.spec.id.toLowerCase())) continue;
    let range = compileRange(w.spec.versions), how = range.test(pkg) === "unknown" ? "; the waiver did not apply" : "";
    notes.push(`waiver ${w.spec.id} (${w.source}): ${describeComparison(pkg, range)}${how}`);
  }
  return notes.map((n) => `  versions:  ${printableLine(n)}`);
}

// src/commands/explain-licenses.ts
function licenseNotes(e, policy) {
  if (!isLicenseFinding(e.finding)) return [];
  let considered = new Set(e.considered.map((c) => c.rule)), notes = [];
  for (let rule of policy.rules) {
    if (rule.when.license === void 0) continue;
    let outcome = compileLicense(rule.when.license, rule.action).explain(e.finding, policy.settings.defaultAction), other = outcome.matches && !considered.has(rule.id) ? "; other conditions did not" : "";
    notes.push(`rule ${rule.id}: ${outcome.why}${other}`);
  }
  return notes.map((n) => `  license:   ${printableLine(n)}`);
}

// src/commands/explain.ts
var explain = {
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
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: {
        policy: { type: "string" },
        baseline: { type: "string" },
        output: { type: "string", short: "o" },
        kev: { type: "string" },
        epss: { type: "string" }
      }
    }), [query, ...reportArgs] = positionals;
    if (!query || reportArgs.length === 0)
      throw new GateError("give a fingerprint or id and the reports (ztgate explain ID REPORT...)");
    let { policyPath, root } = locateRepository(values.policy, io.cwd), policy = await loadPolicy(policyPath, void 0, io.cwd), reports = resolveReportArgs(reportArgs, io.cwd, root), catalogs = readCatalogs({ kev: values.kev, epss: values.epss }, io.cwd), baseline = values.baseline ? readBaselineFile(values.baseline, io.cwd) : void 0, firstSeen = baseline ? firstSeenDays(baseline) : void 0, { evaluation } = runCheck({ reports, policy, now: io.now, root, catalogs, firstSeen }), found = evaluation.findings.filter((e) => matchesQuery(e, query));
    if (found.length === 0)
      throw new GateError(`no finding with fingerprint or id "${query}" in the given reports`);
    if (values.output === "json") io.stdout(safeJson(found, 2) + `
`);
    else {
      let text = found.map((e) => explainText(e, policy, root)).join(`
`);
      io.stdout(`repository root: ${printableLine(root)}

${text}
`);
    }
    return EXIT.pass;
  }
};
function matchesQuery(e, query) {
  let q = query.toLowerCase();
  return q.length >= 6 && e.finding.fingerprint.startsWith(q) ? !0 : lowercaseIdentifiers(e.finding).includes(q);
}
function explainText(e, policy, root) {
  return printableText(explainLines(e, policy, root).join(`
`) + `
`);
}
function explainLines(raw, policy, root) {
  let e = printableFields(raw), f = e.finding, severity = e.effectiveSeverity === f.severity ? f.severity : `${f.severity} (treated as ${e.effectiveSeverity})`, pkg = f.package ? `${f.package.name}@${f.package.version ?? "?"}` : "", where = f.location ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}` : f.target ?? "", fix = f.fix?.available ? `fix ${f.fix.versions.join(", ") || "available"}` : "no fix", lines = [
    [f.id, pkg, where].filter(Boolean).join(" "),
    `  title:     ${f.title}`,
    `  finding:   ${f.layer}, ${severity}, ${fix}; fingerprint ${f.fingerprint}`
  ];
  f.aliases.length > 0 && lines.push(`  aliases:   ${f.aliases.join(", ")}`), lines.push(`  found by:  ${f.foundBy.map((s) => `${s.tool} in ${s.report}`).join("; ")}`);
  let owner = e.owner ? `, owner ${e.owner}` : "";
  lines.push(
    e.asset ? `  asset:     ${e.asset} (${e.classification}${owner}) via ${e.assetVia ?? "?"}` : `  asset:     none matched; default classification ${e.classification}`
  );
  for (let path of root === void 0 ? [] : outsidePaths(f, root))
    lines.push(
      `  outside:   ${path} is outside the repository (${root}): no asset, rule or waiver paths match it`
    );
  lines.push(`  controls:  ${e.controls.join(", ") || "none"}`);
  let signals = exploitSignals(f, e.enrichment);
  if (signals && lines.push(`  exploit:   ${signals}`), e.suppression) {
    let s = e.suppression, why = whetherHonoured(
      s,
      policy.settings.scannerSuppressions ?? DEFAULT_SCANNER_SUPPRESSIONS
    );
    lines.push(`  suppressed: ${s.kind}${s.justification ? ` (${s.justification})` : ""}; ${why}`);
  }
  lines.push("  rules considered:");
  for (let c of e.considered) {
    let mark = c.rule === e.rule ? "  <- decided" : "";
    lines.push(`    ${c.action.padEnd(6)} ${c.rule} (${c.source})${mark}`);
  }
  e.considered.length === 0 && lines.push("    none matched");
  let unmatched = policy.rules.length - e.considered.length;
  if (lines.push(`    (${unmatched} other rule(s) did not match)`), lines.push(...versionNotes(raw, policy)), lines.push(...licenseNotes(raw, policy)), e.waiver) {
    let w = e.waiver, extra = [w.ticket && `ticket ${w.ticket}`, w.approvedBy && `approved by ${w.approvedBy}`].filter(Boolean).join(", ");
    lines.push(
      `  waiver:    ${w.id} by ${w.owner} until ${w.expires} (${w.source}): ${w.reason}${extra ? `; ${extra}` : ""}`
    );
  }
  return e.deadline && lines.push(`  deadline:  ${deadlineText(e.deadline)}`), lines.push(`  verdict:   ${e.verdict.toUpperCase()}: ${e.reason}`), lines;
}
function deadlineText(d) {
  return `${d.deadline} (${d.action}); first seen ${d.firstSeen} (${d.firstSeenFrom}), ${deadlineLabel(d)}`;
}
function printableFields(value) {
  if (typeof value == "string") return printableLine(value);
  if (Array.isArray(value)) return value.map(printableFields);
  if (value && typeof value == "object") {
    let copy = {};
    for (let [k, v] of Object.entries(value)) copy[k] = printableFields(v);
    return copy;
  }
  return value;
}
export {
  explain,
  explainText
};
