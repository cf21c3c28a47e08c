// ztgate's own findings JSON (schema/findings.schema.json), so any tool can convert its output
// and plug in: a `{"format": "ztgate-findings", "version": 1, "findings": [...]}` document, or
// the output of `ztgate parse -o json`. Input is validated; fingerprints and foundBy are
// recomputed here, never trusted, so a hand-written file cannot merge with or hide another.
import type { ErrorObject } from "ajv";
import { validateFindingsDocument, validateParseOutput } from "virtual:findings-validators";
import { isLayer } from "../../model/vocabulary.js";
import { makeFinding, unique } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import { utcDayOf } from "../../model/utc-day.js";
import { GateError } from "../../model/errors.js";
import { date, entries, isObject, objects, oldest, str, strings, type Json } from "./fields.js";
import type { Parser } from "./types.js";

type FindingDoc = Partial<Finding> & Pick<Finding, "id" | "layer" | "severity">;

// Compiled from the schema at build time (scripts/schema-validators.mjs). One validator per
// document shape, so an error names the shape the file was detected as.
function validator(shape: "findingsDocument" | "parseOutput") {
  return shape === "parseOutput" ? validateParseOutput : validateFindingsDocument;
}

function isFindingsDocument(json: unknown): json is Json {
  return isObject(json) && json.format === "ztgate-findings" && Array.isArray(json.findings);
}

function isParseOutput(json: unknown): json is Json {
  const reports = isObject(json) ? json.reports : undefined;
  return (
    Array.isArray(reports) &&
    reports.length > 0 &&
    reports.every((r) => isObject(r) && typeof r.format === "string" && Array.isArray(r.findings))
  );
}

export const ztgate: Parser = {
  id: "ztgate",
  description: "ztgate findings JSON (schema/findings.schema.json; also `ztgate parse -o json`)",
  layers: ["image", "dependency", "iac", "secret", "code", "license", "api"],
  containers: { findings: ["findings[]"], "parse output": ["reports[].findings[]"] },
  detect: ({ json }) => isFindingsDocument(json) || isParseOutput(json),
  parse({ json, path }) {
    const validate = validator(isParseOutput(json) ? "parseOutput" : "findingsDocument");
    if (!validate(json)) {
      const why = describe(validate.errors);
      throw new GateError(`does not match the ztgate findings schema: ${why}`, { file: path });
    }
    const doc = json as Json;
    const groups: { findings: Json[]; tool?: string }[] = Array.isArray(doc.reports)
      ? entries(doc.reports, "reports", path).map((r) => ({
          findings: entries(r.findings, "reports[].findings", path),
        }))
      : [{ findings: entries(doc.findings, "findings", path), tool: str(doc.tool) }];
    return groups.flatMap((g) =>
      g.findings.map((f, i) => finding(f as unknown as FindingDoc, g.tool, path, i)),
    );
  },
  // A findings document says which layers its tool scanned in `layers`; parse output per report.
  coverage({ json }) {
    const docs = isParseOutput(json) ? objects(json.reports) : isObject(json) ? [json] : [];
    return unique(docs.flatMap((d) => strings(d.layers).filter(isLayer)));
  },
  timestamp({ json }) {
    if (isFindingsDocument(json)) return date(json.createdAt);
    return oldest(objects(isObject(json) ? json.reports : []).map((r) => date(r.createdAt)));
  },
};

function finding(f: FindingDoc, defaultTool: string | undefined, path: string, i: number): Finding {
  const tool = f.tool ?? defaultTool;
  if (!tool) {
    throw new GateError(`findings[${i}] names no tool (set "tool" on it or on the document)`, {
      file: path,
    });
  }
  // The schema checks the form; a day that does not exist (2026-02-30) is refused here.
  if (f.firstSeen !== undefined && utcDayOf(f.firstSeen) !== f.firstSeen) {
    throw new GateError(`findings[${i}]: firstSeen ${JSON.stringify(f.firstSeen)} is not a day`, {
      file: path,
    });
  }
  // Whatever the input says, fingerprint and foundBy are ours to compute.
  const rest: Partial<Finding> = { ...f };
  delete rest.fingerprint;
  delete rest.foundBy;
  const input = {
    ...rest,
    id: f.id,
    layer: f.layer,
    severity: f.severity,
    tool,
    title: f.title ?? f.id,
  };
  return makeFinding(input, path);
}

function describe(errors: ErrorObject[] | null | undefined): string {
  const e = errors?.[0];
  if (!e) return "invalid";
  const where = e.instancePath || "/";
  const extra =
    isObject(e.params) && "additionalProperty" in e.params
      ? ` "${String(e.params.additionalProperty)}"`
      : "";
  return `${where} ${e.message ?? "is invalid"}${extra}`;
}
