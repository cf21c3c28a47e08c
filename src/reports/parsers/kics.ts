// KICS JSON: `kics scan -p DIR -o OUT --report-formats json` writes results.json, one query per
// rule with the files it flagged. Every queries[].files[] entry is a finding.
import { makeFinding, normaliseCwe } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import {
  date,
  entries,
  isObject,
  needArray,
  needObject,
  num,
  positive,
  str,
  type Json,
} from "./fields.js";
import { agreeTotals, countBy } from "./totals.js";
import type { Parser } from "./types.js";

const TOOL = "kics";

export const kics: Parser = {
  id: "kics",
  description: "KICS JSON (kics scan -p DIR -o OUT --report-formats json)",
  layers: ["iac", "secret"],
  containers: { json: ["queries[].files[]"] },
  detect({ json }) {
    return (
      isObject(json) &&
      Array.isArray(json.queries) &&
      isObject(json.severity_counters) &&
      ("total_counter" in json || "kics_version" in json)
    );
  },
  parse({ json, path }) {
    const doc = needObject(json, "a KICS report", path);
    needArray(doc.queries, "queries", path);
    const flagged = entries(doc.queries, "queries", path).flatMap((query) =>
      entries(query.files, "queries[].files", path).map((file) => ({ query, file })),
    );
    checkCounters(doc, flagged, path);
    return flagged.map(({ query, file }) => finding(query, file, path));
  },
  // KICS also runs secret queries, but only IaC is claimed: it is what KICS is run for.
  coverage: ({ json }) => (isObject(json) && num(json.files_scanned) ? ["iac"] : []),
  timestamp: ({ json }) => (isObject(json) ? (date(json.end) ?? date(json.start)) : undefined),
};

const COUNTED = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];

/**
 * KICS counts every flagged file of a query under the query's severity, and their sum as
 * total_counter. TRACE (bill-of-materials) results are counted apart and listed only with
 * --bom, so TRACE is not checked and not part of the total.
 */
function checkCounters(doc: Json, flagged: { query: Json }[], path: string): void {
  const counted = countBy(flagged, ({ query }) => str(query.severity) ?? "", COUNTED);
  const total = COUNTED.reduce((n, k) => n + (counted[k] ?? 0), 0);
  if (isObject(doc.severity_counters)) {
    agreeTotals(doc.severity_counters, counted, "severity_counters", path);
  }
  agreeTotals({ total_counter: doc.total_counter }, { total_counter: total }, "report", path);
}

function finding(query: Json, file: Json, path: string): Finding {
  const id = str(query.query_id);
  if (!id) throw new GateError("a query has no query_id", { file: path });
  const fileName = str(file.file_name);
  // KICS writes line 0 / search_line 0 when it cannot place a finding: that is no line.
  const line = positive(num(file.line));
  const expected = str(file.expected_value);
  const actual = str(file.actual_value);
  return makeFinding(
    {
      tool: TOOL,
      layer: str(query.category) === "Secret Management" ? "secret" : "iac",
      id,
      title: str(query.query_name) ?? id,
      description:
        [str(query.description), expected && `Expected: ${expected}`, actual && `Actual: ${actual}`]
          .filter(Boolean)
          .join("\n") || undefined,
      // KICS severities: CRITICAL, HIGH, MEDIUM, LOW, INFO and TRACE (bill of materials).
      severity: severityFromWord(query.severity),
      cwe: [normaliseCwe(query.cwe)].filter((c): c is string => c !== undefined),
      location: fileName ? { path: fileName, startLine: line } : undefined,
      target: str(file.resource_name) ?? str(file.search_key),
      url: str(query.query_url),
      category: str(query.category),
    },
    path,
  );
}
