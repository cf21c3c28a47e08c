// OWASP ZAP JSON (the "traditional-json" report): `zap-baseline.py -J report.json`,
// `zap-full-scan.py -J`, `zap-api-scan.py -J`, or the reports add-on's traditional-json
// template. `site[]` holds the scanned origins, each with `alerts[]`, each alert with the
// `instances[]` (method, URI, parameter) it was raised on. ZAP tests the running service, so
// its findings are the `api` layer: what is exposed at the HTTP boundary.
import { GateError } from "../../model/errors.js";
import { makeFinding, normaliseCwe } from "../../model/make-finding.js";
import type { Finding, Suppression } from "../../model/finding.js";
import type { Severity } from "../../model/vocabulary.js";
import { entries, isObject, needArray, needShape, num, str, type Json } from "./fields.js";
import { knownValue } from "./status.js";
import { agreeRanges } from "./totals.js";
import type { Parser } from "./types.js";
import type { ReportInput } from "../../model/report-input.js";
import { isZapXml, zapFromXml } from "./zap-xml.js";
import { titleOf } from "./vuln-fields.js";

const TOOL = "zap";

// parse() and timestamp() both need the document; XML is converted once per report.
const xmlDocs = new WeakMap<ReportInput, Json>();

function docOf(input: ReportInput): unknown {
  if (input.syntax !== "xml") return input.json;
  let doc = xmlDocs.get(input);
  if (!doc) {
    doc = zapFromXml(input.text, input.path);
    xmlDocs.set(input, doc);
  }
  return doc;
}

function isReport(value: unknown): value is Json {
  return (
    isObject(value) &&
    "site" in value &&
    typeof value["@version"] === "string" &&
    typeof value["@generated"] === "string"
  );
}

export const zap: Parser = {
  id: "zap",
  description:
    "OWASP ZAP JSON or XML (zap-baseline.py / zap-full-scan.py / zap-api-scan.py -J FILE or -x FILE)",
  layers: ["api"],
  containers: { json: ["site[].alerts[]"] },
  detect: (input) => (input.syntax === "xml" ? isZapXml(input.text) : isReport(input.json)),
  parse(input) {
    const { path } = input;
    const json = docOf(input);
    needShape(isReport(json), "ZAP JSON", "@version, @generated and a site array", path);
    const findings: Finding[] = [];
    // Every report lists its sites (a scan that reached nothing writes `[]`).
    const sites = needArray((json as Json).site, "site", path);
    for (const site of entries(sites, "site", path)) {
      for (const alert of entries(site.alerts, "site[].alerts", path)) {
        findings.push(...alertFindings(alert, site, path));
      }
    }
    return findings;
  },
  // An alert (with its instances and count) is read whole, so batches of alerts stand alone.
  stream: { arrays: ["site[].alerts"] },
  // ZAP writes the local time without a zone (Alert.java, "EEE, d MMM yyyy HH:mm:ss"): read as
  // UTC, at most a day off, which only matters for require.max-report-age of a day or less.
  timestamp: (input) => {
    const json = docOf(input);
    const text = isObject(json) ? str(json["@generated"]) : undefined;
    const d = text ? new Date(`${text} UTC`) : undefined;
    return d && !Number.isNaN(d.getTime()) ? d : undefined;
  },
};

// Alert.java: RISK_INFO = 0, RISK_LOW = 1, RISK_MEDIUM = 2, RISK_HIGH = 3 (written as strings).
const RISKS = new Map<unknown, Severity>([
  ["0", "info"],
  ["1", "low"],
  ["2", "medium"],
  ["3", "high"],
  [0, "info"],
  [1, "low"],
  [2, "medium"],
  [3, "high"],
]);

// Alert.java: CONFIDENCE_FALSE_POSITIVE = 0 (an analyst, or an alert filter the scan's context
// carries, marked it), LOW = 1, MEDIUM = 2, HIGH = 3, USER_CONFIRMED = 4.
const FALSE_POSITIVE = new Map<unknown, boolean>([
  [undefined, false],
  ...["0", 0].map((k) => [k, true] as [unknown, boolean]),
  ...["1", "2", "3", "4", 1, 2, 3, 4].map((k) => [k, false] as [unknown, boolean]),
]);

/** One finding per instance; an alert that lists none (ZAP 1.x) is one finding at the site. */
function alertFindings(alert: Json, site: Json, path: string): Finding[] {
  const id = str(alert.alertRef) ?? str(alert.pluginid);
  if (!id) throw new GateError("a ZAP alert has no pluginid", { file: path });
  const severity = knownValue(RISKS, alert.riskcode, `alert ${id}: riskcode`, path);
  const falsePositive = knownValue(
    FALSE_POSITIVE,
    alert.confidence,
    `alert ${id}: confidence`,
    path,
  );
  const instances = entries(alert.instances, "site[].alerts[].instances", path);
  // `count` is every instance ZAP saw; the report lists at most its configured maximum, so
  // the listed ones can be fewer, never more.
  agreeRanges({ count: alert.count }, { count: [instances.length, Infinity] }, `alert ${id}`, path);
  const suppressed: Suppression | undefined = falsePositive
    ? { kind: "zap false positive" }
    : undefined;
  const places = instances.length > 0 ? instances.map(targetOf) : [str(site["@name"]) ?? id];
  return places.map((target) => finding(alert, id, severity, target, suppressed, path));
}

/** "GET https://host/path" and the parameter it was found in, when there is one. */
function targetOf(instance: Json): string {
  const where = [str(instance.method), str(instance.uri)].filter(Boolean).join(" ");
  const param = str(instance.param);
  return param ? `${where} [${param}]` : where;
}

function finding(
  alert: Json,
  id: string,
  severity: Severity,
  target: string,
  suppressed: Suppression | undefined,
  path: string,
): Finding {
  const description = [
    text(alert.desc),
    text(alert.solution) && `Solution: ${text(alert.solution)}`,
  ]
    .filter(Boolean)
    .join("\n");
  // cweid -1 (or 0) is ZAP's "no CWE".
  const cweId = num(alert.cweid);
  const cwe = cweId !== undefined && cweId > 0 ? normaliseCwe(cweId) : undefined;
  const pluginId = str(alert.pluginid);
  // The WASC threat class ZAP files the alert under (13 information leakage, 15 application
  // misconfiguration ...): the alert type's category for the controls.
  const wascId = num(alert.wascid);
  return makeFinding(
    {
      tool: TOOL,
      layer: "api",
      id,
      ruleId: pluginId !== id ? pluginId : undefined,
      title: str(alert.alert) ?? str(alert.name) ?? titleOf(description) ?? id,
      description: description || undefined,
      severity,
      cwe: cwe ? [cwe] : [],
      category: wascId !== undefined && wascId > 0 ? `WASC-${wascId}` : undefined,
      target,
      url: /https?:\/\/[^\s<"]+/.exec(str(alert.reference) ?? "")?.[0],
      suppressed,
    },
    path,
  );
}

/** ZAP's descriptions are HTML paragraphs: the text, one paragraph per line. */
function text(value: unknown): string | undefined {
  const html = str(value);
  if (!html) return undefined;
  const plain = html
    .replace(/<\/p>\s*<p>/g, "\n")
    .replace(/<[^>]*>/g, "")
    .trim();
  return plain || undefined;
}
