// tfsec JSON: `tfsec DIR --format json`. Older tfsec marks each result with `passed`, newer with
// `status`; a clean scan writes `{"results": null}`.
import { makeFinding, severityFromWord, type Finding } from "../finding.js";
import { GateError } from "../errors.js";
import { isObject, num, objects, str, strings, type Json } from "./fields.js";
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
    for (const r of objects(results)) {
      const status = statusOf(r, path);
      if (status === "passed") continue;
      const f = finding(r, path);
      // A `tfsec:ignore` comment (written in the change under review): kept, marked suppressed;
      // settings.scanner-suppressions decides if it holds. tfsec writes no reason for it.
      if (status === "ignored") f.suppressed = { kind: "tfsec ignore comment" };
      findings.push(f);
    }
    return mergeRepeats(findings);
  },
};

/** Current tfsec: status failed, passed or ignored; legacy: passed true/false. */
function statusOf(result: Json, path: string): "failed" | "passed" | "ignored" {
  if (result.status === undefined) return result.passed === true ? "passed" : "failed";
  const status = str(result.status);
  if (status === "failed" || status === "passed" || status === "ignored") return status;
  // Anything else is a result this parser cannot account for: not a pass (DESIGN §1.6).
  const shown = JSON.stringify(result.status)?.slice(0, 40);
  throw new GateError(`a result has an unknown status ${shown}`, {
    file: path,
  });
}

function finding(result: Json, path: string): Finding {
  const id = str(result.rule_id)!;
  const location = isObject(result.location) ? result.location : {};
  const file = str(location.filename);
  const links = [...strings(result.links), ...(str(result.link) ? [str(result.link)!] : [])];
  return makeFinding(
    {
      tool: TOOL,
      layer: "iac",
      id,
      aliases: [str(result.legacy_rule_id)].filter((x): x is string => !!x),
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
