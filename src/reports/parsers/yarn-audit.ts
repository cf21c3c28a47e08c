// yarn audit: yarn 1 `yarn audit --json` (NDJSON: auditAdvisory, auditSummary, info lines) and
// yarn 4 / berry `yarn npm audit --json` (NDJSON, one {value, children} line per package).
// yarn 2/3 `yarn npm audit --json` writes the npm v1 advisories map, which detection reads as
// npm-audit; `yarn-audit:PATH` forces this parser, which reads that shape too.
import { makeFinding } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { isObject, str, strings, type Json, needShape } from "./fields.js";
import { agreeTotals, countBy } from "./totals.js";
import { advisoriesOf, advisoryFindings, isAdvisoriesMap, npmPackage } from "./npm-advisories.js";
import { ghsaIn, severityOf } from "./vuln-fields.js";
import type { Parser } from "./types.js";

const TOOL = "yarn-audit";
const V1_TYPES = new Set(["auditAdvisory", "auditSummary", "auditAction", "info", "warning"]);

/** NDJSON decodes to an array of lines; a one-line report decodes to the line itself. */
function lines(json: unknown): Json[] | undefined {
  const all = Array.isArray(json) ? json : [json];
  return all.length > 0 && all.every(isObject) ? all : undefined;
}

function isV1(json: unknown): boolean {
  const ls = lines(json);
  return (
    !!ls &&
    ls.every((l) => typeof l.type === "string" && V1_TYPES.has(l.type)) &&
    ls.some((l) => l.type === "auditSummary" || l.type === "auditAdvisory")
  );
}

function isBerry(json: unknown): boolean {
  const ls = lines(json);
  return (
    !!ls &&
    ls.every((l) => typeof l.value === "string" && isObject(l.children) && "Severity" in l.children)
  );
}

export const yarnAudit: Parser = {
  id: "yarn-audit",
  description:
    "yarn audit --json (yarn 1 NDJSON) and yarn npm audit --json (yarn 4 NDJSON; yarn 2/3 write npm's v1 shape)",
  layers: ["dependency"],
  containers: {
    "yarn 1": ["[].data.advisory", "data.advisory"],
    "yarn 4": ["[].children", "children"],
    "npm v1": ["advisories{}"],
  },
  detect: ({ json }) => isV1(json) || isBerry(json),
  parse({ json, path }) {
    if (isAdvisoriesMap(json)) {
      return advisoriesOf(json, path).flatMap((a) => advisoryFindings(a, TOOL, path));
    }
    if (isBerry(json)) return (lines(json) ?? []).flatMap((l) => berryFindings(l, path));
    needShape(isV1(json), "yarn audit", "NDJSON audit lines or an advisories map", path);
    return parseV1(lines(json) ?? [], path);
  },
};

/**
 * yarn 1 writes one auditAdvisory line per dependency path, so an advisory repeats; each counts
 * once. The auditSummary line counts those lines (one per path) by the advisory's severity.
 */
function parseV1(ls: Json[], path: string): Finding[] {
  const byId = new Map<string, Json>();
  const lines: Json[] = [];
  for (const line of ls) {
    if (line.type !== "auditAdvisory") continue;
    const advisory = isObject(line.data) ? line.data.advisory : undefined;
    if (!isObject(advisory)) {
      throw new GateError("an auditAdvisory line has no data.advisory object", { file: path });
    }
    lines.push(advisory);
    const key = `${str(advisory.id)}\u0000${str(advisory.module_name)}`;
    if (!byId.has(key)) byId.set(key, advisory);
  }
  for (const line of ls) {
    if (line.type !== "auditSummary") continue;
    const stated = isObject(line.data) ? line.data.vulnerabilities : undefined;
    if (!isObject(stated)) {
      throw new GateError("an auditSummary line has no data.vulnerabilities", { file: path });
    }
    const counted = countBy(lines, (a) => str(a.severity) ?? "", SEVERITIES);
    agreeTotals(stated, counted, "auditSummary.data.vulnerabilities", path);
  }
  return [...byId.values()].flatMap((a) => advisoryFindings(a, TOOL, path));
}

const SEVERITIES = ["info", "low", "moderate", "high", "critical"];

/** One finding per installed version ("Tree Versions") of the package the line names. */
function berryFindings(line: Json, path: string): Finding[] {
  const c = line.children as Json;
  const name = str(line.value) ?? "";
  const url = str(c.URL);
  const id = ghsaIn(url) ?? str(c.ID) ?? name;
  const versions = strings(c["Tree Versions"]);
  return (versions.length > 0 ? versions : [undefined]).map((version) =>
    makeFinding(
      {
        tool: TOOL,
        layer: "dependency",
        id,
        title: str(c.Issue) ?? id,
        description: str(c["Vulnerable Versions"])
          ? `Vulnerable versions: ${str(c["Vulnerable Versions"])}`
          : undefined,
        severity: severityOf(c.Severity, undefined),
        package: npmPackage(name, version),
        url,
      },
      path,
    ),
  );
}
