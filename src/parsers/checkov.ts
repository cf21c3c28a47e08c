// Checkov JSON: `checkov -d DIR -o json` writes one report object per check type, or an array
// of them when several frameworks ran (terraform + dockerfile...). With nothing to scan it
// writes only a summary object.
import { makeFinding, severityFromWord, unique, type Finding, type Layer } from "../finding.js";
import { GateError } from "../errors.js";
import { isObject, needArray, num, objects, str, type Json } from "./fields.js";
import type { Parser } from "./types.js";

const TOOL = "checkov";

// Checkov's secrets framework finds hard-coded credentials, not misconfigurations.
const layerOf = (checkType: unknown): Layer => (checkType === "secrets" ? "secret" : "iac");

function isCheckTypeReport(value: unknown): value is Json {
  return isObject(value) && typeof value.check_type === "string" && isObject(value.results);
}

/** `{"passed": 0, "failed": 0, ..., "checkov_version": "..."}`: nothing was scanned. */
function isSummaryOnly(value: unknown): value is Json {
  return (
    isObject(value) && "checkov_version" in value && "failed" in value && !("results" in value)
  );
}

export const checkov: Parser = {
  id: "checkov",
  description: "Checkov JSON (checkov -d DIR -o json; one check type or an array of them)",
  layers: ["iac", "secret"],
  containers: {
    "check type": ["results.failed_checks[]", "results.skipped_checks[]"],
    array: ["[].results.failed_checks[]", "[].results.skipped_checks[]"],
  },
  detect({ json }) {
    if (Array.isArray(json)) return json.length > 0 && json.every(isCheckTypeReport);
    return isCheckTypeReport(json) || isSummaryOnly(json);
  },
  parse({ json, path }) {
    if (isSummaryOnly(json)) {
      if (num(json.failed)) {
        throw new GateError("is a Checkov summary with failed checks but no results", {
          file: path,
        });
      }
      return [];
    }
    const reports = Array.isArray(json) ? json : [json];
    return reports.flatMap((report) => {
      if (!isCheckTypeReport(report)) {
        throw new GateError("every Checkov report needs check_type and results", { file: path });
      }
      const results = report.results as Json;
      const failed = results.failed_checks ?? [];
      needArray(failed, "results.failed_checks", path);
      const skipped = results.skipped_checks ?? [];
      needArray(skipped, "results.skipped_checks", path);
      const checkType = str(report.check_type)!;
      return [
        ...objects(failed).map((check) => failedCheck(check, checkType, path)),
        // A `checkov:skip` comment (written in the change under review) moves a failed check
        // here: kept, marked suppressed; settings.scanner-suppressions decides if it holds.
        ...objects(skipped).map((check) => skippedCheck(check, checkType, path)),
      ];
    });
  },
  // Every check type that ran is evidence for its layer; a summary-only report scanned nothing.
  stream: {
    arrays: [
      "results.failed_checks",
      "[].results.failed_checks",
      "results.skipped_checks",
      "[].results.skipped_checks",
    ],
  },
  coverage({ json }) {
    const reports = Array.isArray(json) ? json : [json];
    return unique(reports.filter(isCheckTypeReport).map((r) => layerOf(r.check_type)));
  },
};

function failedCheck(check: Json, checkType: string, path: string): Finding {
  const id = str(check.check_id);
  if (!id) throw new GateError("a failed check has no check_id", { file: path });
  const range = check.file_line_range;
  const bcId = str(check.bc_check_id);
  const file = str(check.repo_file_path) ?? str(check.file_path);
  return makeFinding(
    {
      tool: TOOL,
      layer: layerOf(checkType),
      id,
      aliases: bcId ? [bcId] : [],
      title: str(check.check_name) ?? id,
      description: str(check.description) ?? str(check.short_description) ?? undefined,
      // Open-source Checkov leaves severity null (it comes from the Prisma platform): unknown.
      severity: severityFromWord(check.severity),
      location: file
        ? { path: normalisePath(file), startLine: lineAt(range, 0), endLine: lineAt(range, 1) }
        : undefined,
      target: str(check.resource),
      url: str(check.guideline),
    },
    path,
  );
}

// What Checkov writes when a skip comment gives no reason: no justification.
const NO_COMMENT = "No comment provided";

function skippedCheck(check: Json, checkType: string, path: string): Finding {
  const f = failedCheck(check, checkType, path);
  const result = isObject(check.check_result) ? check.check_result : {};
  const comment = str(result.suppress_comment);
  f.suppressed = {
    kind: "checkov skip comment",
    justification: comment === NO_COMMENT ? undefined : comment,
  };
  return f;
}

/** Line `i` of `file_line_range` ([start, end]); 0 means "no line". */
function lineAt(range: unknown, i: number): number | undefined {
  return Array.isArray(range) ? num(range[i]) || undefined : undefined;
}

/** Checkov prefixes paths with "/" relative to the scanned root, and on Windows mixes "\". */
function normalisePath(file: string): string {
  // String checks instead of two regex replaces: this runs once per finding.
  const slashed = file.includes("\\") ? file.replace(/\\/g, "/") : file;
  // One leading "/" is dropped; "//" (a UNC path) is kept.
  return slashed[0] === "/" && slashed[1] !== "/" ? slashed.slice(1) : slashed;
}
