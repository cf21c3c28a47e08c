// Scanners that fail often still write JSON: an error object instead of findings. Such a
// report says nothing about the code, so it must fail closed (exit 2) with the tool's own code
// rather than parse as "no findings".
import type { ReportInput } from "../../model/report-input.js";
import { GateError } from "../../model/errors.js";
import { isObject, str } from "./fields.js";

export function rejectErrorReport(input: ReportInput): void {
  const found = errorOf(input.json);
  if (found) {
    throw new GateError(
      `is an error report, not scan results: ${found.code}${found.message ? ` (${found.message})` : ""}`,
      { file: input.path },
      found.code,
    );
  }
}

interface ScannerError {
  code: string;
  message?: string;
}

function errorOf(json: unknown): ScannerError | undefined {
  // npm audit: {"error": {"code": "ENOAUDIT", "summary": "...", "detail": "..."}}
  if (isObject(json) && isObject(json.error) && Object.keys(json).length <= 2) {
    const e = json.error;
    return { code: str(e.code) ?? "error", message: firstLine(str(e.summary) ?? str(e.message)) };
  }
  // npm audit when the registry answers with an HTTP error (a proxy refusing the POST, an
  // outage): {"message": "405 Method Not Allowed - POST ...", "statusCode": 405, "uri": ...,
  // "headers": {...}, "body": "", "error": {"summary": "", "detail": ""}}
  if (isObject(json) && isObject(json.error) && typeof json.statusCode === "number") {
    const summary = str(json.error.summary) || str(json.message);
    return { code: str(json.error.code) ?? `E${json.statusCode}`, message: firstLine(summary) };
  }
  // snyk: {"ok": false, "error": "...", "path": "..."} with no results; with --all-projects,
  // one such object in the array means a project went untested, which is missing evidence.
  const snykError = (Array.isArray(json) ? json : [json]).find(isSnykError);
  if (snykError) {
    return { code: str(snykError.code) ?? "snyk-error", message: firstLine(str(snykError.error)) };
  }
  // yarn audit NDJSON: {"type": "error", "data": "..."} lines (or one such line) and no advisories
  if (Array.isArray(json) || (isObject(json) && json.type === "error")) {
    const lines = (Array.isArray(json) ? json : [json]).filter(isObject);
    const error = lines.find((l) => l.type === "error");
    const hasData = lines.some((l) => l.type === "auditAdvisory" || l.type === "auditSummary");
    if (error && !hasData) {
      const data = str(error.data) ?? "";
      const code = /\b(E[A-Z0-9_]{3,})\b/.exec(data)?.[1] ?? "yarn-error";
      return { code, message: firstLine(data) };
    }
  }
  return undefined;
}

function isSnykError(value: unknown): value is Record<string, unknown> {
  return (
    isObject(value) &&
    value.ok === false &&
    typeof value.error === "string" &&
    !("vulnerabilities" in value)
  );
}

function firstLine(text: string | undefined): string | undefined {
  return text?.split("\n")[0]?.slice(0, 200);
}
