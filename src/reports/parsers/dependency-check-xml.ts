// OWASP Dependency-Check XML (`--format XML`, core/src/main/resources/templates/xmlReport.vsl)
// → the JSON report's shape, so one parser reads both. Schemas 1.x wrote the CVSS v2 score as
// `<cvssScore>` and one `<cwe>`; 2.x writes `<cvssV2><score>`, `<cvssV3><baseScore>` and
// `<cwes><cwe>`. Suppressed vulnerabilities are `<suppressedVulnerability>` elements beside
// the `<vulnerability>` ones in a dependency's `<vulnerabilities>`.
import type { Json } from "./fields.js";
import { parseXmlTree, XmlReader } from "./xml-tree.js";

const LISTS = [
  /^analysis\.dependencies\.dependency$/,
  /\.vulnerabilities\.vulnerability$/,
  /\.vulnerabilities\.suppressedVulnerability$/,
  /\.references\.reference$/,
  /\.cwes\.cwe$/,
  /\.packages\.package$/,
];

export function isDependencyCheckXml(text: string): boolean {
  return /<analysis\b[^>]*xmlns="[^"]*DependencyCheck\/dependency-check\.[\d.]+\.xsd"/.test(
    text.slice(0, 2000),
  );
}

export function dependencyCheckFromXml(text: string, file: string): Json {
  const read = new XmlReader(file);
  const root = read.one(parseXmlTree(text, file, LISTS), "analysis");
  if (!root) throw read.error("has no <analysis> root element");
  const scanInfo = read.one(root, "scanInfo") ?? {};
  const projectInfo = read.one(root, "projectInfo") ?? {};
  const dependencies = read.one(root, "dependencies");
  return {
    reportSchema: "xml",
    scanInfo: { engineVersion: read.text(scanInfo, "engineVersion") },
    projectInfo: { reportDate: read.text(projectInfo, "reportDate") },
    dependencies: dependencies
      ? read.each(dependencies, "dependency").map((d) => dep(read, d))
      : [],
  };
}

function dep(read: XmlReader, d: Json): Json {
  const packages = read.one(d, "packages");
  const vulns = read.one(d, "vulnerabilities") ?? {};
  // Another element in <vulnerabilities> holds what cannot be read.
  const other = Object.keys(vulns).find(
    (k) => k !== "vulnerability" && k !== "suppressedVulnerability",
  );
  if (other !== undefined) {
    throw read.error(
      `<vulnerabilities> may list only <vulnerability> and <suppressedVulnerability>`,
    );
  }
  return {
    fileName: read.text(d, "fileName"),
    filePath: read.text(d, "filePath"),
    packages: packages
      ? read.each(packages, "package").map((p) => ({ id: read.text(p, "id") }))
      : [],
    vulnerabilities: read.each(vulns, "vulnerability").map((v) => vuln(read, v)),
    suppressedVulnerabilities: read
      .each(vulns, "suppressedVulnerability")
      .map((v) => vuln(read, v)),
  };
}

function vuln(read: XmlReader, v: Json): Json {
  const v2 = read.one(v, "cvssV2");
  const v3 = read.one(v, "cvssV3");
  const v4 = read.one(v, "cvssV4");
  const cwes = read.one(v, "cwes");
  const references = read.one(v, "references");
  return {
    source: read.text(v, "@source"),
    name: read.text(v, "name"),
    severity: read.text(v, "severity"),
    cvssv2: { score: (v2 && read.text(v2, "score")) ?? read.text(v, "cvssScore") },
    cvssv3: { baseScore: v3 && read.text(v3, "baseScore") },
    cvssv4: { baseScore: v4 && read.text(v4, "baseScore") },
    cwes: cwes ? cweTexts(read, cwes) : [read.text(v, "cwe")].filter(Boolean),
    description: read.text(v, "description"),
    notes: read.text(v, "notes"),
    knownExploitedVulnerability: read.one(v, "knownExploitedVulnerability"),
    references: references
      ? read.each(references, "reference").map((r) => ({ url: read.text(r, "url") }))
      : [],
  };
}

/** `<cwes><cwe>CWE-79</cwe>...</cwes>`: the texts (each a string element). */
function cweTexts(read: XmlReader, cwes: Json): string[] {
  const list = cwes.cwe;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw read.error("<cwe> must be listed");
  return list.map((c: unknown) => read.text({ cwe: c }, "cwe")).filter((c): c is string => !!c);
}
