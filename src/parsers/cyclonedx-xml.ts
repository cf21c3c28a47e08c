// CycloneDX XML → the JSON shape, so one parser reads both. Only the parts the cyclonedx parser
// uses are mapped (metadata, components, vulnerabilities). The XML parser expands no entities:
// a report with a DOCTYPE is refused outright (no XXE, no entity bombs).
import { XMLParser } from "fast-xml-parser";
import { GateError } from "../errors.js";
import { arr, isObject, objects, str, type Json } from "./fields.js";

// Elements that may repeat, by their path: always arrays, even when there is one.
const LISTS = [
  /\.components\.component$/,
  /\.vulnerabilities\.vulnerability$/,
  /\.ratings\.rating$/,
  /\.cwes\.cwe$/,
  /\.affects\.target$/,
  /\.versions\.version$/,
  /\.references\.reference$/,
  /\.responses\.response$/,
];

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The five predefined XML entities and numeric references; nothing user-defined. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X"))
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

export function isCycloneDxXml(text: string): boolean {
  return /<bom\b[^>]*xmlns="http:\/\/cyclonedx\.org\/schema\/bom\//.test(text.slice(0, 4000));
}

export function bomFromXml(text: string, file: string): Json {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new GateError("XML with a DOCTYPE or entity declaration is refused", { file });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    removeNSPrefix: true,
    isArray: (_name, jpath) => LISTS.some((re) => re.test(String(jpath))),
    tagValueProcessor: (_name, value) => decodeEntities(value),
    attributeValueProcessor: (_name, value) => decodeEntities(value),
  });
  let doc: unknown;
  try {
    doc = parser.parse(text);
  } catch (err) {
    throw new GateError(`is not valid XML (${err instanceof Error ? err.message : String(err)})`, {
      file,
    });
  }
  const bom = isObject(doc) && isObject(doc.bom) ? doc.bom : undefined;
  if (!bom) throw new GateError("has no <bom> root element", { file });
  const metadata = isObject(bom.metadata) ? bom.metadata : {};
  return {
    bomFormat: "CycloneDX",
    specVersion: /schema\/bom\/([\d.]+)/.exec(str(bom.xmlns) ?? "")?.[1],
    metadata: {
      timestamp: str(metadata.timestamp),
      component: isObject(metadata.component) ? component(metadata.component) : undefined,
    },
    components: listIn(bom.components, "component").map(component),
    vulnerabilities: listIn(bom.vulnerabilities, "vulnerability").map(vulnerability),
  };
}

function listIn(parent: unknown, child: string): Json[] {
  return isObject(parent) ? objects(parent[child]) : [];
}

function component(c: Json): Json {
  return { ...c, components: listIn(c.components, "component").map(component) };
}

function vulnerability(v: Json): Json {
  const analysis = isObject(v.analysis) ? v.analysis : undefined;
  return {
    ...v,
    references: listIn(v.references, "reference"),
    ratings: listIn(v.ratings, "rating"),
    cwes: arr(isObject(v.cwes) ? v.cwes.cwe : []),
    analysis: analysis && {
      ...analysis,
      response: arr(isObject(analysis.responses) ? analysis.responses.response : []),
    },
    affects: listIn(v.affects, "target").map((t) => ({
      ref: str(t.ref),
      versions: listIn(t.versions, "version"),
    })),
  };
}
