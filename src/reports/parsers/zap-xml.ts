// OWASP ZAP XML (`zap-baseline.py -x report.xml`, the traditional-xml report) → the JSON
// report's shape, so one parser reads both: `<OWASPZAPReport version generated>`, `<site>`
// elements with `<alerts><alertitem>`, each with `<instances><instance>`. ZAP 1.x wrote no
// instances: the alert item itself carries uri, param and attack, and `reliability` where
// later versions write `confidence` (0 is False Positive in both).
import { isObject, type Json } from "./fields.js";
import { parseXmlTree, XmlReader } from "./xml-tree.js";

const LISTS = [/^OWASPZAPReport\.site$/, /\.alerts\.alertitem$/, /\.instances\.instance$/];

const ALERT_FIELDS = [
  "pluginid",
  "alertRef",
  "alert",
  "name",
  "riskcode",
  "riskdesc",
  "desc",
  "count",
  "solution",
  "reference",
  "cweid",
  "wascid",
  "sourceid",
];
const INSTANCE_FIELDS = ["uri", "method", "param", "attack", "evidence"];

export function isZapXml(text: string): boolean {
  return /<OWASPZAPReport\b/.test(text.slice(0, 2000));
}

export function zapFromXml(text: string, file: string): Json {
  const read = new XmlReader(file);
  const root = read.one(parseXmlTree(text, file, LISTS), "OWASPZAPReport");
  if (!root) throw read.error("has no <OWASPZAPReport> root element");
  return {
    "@version": read.text(root, "@version") ?? "",
    "@generated": read.text(root, "@generated") ?? "",
    site: read.each(root, "site").map((site) => ({
      "@name": read.text(site, "@name"),
      "@host": read.text(site, "@host"),
      "@port": read.text(site, "@port"),
      alerts: alertItems(read, site).map((item) => alertOf(read, item)),
    })),
  };
}

function alertItems(read: XmlReader, site: Json): Json[] {
  const alerts = read.one(site, "alerts");
  if (!alerts) return [];
  // Another element in <alerts> holds what cannot be read.
  const other = Object.keys(alerts).find((k) => k !== "alertitem");
  if (other !== undefined) throw read.error("<alerts> may list only <alertitem>");
  return read.each(alerts, "alertitem");
}

function alertOf(read: XmlReader, item: Json): Json {
  const alert: Json = {};
  for (const field of ALERT_FIELDS) alert[field] = read.text(item, field);
  alert.otherinfo = read.notes(item, "otherinfo");
  alert.confidence = read.text(item, "confidence") ?? read.text(item, "reliability");
  const instances = read.one(item, "instances");
  if (instances) {
    alert.instances = read.each(instances, "instance").map((i) => fields(read, i));
  } else if (isObject(item) && read.text(item, "uri") !== undefined) {
    alert.instances = [fields(read, item)];
  }
  return alert;
}

function fields(read: XmlReader, element: Json): Json {
  const out: Json = {};
  for (const field of INSTANCE_FIELDS) out[field] = read.text(element, field);
  out.otherinfo = read.notes(element, "otherinfo");
  return out;
}
