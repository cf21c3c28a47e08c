// Checkov JSON: `checkov -d DIR -o json` writes one report object per check type, or an array
// of them when several frameworks ran (terraform + dockerfile...). With nothing to scan it
// writes only a summary object. Skipped checks (an inline `checkov:skip`, which the change under
// review may add) are findings marked suppressed, so the policy decides them (DESIGN §1.7).
import { makeFinding, unique } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding } from "../../model/finding.js";
import type { Layer } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import { CHECKOV_CATEGORIES } from "./checkov-categories.js";
import { entries, isObject, num, str, type Json } from "./fields.js";
import { agreeTotals } from "./totals.js";
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
      const checkType = str(report.check_type)!;
      const failed = entries(results.failed_checks, "results.failed_checks", path);
      const skipped = entries(results.skipped_checks, "results.skipped_checks", path);
      return [
        ...failed.map((check) => failedCheck(check, "FAILED", checkType, path)),
        ...skipped.map((check) => skippedCheck(check, checkType, path)),
      ];
    });
  },
  stream: {
    arrays: [
      "results.failed_checks",
      "[].results.failed_checks",
      "results.skipped_checks",
      "[].results.skipped_checks",
    ],
  },
  // Checkov's summary counts its lists (failed = len(failed_checks), skipped =
  // len(skipped_checks)); checked on the whole report, as a streamed batch holds only part.
  checkTotals({ json, path }, findings) {
    if (isSummaryOnly(json)) return;
    const reports = (Array.isArray(json) ? json : [json]).filter(isCheckTypeReport);
    const ours = findings.filter((f) => f.tool === TOOL);
    const suppressed = ours.filter((f) => f.suppressed).length;
    const counted = { failed: ours.length - suppressed, skipped: suppressed };
    agreeTotals(statedSums(reports, Object.keys(counted), path), counted, "summary", path);
  },
  // Every check type that ran is evidence for its layer; a summary-only report scanned nothing.
  coverage({ json }) {
    const reports = Array.isArray(json) ? json : [json];
    return unique(reports.filter(isCheckTypeReport).map((r) => layerOf(r.check_type)));
  },
};

/** The summaries' totals summed over the check-type reports; a key is stated only when every
 * report states it (a sum with a part missing checks nothing). */
function statedSums(reports: Json[], keys: string[], path: string): Record<string, unknown> {
  const sums: Record<string, unknown> = {};
  for (const key of keys) {
    let sum = 0;
    for (const report of reports) {
      const value = isObject(report.summary) ? report.summary[key] : undefined;
      if (value === undefined) return sums;
      const n = num(value);
      if (n === undefined) throw new GateError(`summary.${key} must be a number`, { file: path });
      sum += n;
    }
    sums[key] = sum;
  }
  return sums;
}

/** A skipped check: the finding it would be, marked with the skip comment's reason. */
// What Checkov writes when a skip comment gives no reason: no justification.
const NO_COMMENT = "No comment provided";

function skippedCheck(check: Json, checkType: string, path: string): Finding {
  const f = failedCheck(check, "SKIPPED", checkType, path);
  const result = isObject(check.check_result) ? check.check_result : {};
  // A `checkov:skip` comment (written in the change under review) moves a failed check here:
  // kept, marked suppressed; settings.scanner-suppressions decides if it holds.
  const comment = str(result.suppress_comment);
  f.suppressed = {
    kind: "checkov skip comment",
    justification: comment === NO_COMMENT ? undefined : comment,
  };
  return f;
}

/**
 * `check_result.result` says which list a check belongs in; any other value (PASSED in the
 * failed list, a word Checkov does not write) is a report the gate cannot account for.
 */
function needResult(check: Json, expected: string, path: string): void {
  const result = isObject(check.check_result) ? check.check_result.result : undefined;
  if (result !== undefined && result !== expected) {
    throw new GateError(
      `a check in the ${expected.toLowerCase()} list has check_result.result ${JSON.stringify(result)}`,
      { file: path },
    );
  }
}

function failedCheck(check: Json, expected: string, checkType: string, path: string): Finding {
  needResult(check, expected, path);
  const id = str(check.check_id);
  if (!id) throw new GateError("a failed check has no check_id", { file: path });
  const range = check.file_line_range;
  const bcId = str(check.bc_check_id);
  const file = checkFile(check);
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
        ? { path: file, startLine: lineAt(range, 0), endLine: lineAt(range, 1) }
        : undefined,
      target: str(check.resource),
      url: str(check.guideline),
      // Not in the report: the category the check's source declares (generated table).
      category: CHECKOV_CATEGORIES.get(id),
    },
    path,
  );
}

/** Line `i` of `file_line_range` ([start, end]); 0 means "no line". */
function lineAt(range: unknown, i: number): number | undefined {
  return Array.isArray(range) ? num(range[i]) || undefined : undefined;
}

/**
 * The checked file, relative to Checkov's own root when it reports one. Checkov writes
 * `repo_file_path` as "/" + the path under its working directory, or, for a file outside it,
 * the absolute path itself; `file_abs_path` tells the two apart: when it is longer and ends
 * with `repo_file_path`, the difference is the root (e.g. /github/workspace in checkov-action)
 * and the relative path is kept; when they are equal, the file lay outside the root and keeps
 * its absolute path, so outputs and the policy see where it is instead of a made-up file.
 */
function checkFile(check: Json): string | undefined {
  const repoFile = str(check.repo_file_path);
  const abs = str(check.file_abs_path);
  if (repoFile !== undefined && abs !== undefined) {
    const r = slashed(repoFile);
    const a = slashed(abs);
    if (a === r && r.startsWith("/")) return r;
  }
  const file = repoFile ?? str(check.file_path);
  return file === undefined ? undefined : normalisePath(file);
}

function slashed(file: string): string {
  return file.includes("\\") ? file.replace(/\\/g, "/") : file;
}

/** Checkov prefixes paths with "/" relative to the scanned root, and on Windows mixes "\". */
function normalisePath(file: string): string {
  // String checks instead of two regex replaces: this runs once per finding.
  const slashed = file.includes("\\") ? file.replace(/\\/g, "/") : file;
  // One leading "/" is dropped; "//" (a UNC path) is kept.
  return slashed[0] === "/" && slashed[1] !== "/" ? slashed.slice(1) : slashed;
}
