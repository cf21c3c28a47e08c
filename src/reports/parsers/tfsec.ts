// tfsec JSON: `tfsec DIR --format json`. Older tfsec marks each result with `passed`, newer with
// `status` (a word before 1.0, a number since: defsec's scan.Status); a clean scan writes
// `{"results": null}`.
import { makeFinding } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import {
  entries,
  isObject,
  NO_FIELDS,
  num,
  providerService,
  str,
  strings,
  type Json,
} from "./fields.js";
import { knownValue } from "./status.js";
import type { Parser } from "./types.js";

const TOOL = "tfsec";

function isResult(value: unknown): boolean {
  return isObject(value) && typeof value.rule_id === "string" && isObject(value.location);
}

export const tfsec: Parser = {
  id: "tfsec",
  description: "tfsec JSON (tfsec DIR --format json; legacy `passed` and current `status`)",
  layers: ["iac"],
  containers: { json: ["results[].rule_id"] },
  detect({ json }) {
    if (!isObject(json)) return false;
    // `{"results": []}` alone is also how other tools say "nothing": only null is tfsec's.
    if (json.results === null) return Object.keys(json).join() === "results";
    return Array.isArray(json.results) && json.results.length > 0 && json.results.every(isResult);
  },
  parse({ json, path }) {
    const results = isObject(json) && "results" in json ? (json.results ?? []) : undefined;
    if (!Array.isArray(results)) {
      throw new GateError("results must be an array or null", { file: path });
    }
    const findings: Finding[] = [];
    for (const result of entries(results, "results", path)) {
      const outcome = outcomeOf(result, path);
      if (outcome === "passed") continue;
      const f = finding(result, path);
      // A `tfsec:ignore` comment (written in the change under review): kept, marked suppressed;
      // settings.scanner-suppressions decides if it holds. tfsec writes no reason for it.
      if (outcome === "ignored") f.suppressed = { kind: "tfsec ignore comment" };
      findings.push(f);
    }
    return mergeRepeats(findings);
  },
};

type Outcome = "failed" | "passed" | "ignored";

// defsec pkg/scan/result.go: StatusFailed = iota, StatusPassed, StatusIgnored. tfsec 1.x writes
// the number (scan.Status has no JSON marshaller); tfsec 0.x wrote the word.
const STATUSES = new Map<unknown, Outcome>([
  [0, "failed"],
  [1, "passed"],
  [2, "ignored"],
  ["failed", "failed"],
  ["passed", "passed"],
  ["ignored", "ignored"],
]);

/** `status` when given (an unknown value is an error, never a drop); legacy: `passed`. */
function outcomeOf(result: Json, path: string): Outcome {
  if (result.status === undefined || result.status === null) {
    // Legacy tfsec lists only what it checked; anything but `passed: true` is a failure.
    return result.passed === true ? "passed" : "failed";
  }
  return knownValue(STATUSES, result.status, "a result's status", path);
}

function finding(result: Json, path: string): Finding {
  const id = str(result.rule_id)!;
  const location = isObject(result.location) ? result.location : NO_FIELDS;
  const file = str(location.filename);
  const links = [...strings(result.links), ...strings([result.link])];
  return makeFinding(
    {
      tool: TOOL,
      layer: "iac",
      id,
      // tfsec 1.x: rule_id is the AVD id, long_id the tfsec name; 0.x: legacy_rule_id.
      aliases: [str(result.long_id), str(result.legacy_rule_id)].filter(
        (x): x is string => x !== undefined && x !== id,
      ),
      title: str(result.rule_description) ?? id,
      description:
        [str(result.description), str(result.impact), str(result.resolution)]
          .filter(Boolean)
          .join("\n") || undefined,
      // tfsec severities: CRITICAL, HIGH, MEDIUM, LOW; legacy ERROR, WARNING, INFO.
      severity: severityFromWord(result.severity),
      location: file
        ? { path: file, startLine: num(location.start_line), endLine: num(location.end_line) }
        : undefined,
      target: str(result.rule_provider),
      category: providerService(result.rule_provider, result.rule_service),
      url: links.map((l) => /https?:\/\/\S+/.exec(l)?.[0]).find(Boolean),
    },
    path,
  );
}

/**
 * One finding per rule and place: tfsec repeats a result for every module instance that uses
 * the same code (count/for_each), which is one thing to fix. The same fingerprint means the
 * same rule, file and start line; the end line and provider are part of the identity too.
 */
function mergeRepeats(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const key = [f.fingerprint, f.target, f.location?.endLine].join("\u0000");
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}
