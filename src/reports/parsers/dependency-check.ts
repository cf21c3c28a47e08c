// OWASP Dependency-Check JSON: `dependency-check --scan DIR --format JSON` (or the Maven,
// Gradle, Ant and Jenkins plugins with format JSON) writes dependency-check-report.json:
// `reportSchema`, `scanInfo`, `projectInfo` and `dependencies[]`, each dependency with its
// `vulnerabilities[]` and, when a suppression file matched, `suppressedVulnerabilities[]`
// (core/src/main/resources/templates/jsonReport.vsl). A suppressed vulnerability is kept,
// marked suppressed: the suppression file is in the change under review (DESIGN §1.7).
import { GateError } from "../../model/errors.js";
import { makeFinding } from "../../model/make-finding.js";
import type { Finding, PackageRef } from "../../model/finding.js";
import {
  date,
  decodePercent,
  entries,
  isObject,
  NO_FIELDS,
  needArray,
  needShape,
  num,
  objects,
  str,
  strings,
  type Json,
} from "./fields.js";
import type { Parser } from "./types.js";
import type { ReportInput } from "../../model/report-input.js";
import { dependencyCheckFromXml, isDependencyCheckXml } from "./dependency-check-xml.js";
import { cweList, ghsaIn, severityOf, titleOf } from "./vuln-fields.js";

const TOOL = "dependency-check";

// parse() and timestamp() both need the document; XML is converted once per report.
const xmlDocs = new WeakMap<ReportInput, Json>();

function docOf(input: ReportInput): unknown {
  if (input.syntax !== "xml") return input.json;
  let doc = xmlDocs.get(input);
  if (!doc) {
    doc = dependencyCheckFromXml(input.text, input.path);
    xmlDocs.set(input, doc);
  }
  return doc;
}

function isReport(value: unknown): value is Json {
  if (!isObject(value)) return false;
  // reportSchema is written by every JSON report since 2.x; scanInfo.engineVersion as well.
  const scanInfo = isObject(value.scanInfo) ? value.scanInfo : NO_FIELDS;
  return typeof value.reportSchema === "string" || typeof scanInfo.engineVersion === "string";
}

export const dependencyCheck: Parser = {
  id: "dependency-check",
  description:
    "OWASP Dependency-Check JSON or XML (dependency-check --scan DIR --format JSON or XML)",
  layers: ["dependency"],
  containers: {
    json: ["dependencies[].vulnerabilities[]", "dependencies[].suppressedVulnerabilities[]"],
  },
  detect: (input) =>
    input.syntax === "xml" ? isDependencyCheckXml(input.text) : isReport(input.json),
  parse(input) {
    const { path } = input;
    const json = docOf(input);
    needShape(isReport(json), "Dependency-Check JSON", "reportSchema or scanInfo", path);
    // Every report lists its dependencies (an empty scan writes `[]`): absent is not "none".
    const deps = needArray((json as Json).dependencies, "dependencies", path);
    const findings: Finding[] = [];
    for (const dep of entries(deps, "dependencies", path)) {
      const where = dependencyOf(dep);
      for (const v of entries(dep.vulnerabilities, "dependencies[].vulnerabilities", path)) {
        findings.push(finding(v, where, path));
      }
      const suppressed = entries(
        dep.suppressedVulnerabilities,
        "dependencies[].suppressedVulnerabilities",
        path,
      );
      for (const v of suppressed) {
        const f = finding(v, where, path);
        // The suppression file's <notes> are copied onto the vulnerability by Dependency-Check.
        f.suppressed = { kind: "dependency-check suppression file", justification: str(v.notes) };
        findings.push(f);
      }
    }
    return findings;
  },
  stream: {
    arrays: ["dependencies[].vulnerabilities", "dependencies[].suppressedVulnerabilities"],
  },
  timestamp: (input) => {
    const json = docOf(input);
    return isObject(json) && isObject(json.projectInfo)
      ? date(json.projectInfo.reportDate)
      : undefined;
  },
};

interface Where {
  pkg: PackageRef;
  file?: string;
}

/** The package: the first package URL Dependency-Check identified, else the file name. */
function dependencyOf(dep: Json): Where {
  const file = str(dep.filePath);
  const purl = objects(dep.packages)
    .map((p) => str(p.id))
    .find((id) => id?.startsWith("pkg:"));
  const parsed = purl ? parsePurl(purl) : undefined;
  const pkg: PackageRef = parsed
    ? { name: parsed.name, version: parsed.version, ecosystem: parsed.type, purl }
    : { name: str(dep.fileName) ?? file ?? "unknown" };
  // npm entries are "…/package.json?/name:range": the manifest is the part before "?".
  return { pkg, file: file?.split("?")[0]?.replace(/\\/g, "/") };
}

/** "pkg:maven/group/artifact@1.0" → maven, "group:artifact", "1.0". */
function parsePurl(purl: string): { type: string; name: string; version?: string } | undefined {
  const m = /^pkg:([^/]+)\/([^@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!m?.[1] || !m[2]) return undefined;
  const parts = decodePercent(m[2]).split("/");
  const name = m[1] === "maven" ? parts.join(":") : parts.join("/");
  return { type: m[1], name, version: m[3] ? decodePercent(m[3]) : undefined };
}

function finding(v: Json, where: Where, path: string): Finding {
  const id = str(v.name);
  if (!id) throw new GateError("a Dependency-Check vulnerability has no name", { file: path });
  const cvss = scoreOf(v);
  const description = str(v.description);
  const urls = objects(v.references).flatMap((r) => strings([r.url]));
  const ghsa = urls.map(ghsaIn).find(Boolean);
  return makeFinding(
    {
      tool: TOOL,
      layer: "dependency",
      id,
      aliases: ghsa && ghsa !== id ? [ghsa] : [],
      title: titleOf(description) ?? id,
      description,
      // NVD ratings (CRITICAL...), npm words (moderate) and "Unknown" for an unscored 0.0.
      severity: severityOf(v.severity, cvss),
      cvss,
      // Dependency-Check names no fixed version: whether one exists is not stated.
      package: where.pkg,
      location: where.file ? { path: where.file } : undefined,
      cwe: cweList(strings(v.cwes)),
      kev: isObject(v.knownExploitedVulnerability) || undefined,
      url: urls[0],
    },
    path,
  );
}

/** The newest CVSS version's base score the report gives. */
function scoreOf(v: Json): number | undefined {
  const v4 = isObject(v.cvssv4) ? num(v.cvssv4.baseScore) : undefined;
  const v3 = isObject(v.cvssv3) ? num(v.cvssv3.baseScore) : undefined;
  const v2 = isObject(v.cvssv2) ? num(v.cvssv2.score) : undefined;
  return v4 ?? v3 ?? v2;
}
