// kubescape JSON: `kubescape scan --format json --output results.json` writes a posture report:
// resources[] (each object, and for a file scan its source path), results[] (per resource,
// the controls and their rules with a status) and summaryDetails (per control: severity and
// resource counters). A finding is one failed control on one resource. A resource scanned
// from a file is `iac` (the change under review holds it); one read from a cluster is
// `posture` (docs/design.md).
import { makeFinding, unique } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import type { Layer, Severity } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import { date, entries, isObject, NO_FIELDS, num, str, type Json } from "./fields.js";
import { knownValue } from "./status.js";
import { agreeTotals } from "./totals.js";
import type { Parser } from "./types.js";

const TOOL = "kubescape";

type Outcome = "failed" | "excepted" | "clean" | "unevaluated";

/**
 * Control and rule statuses (opa-utils reporthandling/apis/statuses.go). `excluded` is the
 * old name of "failed, but an exception covers it"; `error` and the empty status mean the
 * control was not evaluated, which is no evidence of a pass.
 */
const STATUSES: ReadonlyMap<unknown, Outcome> = new Map([
  ["failed", "failed"],
  ["passed", "clean"],
  ["skipped", "clean"],
  ["irrelevant", "clean"],
  ["excluded", "excepted"],
  ["error", "unevaluated"],
  ["", "unevaluated"],
] as const);

/** Sub-statuses; only `w/exceptions` changes the meaning (a failure an exception covers). */
const SUB_STATUSES: ReadonlyMap<unknown, boolean> = new Map([
  ["", false],
  ["w/exceptions", true],
  ["irrelevant", false],
  ["configuration", false],
  ["integration", false],
  ["requires review", false],
  ["manual review", false],
]);

function isReport(json: unknown): json is Json {
  return (
    isObject(json) &&
    Array.isArray(json.results) &&
    isObject(json.summaryDetails) &&
    (isObject(json.summaryDetails.controls) || Array.isArray(json.summaryDetails.frameworks)) &&
    json.results.every((r) => isObject(r) && typeof r.resourceID === "string")
  );
}

export const kubescape: Parser = {
  id: "kubescape",
  description: "kubescape JSON (kubescape scan --format json --output results.json)",
  layers: ["posture", "iac"],
  containers: { json: ["results[].controls[]"] },
  detect: ({ json }) => isReport(json),
  parse({ json, path }) {
    if (!isReport(json)) {
      throw new GateError("is not a kubescape report (expected results and summaryDetails)", {
        file: path,
      });
    }
    const resources = resourcesById(json, path);
    const details = json.summaryDetails as Json;
    const summary = isObject(details.controls) ? details.controls : NO_FIELDS;
    const findings: Finding[] = [];
    entries(json.results, "results", path).forEach((result, i) => {
      const resourceId = str(result.resourceID)!;
      const resource = resources.get(resourceId);
      entries(result.controls, `results[${i}].controls`, path).forEach((control, j) => {
        const what = `results[${i}].controls[${j}]`;
        const outcome = outcomeOf(control, what, path);
        if (outcome === "clean") return;
        if (outcome === "unevaluated") {
          throw new GateError(
            `${what}: kubescape did not evaluate control ${JSON.stringify(str(control.controlID) ?? "?")} (status error or empty): an unevaluated control is no pass`,
            { file: path },
          );
        }
        findings.push(controlFinding(control, outcome, resourceId, resource, summary, what, path));
      });
    });
    agreeControlTotals(summary, findings, path);
    return findings;
  },
  timestamp: ({ json }) => (isObject(json) ? date(json.generationTime) : undefined),
  coverage({ json }) {
    if (!isObject(json)) return [];
    const fromFiles = Array.isArray(json.resources) && json.resources.some((r) => fileOf(r));
    return fromFiles ? ["iac"] : ["posture"];
  },
};

interface Resource {
  file?: string;
  name: string;
}

function fileOf(resource: unknown): string | undefined {
  if (!isObject(resource) || !isObject(resource.source)) return undefined;
  return str(resource.source.relativePath);
}

function resourcesById(json: Json, path: string): Map<string, Resource> {
  const byId = new Map<string, Resource>();
  for (const r of entries(json.resources, "resources", path)) {
    const id = str(r.resourceID);
    if (!id) continue;
    const object = isObject(r.object) ? r.object : NO_FIELDS;
    const meta = isObject(object.metadata) ? object.metadata : NO_FIELDS;
    const kind = str(object.kind);
    const ns = str(meta.namespace);
    const name = str(meta.name);
    const shown = name ? [kind, ns, name].filter(Boolean).join("/") : id;
    byId.set(id, { file: fileOf(r), name: shown });
  }
  return byId;
}

