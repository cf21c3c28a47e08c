import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  VERDICTS,
  dayOf,
  outcomeOf,
  withBudgetVerdict
} from "./chunk-QW6IHFNX.js";
import {
  earliest,
  parseJsonFile,
  utcDayOf
} from "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// src/gate/first-seen.ts
function checkBaselineDates(createdAt, findings, file) {
  if (findings.forEach((e, i) => {
    if (e.firstSeen !== void 0 && (typeof e.firstSeen != "string" || utcDayOf(e.firstSeen) === void 0))
      throw new GateError(
        `baseline findings[${i}] (${JSON.stringify(e.fingerprint)}): firstSeen ${JSON.stringify(e.firstSeen)} is not a date (YYYY-MM-DD)`,
        { file }
      );
  }), findings.some((e) => e.firstSeen === void 0) && (typeof createdAt != "string" || utcDayOf(createdAt) === void 0))
    throw new GateError(
      `baseline createdAt ${JSON.stringify(createdAt)} is not a date, and entries without firstSeen take it as their first-seen day`,
      { file }
    );
}
function firstSeenDays(baseline) {
  let fallback = utcDayOf(baseline.createdAt), days = /* @__PURE__ */ new Map();
  for (let e of baseline.findings) {
    let day = e.firstSeen === void 0 ? fallback : utcDayOf(e.firstSeen), known = days.get(e.fingerprint);
    day !== void 0 && (known === void 0 || day < known) && days.set(e.fingerprint, day);
  }
  return days;
}

// src/gate/baseline.ts
var BASELINE_FORMAT = "ztgate-baseline", BASELINE_VERSION = 1;
function makeBaseline(evaluation, now, previous) {
  let known = previous ? firstSeenDays(previous) : /* @__PURE__ */ new Map(), today = dayOf(now), findings = evaluation.findings.map(({ finding: f, verdict }) => ({
    fingerprint: f.fingerprint,
    id: f.id,
    ...f.package ? { package: `${f.package.name}@${f.package.version ?? ""}` } : {},
    verdict,
    firstSeen: firstSeenDay(known.get(f.fingerprint), f.firstSeen, today)
  })).sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    createdAt: now.toISOString(),
    policy: evaluation.policy.source,
    findings
  };
}
function firstSeenDay(recorded, scanner, today) {
  return earliest(recorded, scanner !== void 0 && scanner < today ? scanner : void 0) ?? today;
}
function serialiseBaseline(baseline) {
  return JSON.stringify(baseline, null, 2) + `
`;
}
function parseBaseline(text, file) {
  let d = parseJsonFile(text, file, "baseline");
  if (typeof d != "object" || d === null || d.format !== BASELINE_FORMAT)
    throw new GateError(`not a ztgate baseline (no "format": "${BASELINE_FORMAT}")`, { file });
  if (d.version !== BASELINE_VERSION)
    throw new GateError(
      `baseline version ${JSON.stringify(d.version)} is not supported (this ztgate reads version ${BASELINE_VERSION}); write it again with ztgate baseline write`,
      { file }
    );
  if (!Array.isArray(d.findings) || !d.findings.every(isEntry))
    throw new GateError("baseline findings must be a list of {fingerprint, id, verdict}", {
      file
    });
  return checkBaselineDates(d.createdAt, d.findings, file), {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    createdAt: String(d.createdAt ?? ""),
    policy: String(d.policy ?? ""),
    findings: d.findings
  };
}
function isEntry(e) {
  let x = e;
  return typeof x == "object" && x !== null && typeof x.fingerprint == "string" && typeof x.id == "string" && VERDICTS.includes(x.verdict);
}
var STRICTNESS = { block: 3, warn: 2, info: 1, ignored: 0, waived: 0 };
function applyBaseline(evaluation, baseline, file) {
  let recorded = /* @__PURE__ */ new Map();
  for (let { fingerprint, verdict } of baseline.findings) {
    let known = recorded.get(fingerprint);
    (known === void 0 || STRICTNESS[verdict] < STRICTNESS[known]) && recorded.set(fingerprint, verdict);
  }
  let findings = evaluation.findings.map((e) => {
    let before = recorded.get(e.finding.fingerprint), judged = e.deadline?.raisedFrom ?? e.verdict, existing2 = before !== void 0 && STRICTNESS[judged] <= STRICTNESS[before];
    return { ...e, baseline: existing2 ? "existing" : "new" };
  }), newVerdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  for (let e of findings)
    e.baseline === "new" ? newVerdicts[e.verdict]++ : e.deadline?.overdue && newVerdicts[e.deadline.action]++;
  let present = new Set(evaluation.findings.map((e) => e.finding.fingerprint)), existing = findings.filter((e) => e.baseline === "existing").length;
  return {
    ...evaluation,
    // Missing or stale evidence fails the gate whatever the findings are; a baseline cannot
    // change that.
    outcome: evaluation.errors.length > 0 ? "fail" : outcomeOf(withBudgetVerdict(newVerdicts, evaluation.budgets), evaluation.policy.failOn),
    findings,
    baseline: {
      file,
      createdAt: baseline.createdAt,
      existing,
      new: findings.length - existing,
      gone: [...recorded.keys()].filter((fp) => !present.has(fp)).length
    }
  };
}
function decidingFindings(evaluation) {
  return evaluation.findings.filter((e) => e.baseline !== "existing" || e.deadline?.overdue);
}

export {
  firstSeenDays,
  makeBaseline,
  serialiseBaseline,
  parseBaseline,
  applyBaseline,
  decidingFindings
};
