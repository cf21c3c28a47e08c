// SARIF 2.1.0 from any tool (CodeQL, Semgrep, Snyk Code, gitleaks, Trivy, Grype, dockle...):
// every run, results of kind "fail" (the default), "open" and "review", one finding per location.
// A run's rules are in sarif-rule-index.ts, a result's findings in sarif-results.ts, their
// paths in sarif-locations.ts, the kind, level and suppression tables in sarif-status.ts.
import { unique } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import type { Layer } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import { date, entries, isObject, needObject, objects, oldest, str, type Json } from "./fields.js";
import { reportedRoots } from "./sarif-locations.js";
import { addResultFindings, type Run } from "./sarif-results.js";
import { RuleIndex } from "./sarif-rule-index.js";
import { layerOf } from "./sarif-rules.js";
import { KIND_COUNTS } from "./sarif-status.js";
import { knownValue } from "./status.js";
import { sarifSubject } from "./subject.js";
import type { Parser } from "./types.js";

export const sarif: Parser = {
  id: "sarif",
  description: "SARIF 2.1.0 from any tool (codeql, semgrep, snyk code, gitleaks, trivy, grype...)",
  layers: ["code", "secret", "iac", "image", "dependency", "license"],
  containers: { sarif: ["runs[].results[]"] },
  detect({ json }) {
    if (!isObject(json) || !Array.isArray(json.runs)) return false;
    return str(json.version)?.startsWith("2.1") === true || /sarif/i.test(str(json.$schema) ?? "");
  },
  parse({ json, path }) {
    const log = needObject(json, "a SARIF log", path);
    if (!Array.isArray(log.runs)) throw new GateError("runs must be an array", { file: path });
    return entries(log.runs, "runs", path).flatMap((run) => parseRun(run, path));
  },
  coverage({ json }) {
    return unique(objects(isObject(json) ? json.runs : []).flatMap(runLayers));
  },
  // Results are independent of each other; the run's rules stay in the streamed skeleton.
  stream: { arrays: ["runs[].results"] },
  subject: ({ json }) => sarifSubject(json),
  timestamp({ json }) {
    return oldest(
      objects(isObject(json) ? json.runs : [])
        .flatMap((run) => objects(run.invocations))
        .map((inv) => date(inv.endTimeUtc) ?? date(inv.startTimeUtc)),
    );
  },
};

/**
 * What a run is evidence for, found or not: the tool's layer. Trivy and Grype span layers by
 * rule, and list only the rules they matched, so a clean run of theirs proves no layer.
 */
function runLayers(run: Json): Layer[] {
  const tool = isObject(run.tool) ? run.tool : {};
  const driver = isObject(tool.driver) ? tool.driver : {};
  const name = str(driver.name) ?? "";
  if (/^(trivy|grype)$/i.test(name)) return objects(driver.rules).map((r) => layerOf(name, r));
  return name ? [layerOf(name, undefined)] : [];
}

/**
 * A run's rule index by its `tool` object: a streamed report hands each batch of results to
 * `parse` in a copy of the run that shares `tool`, so its rules are indexed (and their facts
 * derived) once per run, not once per batch. Parsed reports are never mutated.
 */
const RULE_INDEXES = new WeakMap<Json, RuleIndex>();

function parseRun(run: Json, path: string): Finding[] {
  const tool = isObject(run.tool) ? run.tool : {};
  const driver = isObject(tool.driver) ? tool.driver : undefined;
  if (!driver) throw new GateError("a run has no tool.driver", { file: path });
  const name = (str(driver.name) ?? "sarif").toLowerCase();
  let rules = RULE_INDEXES.get(tool);
  if (!rules)
    RULE_INDEXES.set(tool, (rules = new RuleIndex(name, driver, objects(tool.extensions))));
  const ctx: Run = {
    tool: name,
    rules,
    path,
    roots: reportedRoots(run.originalUriBaseIds, path),
  };
  // One loop into one array: no intermediate arrays per run or per result.
  const findings: Finding[] = [];
  for (const result of entries(run.results, "runs[].results", path)) {
    if (knownValue(KIND_COUNTS, result.kind, "a result's kind", path)) {
      addResultFindings(result, ctx, findings);
    }
  }
  return findings;
}