/** The control's own status when it has one (kubescape >= 2.3), else what its rules say. */
function outcomeOf(control: Json, what: string, path: string): Outcome {
  if (isObject(control.status)) {
    const outcome = knownValue(
      STATUSES,
      control.status.status ?? "",
      `${what}.status.status`,
      path,
    );
    const sub = knownValue(
      SUB_STATUSES,
      control.status.subStatus ?? "",
      `${what}.status.subStatus`,
      path,
    );
    return outcome === "clean" && sub ? "excepted" : outcome;
  }
  if (control.status !== undefined && control.status !== null) {
    throw new GateError(`${what}.status must be an object`, { file: path });
  }
  const rules = entries(control.rules, `${what}.rules`, path);
  const outcomes = rules.map((rule, k) => ruleOutcome(rule, `${what}.rules[${k}]`, path));
  for (const o of ["failed", "unevaluated", "excepted"] as const)
    if (outcomes.includes(o)) return o;
  return rules.length === 0 ? "unevaluated" : "clean";
}

/** A failed rule with a posture exception attached is excepted (older kubescape). */
function ruleOutcome(rule: Json, what: string, path: string): Outcome {
  const outcome = knownValue(STATUSES, rule.status ?? "", `${what}.status`, path);
  const sub = knownValue(SUB_STATUSES, rule.subStatus ?? "", `${what}.subStatus`, path);
  if (outcome === "failed" && exceptionsOf(rule).length > 0) return "excepted";
  return outcome === "clean" && sub ? "excepted" : outcome;
}

function exceptionsOf(rule: Json): Json[] {
  return Array.isArray(rule.exception) ? rule.exception.filter(isObject) : [];
}

function controlFinding(
  control: Json,
  outcome: "failed" | "excepted",
  resourceId: string,
  resource: Resource | undefined,
  summary: Json,
  what: string,
  path: string,
): Finding {
  const id = str(control.controlID);
  if (!id) throw new GateError(`${what} has no controlID`, { file: path });
  const info = isObject(summary[id]) ? summary[id] : NO_FIELDS;
  const rules = Array.isArray(control.rules) ? control.rules.filter(isObject) : [];
  const layer: Layer = resource?.file ? "iac" : "posture";
  return makeFinding(
    {
      tool: TOOL,
      layer,
      id,
      title: str(control.name) ?? str(info.name) ?? id,
      severity: severityOfControl(info),
      location: resource?.file ? { path: resource.file } : undefined,
      target: resource?.name ?? resourceId,
      ruleId:
        unique(rules.map((r) => str(r.name)).filter((n): n is string => !!n)).join(",") ||
        undefined,
      description: fixPaths(rules),
      url: `https://hub.armosec.io/docs/${id.toLowerCase()}`,
      suppressed: outcome === "excepted" ? exceptionOf(rules) : undefined,
    },
    path,
  );
}

/** kubescape's severity from the control's score factor (apis/severity.go ControlSeverityToInt). */
function severityOfControl(info: Json): Severity {
  const factor = num(info.scoreFactor);
  if (factor === undefined) return "unknown";
  if (factor >= 9) return "critical";
  if (factor >= 7) return "high";
  if (factor >= 4) return "medium";
  if (factor >= 1) return "low";
  return "unknown";
}

/** What kubescape says to change: the fix paths of the failed rules. */
function fixPaths(rules: Json[]): string | undefined {
  const fixes: string[] = [];
  for (const rule of rules) {
    for (const p of Array.isArray(rule.paths) ? rule.paths.filter(isObject) : []) {
      const fix = isObject(p.fixPath) ? p.fixPath : undefined;
      const at = str(fix?.path) ?? str(p.failedPath) ?? str(p.deletePath) ?? str(p.reviewPath);
      if (at) fixes.push(str(fix?.value) ? `${at}=${str(fix?.value)}` : at);
    }
  }
  return fixes.length > 0 ? `Fix: ${unique(fixes).join("; ")}` : undefined;
}

/** A kubescape posture exception (written by whoever controls the scan): kept, marked. */
function exceptionOf(rules: Json[]): { kind: string; justification?: string } {
  const exception = rules.flatMap(exceptionsOf)[0];
  const name = exception ? str(exception.name) : undefined;
  const reason = exception ? (str(exception.reason) ?? str(exception.description)) : undefined;
  return {
    kind: name ? `kubescape exception ${name}` : "kubescape exception",
    justification: reason,
  };
}

/**
 * summaryDetails.controls[id].ResourceCounters counts the resources each control failed on
 * (failedResources), and before kubescape 2.3 (no subStatusCounters) those an exception
 * covers (excludedResources): each must match what results lists, or resources are missing
 * from the details.
 */
function agreeControlTotals(summary: Json, findings: readonly Finding[], path: string): void {
  const failed = new Map<string, number>();
  const excepted = new Map<string, number>();
  for (const f of findings) {
    const counts = f.suppressed ? excepted : failed;
    counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  }
  for (const id of Object.keys(summary)) {
    const info = summary[id];
    if (!isObject(info) || !isObject(info.ResourceCounters)) continue;
    const counted: Record<string, number> = { failedResources: failed.get(id) ?? 0 };
    if (!("subStatusCounters" in info)) counted.excludedResources = excepted.get(id) ?? 0;
    agreeTotals(
      info.ResourceCounters,
      counted,
      `summaryDetails.controls.${id}.ResourceCounters`,
      path,
    );
  }
}
