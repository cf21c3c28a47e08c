import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  VERDICTS,
  outcomeOf
} from "./chunk-GY4X5T6K.js";
import {
  duplicateKeyMessage,
  findDuplicateKey,
  lineColumn
} from "./chunk-2TGS5ZW4.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// src/gate/baseline.ts
var BASELINE_FORMAT = "ztgate-baseline", BASELINE_VERSION = 1;
function makeBaseline(evaluation, now) {
  let findings = evaluation.findings.map(({ finding: f, verdict }) => ({
    fingerprint: f.fingerprint,
    id: f.id,
    ...f.package ? { package: `${f.package.name}@${f.package.version ?? ""}` } : {},
    verdict
  })).sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    createdAt: now.toISOString(),
    policy: evaluation.policy.source,
    findings
  };
}
function serialiseBaseline(baseline) {
  return JSON.stringify(baseline, null, 2) + `
`;
}
function parseBaseline(text, file) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new GateError(`baseline is not valid JSON (${err.message})`, { file });
  }
  let duplicate = findDuplicateKey(text, doc);
  if (duplicate)
    throw new GateError(duplicateKeyMessage(duplicate.key).replace("report", "baseline"), {
      file,
      ...lineColumn(text, duplicate.offset)
    });
  let d = doc;
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
  return {
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
  let recorded = new Map(baseline.findings.map((e) => [e.fingerprint, e.verdict])), findings = evaluation.findings.map((e) => {
    let before = recorded.get(e.finding.fingerprint), existing2 = before !== void 0 && STRICTNESS[e.verdict] <= STRICTNESS[before];
    return { ...e, baseline: existing2 ? "existing" : "new" };
  }), newVerdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  for (let e of findings) e.baseline === "new" && newVerdicts[e.verdict]++;
  let present = new Set(evaluation.findings.map((e) => e.finding.fingerprint)), existing = findings.filter((e) => e.baseline === "existing").length;
  return {
    ...evaluation,
    // Missing or stale evidence fails the gate whatever the findings are; a baseline cannot
    // change that.
    outcome: evaluation.errors.length > 0 ? "fail" : outcomeOf(newVerdicts, evaluation.policy.failOn),
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
  return evaluation.findings.filter((e) => e.baseline !== "existing");
}

export {
  makeBaseline,
  serialiseBaseline,
  parseBaseline,
  applyBaseline,
  decidingFindings
};
