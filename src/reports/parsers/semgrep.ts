// Semgrep JSON: `semgrep scan --json -o semgrep.json` (and `semgrep ci --json`): `results[]`,
// one per match (check_id, path, start, end, extra), `errors[]`, `paths` and `version`
// (semgrep-interfaces semgrep_output_v1.atd, cli_output). Semgrep's SARIF output is read by
// the sarif parser. A clean scan written by an old Semgrep, `{"results": [], "errors": []}`,
// names no tool: it is read only when forced (`semgrep:semgrep.json`).
import { GateError } from "../../model/errors.js";
import { makeFinding } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import type { Layer, Severity } from "../../model/vocabulary.js";
import {
  entries,
  isObject,
  NO_FIELDS,
  needArray,
  needShape,
  num,
  positive,
  str,
  strings,
  type Json,
} from "./fields.js";
import { knownValue } from "./status.js";
import type { Parser } from "./types.js";
import { semgrepRegistryCategory } from "./semgrep-category.js";
import { cweList, titleOf } from "./vuln-fields.js";

const TOOL = "semgrep";

function isResult(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.check_id === "string" &&
    typeof value.path === "string" &&
    isObject(value.extra)
  );
}

function isReport(value: unknown): value is Json {
  if (!isObject(value) || !Array.isArray(value.results)) return false;
  if (value.results.length > 0) return value.results.every(isResult);
  // A clean scan: Semgrep's own keys beside the empty list.
  return typeof value.version === "string" && isObject(value.paths) && Array.isArray(value.errors);
}

export const semgrep: Parser = {
  id: "semgrep",
  description: "Semgrep JSON (semgrep scan --json -o semgrep.json)",
  layers: ["code", "secret", "dependency"],
  // `results[]` alone is also tfsec's and OSV-Scanner's key: Semgrep's entries have check_id.
  containers: { json: ["results[].check_id"] },
  detect: ({ json }) => isReport(json),
  parse({ json, path }) {
    needShape(isObject(json) && "results" in json, "Semgrep JSON", "results", path);
    const doc = json as Json;
    rejectFatalErrors(doc, path);
    const results = needArray(doc.results, "results", path);
    return entries(results, "results", path).map((r) => finding(r, path));
  },
  // A Semgrep report is evidence that the code was scanned, with or without findings.
  coverage: () => ["code"],
};

// semgrep_output_v1.atd error_severity: Error "error", Warning "warn", Info "info". An error
// of level error means rules or targets did not run (a rule that does not parse, an invalid
// configuration): the scan is incomplete. Warnings (a file partly parsed, a timeout on one
// rule and file) leave the rest of the scan standing.
const FATAL = new Map<unknown, boolean>([
  ["error", true],
  ["warn", false],
  ["info", false],
]);

function rejectFatalErrors(doc: Json, path: string): void {
  const errors = entries(doc.errors, "errors", path);
  const fatal = errors.filter((e) => knownValue(FATAL, e.level, "an error's level", path));
  if (fatal.length > 0) {
    throw new GateError(
      `semgrep reported ${fatal.length} error(s) of level error: rules or files were not scanned, so the report is incomplete`,
      { file: path },
    );
  }
}

// Rule severities: INFO, WARNING, ERROR (and INVENTORY, EXPERIMENT for non-security rules);
// Semgrep 1.7x+ also writes LOW, MEDIUM, HIGH and CRITICAL. Anything else is `unknown`, which
// settings.unknown-severity rates (never low).
const SEVERITIES: Readonly<Record<string, Severity>> = {
  CRITICAL: "critical",
  HIGH: "high",
  ERROR: "high",
  MEDIUM: "medium",
  WARNING: "medium",
  LOW: "low",
  INFO: "low",
  INVENTORY: "info",
  EXPERIMENT: "info",
};

function severityOf(word: unknown): Severity {
  const key = typeof word === "string" ? word.toUpperCase() : "";
  return Object.hasOwn(SEVERITIES, key) ? SEVERITIES[key]! : "unknown";
}

// extra.is_ignored: true when a `nosemgrep` comment (in the change under review) matched.
const IGNORED = new Map<unknown, boolean>([
  [undefined, false],
  [false, false],
  [true, true],
]);

function finding(r: Json, path: string): Finding {
  const id = str(r.check_id);
  if (!id) throw new GateError("a Semgrep result has no check_id", { file: path });
  const extra = isObject(r.extra) ? r.extra : NO_FIELDS;
  const meta = isObject(extra.metadata) ? extra.metadata : NO_FIELDS;
  const ignored = knownValue(IGNORED, extra.is_ignored, "a result's extra.is_ignored", path);
  const message = str(extra.message);
  const start = isObject(r.start) ? r.start : NO_FIELDS;
  const end = isObject(r.end) ? r.end : NO_FIELDS;
  const file = str(r.path);
  const fingerprint = str(extra.fingerprint);
  const dependency = dependencyOf(extra);
  const f = makeFinding(
    {
      tool: TOOL,
      layer: layerOf(meta, dependency !== undefined),
      id,
      title: titleOf(message) ?? id,
      description: message,
      severity: severityOf(extra.severity),
      // An autofix (fix, fix_regex) is a code change Semgrep can apply.
      fix:
        extra.fix !== undefined || extra.fix_regex !== undefined
          ? { available: true, versions: [] }
          : undefined,
      package: dependency,
      location: file
        ? { path: file, startLine: positive(num(start.line)), endLine: positive(num(end.line)) }
        : undefined,
      cwe: cweList(Array.isArray(meta.cwe) ? meta.cwe : [meta.cwe]),
      category: str(meta.category) ?? semgrepRegistryCategory(id),
      url: str(meta.shortlink) ?? str(meta.source) ?? strings(meta.references)[0],
      // Without a login Semgrep writes "requires login" here: not a hash of the code.
      contentHash: fingerprint && fingerprint !== "requires login" ? fingerprint : undefined,
    },
    path,
  );
  if (ignored) f.suppressed = { kind: "semgrep nosemgrep comment" };
  return f;
}

/** Semgrep Secrets rules say `product: secrets`; Supply Chain results carry `sca_info`. */
function layerOf(meta: Json, supplyChain: boolean): Layer {
  if (supplyChain) return "dependency";
  return meta.product === "secrets" ? "secret" : "code";
}

/** The dependency a Supply Chain result found (sca_info.dependency_match.found_dependency). */
function dependencyOf(extra: Json): Finding["package"] {
  if (!isObject(extra.sca_info)) return undefined;
  const match = isObject(extra.sca_info.dependency_match)
    ? extra.sca_info.dependency_match
    : NO_FIELDS;
  const dep = isObject(match.found_dependency) ? match.found_dependency : NO_FIELDS;
  const name = str(dep.package);
  if (!name) return undefined;
  return { name, version: str(dep.version), ecosystem: str(dep.ecosystem) };
}
