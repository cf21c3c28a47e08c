// gosec JSON: `gosec -fmt=json -out=gosec.json ./...` writes `Issues[]`, `Stats` (files,
// lines, nosec, found) and `Golang errors` (files it could not load), and `GosecVersion` in
// recent releases (report.go, issue/issue.go). `-track-suppressions` keeps suppressed issues
// with `suppressions[]` (kind `inSource` for a #nosec comment, `external` for a rule excluded
// in the configuration); `-show-ignored` keeps them with `nosec: true`. Either is kept here,
// marked suppressed: both are written by the change under review (DESIGN §1.7).
import { GateError } from "../../model/errors.js";
import { makeFinding, normaliseCwe } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding, Suppression } from "../../model/finding.js";
import {
  entries,
  isObject,
  NO_FIELDS,
  needArray,
  needShape,
  num,
  positive,
  str,
  type Json,
} from "./fields.js";
import { knownValue } from "./status.js";
import { agreeTotals } from "./totals.js";
import type { Parser } from "./types.js";

const TOOL = "gosec";

function isReport(value: unknown): value is Json {
  if (!isObject(value) || !("Issues" in value)) return false;
  return isObject(value.Stats) || "Golang errors" in value || "GosecVersion" in value;
}

export const gosec: Parser = {
  id: "gosec",
  description: "gosec JSON (gosec -fmt=json -out=gosec.json ./...)",
  layers: ["code"],
  containers: { json: ["Issues[]"] },
  detect: ({ json }) => isReport(json),
  parse({ json, path }) {
    needShape(isReport(json), "gosec JSON", "Issues and Stats", path);
    const doc = json as Json;
    rejectLoadErrors(doc["Golang errors"], path);
    // gosec writes `"Issues": []` when clean: absent or null is not "none".
    const listed = needArray(doc.Issues, "Issues", path);
    return entries(listed, "Issues", path).map((issue) => read(issue, path));
  },
  stream: { arrays: ["Issues"] },
  // cmd/gosec/main.go filterIssues: Stats.found counts the listed issues that are neither
  // nosec nor carry a suppression. Checked on the whole report (a streamed batch holds part).
  checkTotals({ json, path }, findings) {
    const stats = isObject(json) && isObject(json.Stats) ? json.Stats : NO_FIELDS;
    const found = findings.filter((f) => f.tool === TOOL && !f.suppressed).length;
    agreeTotals({ found: stats.found }, { found }, "Stats", path);
  },
};

/** A file gosec could not parse or type-check was not scanned: the report is incomplete. */
function rejectLoadErrors(errors: unknown, path: string): void {
  if (errors === undefined || errors === null) return;
  if (!isObject(errors)) throw new GateError("Golang errors must be an object", { file: path });
  const files = Object.keys(errors).filter((f) => {
    const list = errors[f];
    return !Array.isArray(list) || list.length > 0;
  });
  if (files.length > 0) {
    throw new GateError(
      `gosec could not load ${files.length} file(s) (Golang errors), so they were not scanned: the report is incomplete`,
      { file: path },
    );
  }
}

// analyzer.go: SuppressionInfo.Kind is "inSource" (#nosec, //gosec:disable) or "external".
const KINDS = new Map<unknown, string>([
  ["inSource", "gosec #nosec comment"],
  ["external", "gosec external suppression"],
]);

const NOSEC = new Map<unknown, boolean>([
  [undefined, false],
  [false, false],
  [true, true],
]);

function suppressionOf(issue: Json, path: string): Suppression | undefined {
  const suppressions = entries(issue.suppressions, "Issues[].suppressions", path);
  // Every kind is read, so an unknown one is an error wherever it sits.
  const kinds = suppressions.map((s) => knownValue(KINDS, s.kind, "a suppression's kind", path));
  const nosec = knownValue(NOSEC, issue.nosec, "an issue's nosec", path);
  if (kinds.length > 0) {
    return { kind: kinds[0]!, justification: str(suppressions[0]!.justification) };
  }
  return nosec ? { kind: "gosec #nosec comment" } : undefined;
}

function read(issue: Json, path: string): Finding {
  const id = str(issue.rule_id);
  if (!id) throw new GateError("a gosec issue has no rule_id", { file: path });
  const cwe = isObject(issue.cwe) ? issue.cwe : NO_FIELDS;
  const [startLine, endLine] = linesOf(str(issue.line));
  const file = str(issue.file);
  const details = str(issue.details);
  const suppressed = suppressionOf(issue, path);
  const f = makeFinding(
    {
      tool: TOOL,
      layer: "code",
      id,
      title: details ?? id,
      description: details,
      // gosec scores LOW, MEDIUM and HIGH (issue.Score).
      severity: severityFromWord(issue.severity),
      fix: str(issue.autofix) ? { available: true, versions: [] } : undefined,
      location: file
        ? { path: file.replace(/\\/g, "/"), startLine, endLine: endLine ?? startLine }
        : undefined,
      cwe: [normaliseCwe(str(cwe.id))].filter((c): c is string => c !== undefined),
      url: str(cwe.url),
    },
    path,
  );
  if (suppressed) f.suppressed = suppressed;
  return f;
}

/** "539" or "538-540" (a multi-line node): the start and end line. */
function linesOf(line: string | undefined): [number | undefined, number | undefined] {
  const [start, end] = (line ?? "").split("-");
  return [positive(num(start)), positive(num(end))];
}
