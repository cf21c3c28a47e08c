// CycloneDX XML → the JSON shape, so one parser reads both. Only the parts the cyclonedx parser
// uses are mapped (metadata, components and their licences, vulnerabilities, the 1.0 vulnerability extension
// that CycloneDX 1.2/1.3 BOMs carry inside components). The XML parser expands no entities: a
// report with a DOCTYPE is refused outright (no XXE, no entity bombs).
//
// The mapping is strict: a list element is always an array (fast-xml-parser `isArray`), and
// every container and singleton is read through `one`, so a repeated `<vulnerabilities>`,
// `<ratings>`, `<affects>`, `<id>` or `<severity>` (which the parser would turn into an array
// that lenient readers drop) is an error naming the file, never a lost finding.
import { GateError } from "../../model/errors.js";
import { isObject, type Json } from "./fields.js";
import { parseXmlTree } from "./xml-tree.js";

// Elements that may repeat, by their path: always arrays, even when there is one. Namespace
// prefixes are removed first, so the extension's `v:vulnerability` (any prefix) is a
// `vulnerabilities.vulnerability` too.
const LISTS = [
  /\.components\.component$/,
  /\.vulnerabilities\.vulnerability$/,
  /\.ratings\.rating$/,
  /\.vulnerabilityScore\.score$/,
  /\.cwes\.cwe$/,
  /\.affects\.target$/,
  /\.versions\.version$/,
  /\.references\.reference$/,
  /\.responses\.response$/,
  /\.advisories\.advisory$/,
  /\.recommendations\.recommendation$/,
  /\.licenses\.license$/,
];

export function isCycloneDxXml(text: string): boolean {
  return /<bom\b[^>]*xmlns="http:\/\/cyclonedx\.org\/schema\/bom\//.test(text.slice(0, 4000));
}

export function bomFromXml(text: string, file: string): Json {
  // Attributes (bom-ref, type, ref) keyed by their bare names, as the JSON shape has them.
  const doc = parseXmlTree(text, file, LISTS, "");
  const read = new Reader(file);
  const bom = read.one(doc, "bom");
  if (!bom) throw new GateError("has no <bom> root element", { file });
  const metadata = read.one(bom, "metadata") ?? {};
  const subject = read.one(metadata, "component");
  return {
    bomFormat: "CycloneDX",
    specVersion: /<bom\b[^>]*xmlns="[^"]*schema\/bom\/([\d.]+)"/.exec(text.slice(0, 4000))?.[1],
    metadata: {
      timestamp: read.text(metadata, "timestamp"),
      component: subject && component(subject, read),
    },
    components: read.children(bom, "components", "component").map((c) => component(c, read)),
    vulnerabilities: read
      .children(bom, "vulnerabilities", "vulnerability")
      .map((v) => vulnerability(v, read)),
  };
}

/** Strict readers over fast-xml-parser's output, each error naming the file. */
class Reader {
  constructor(private readonly file: string) {}

  /** A singleton element: absent or empty is undefined; repeated or text-only is an error. */
  one(parent: Json, name: string): Json | undefined {
    const value = parent[name];
    if (value === undefined || value === "") return undefined;
    if (Array.isArray(value)) throw this.error(`<${name}> must appear once`);
    if (!isObject(value)) throw this.error(`<${name}> must hold elements, not text`);
    return value;
  }

  /** The text of a singleton element (or an attribute); repeated is an error. */
  text(parent: Json, name: string): string | undefined {
    const value = parent[name];
    if (value === undefined) return undefined;
    if (typeof value === "string") return value;
    if (Array.isArray(value)) throw this.error(`<${name}> must appear once`);
    // An element with attributes keeps its text under "#text".
    if (isObject(value) && typeof value["#text"] === "string") return value["#text"];
    throw this.error(`<${name}> must be text`);
  }

  /** The list `child` elements of the one `container`, which holds nothing else. */
  private listed(parent: Json, container: string, child: string): unknown {
    const list = this.one(parent, container);
    if (!list) return undefined;
    // Another element in a list (<vuln> in <vulnerabilities>) holds what cannot be read.
    const other = Object.keys(list).find((k) => k !== child);
    if (other !== undefined) throw this.error(`<${container}> may list only <${child}>`);
    return list[child];
  }

  /** The `child` elements of the one `container`: `<ratings><rating/>...</ratings>`. */
  children(parent: Json, container: string, child: string): Json[] {
    const items = this.listed(parent, container, child);
    if (items === undefined) return [];
    if (!Array.isArray(items)) throw this.error(`<${container}> must list <${child}> elements`);
    return items.map((item) => {
      if (!isObject(item)) throw this.error(`<${child}> in <${container}> must hold elements`);
      return item;
    });
  }

  /** The texts of the `child` elements of the one `container`: `<cwes><cwe>79</cwe></cwes>`. */
  texts(parent: Json, container: string, child: string): string[] {
    const items = this.listed(parent, container, child);
    if (items === undefined) return [];
    if (!Array.isArray(items)) throw this.error(`<${container}> must list <${child}> elements`);
    return items.map((item) => this.text({ [child]: item }, child) ?? "");
  }

  error(message: string): GateError {
    return new GateError(`CycloneDX XML: ${message}`, { file: this.file });
  }
}

function component(c: Json, read: Reader): Json {
  return {
    "bom-ref": read.text(c, "bom-ref"),
    type: read.text(c, "type"),
    group: read.text(c, "group"),
    name: read.text(c, "name"),
    version: read.text(c, "version"),
    purl: read.text(c, "purl"),
    licenses: licenses(c, read),
    evidence: evidence(c, read),
    components: read.children(c, "components", "component").map((x) => component(x, read)),
    // The 1.0 vulnerability extension (CycloneDX 1.2/1.3): findings of this component.
    vulnerabilities: read
      .children(c, "vulnerabilities", "vulnerability")
      .map((v) => vulnerability(v, read)),
  };
}

/**
 * `<licenses>`: `<license>` elements (`<id>` or `<name>`) and at most one `<expression>`, as
 * the JSON shape's `{license: {id, name}}` and `{expression}` entries (cyclonedx-licenses.ts).
 */
function licenses(c: Json, read: Reader): Json[] | undefined {
  const list = read.one(c, "licenses");
  if (!list) return undefined;
  const other = Object.keys(list).find((k) => k !== "license" && k !== "expression");
  if (other !== undefined) throw read.error(`<licenses> may list only <license> and <expression>`);
  const expression = read.text(list, "expression");
  const items = list.license === undefined ? [] : (list.license as unknown[]);
  return [
    ...(expression === undefined ? [] : [{ expression }]),
    ...items.map((l) => {
      if (!isObject(l)) throw read.error("<license> must hold <id> or <name>");
      return { license: { id: read.text(l, "id"), name: read.text(l, "name") } };
    }),
  ];
}

/** `<evidence>`: only its `<licenses>` are read (the licences a tool found in the component). */
function evidence(c: Json, read: Reader): Json | undefined {
  const found = read.one(c, "evidence");
  return found ? { licenses: licenses(found, read) } : undefined;
}

/** A CycloneDX 1.4+ vulnerability or an extension one: the fields both share, one shape. */
function vulnerability(v: Json, read: Reader): Json {
  const analysis = read.one(v, "analysis");
  const source = read.one(v, "source");
  const recommendations = read.texts(v, "recommendations", "recommendation");
  return {
    id: read.text(v, "id"),
    "bom-ref": read.text(v, "bom-ref"),
    description: read.text(v, "description"),
    detail: read.text(v, "detail"),
    recommendation: [read.text(v, "recommendation"), ...recommendations].filter(Boolean).join("\n"),
    source: source && { name: read.text(source, "name"), url: read.text(source, "url") },
    references: read
      .children(v, "references", "reference")
      .map((r) => ({ id: read.text(r, "id") })),
    ratings: [
      ...read.children(v, "ratings", "rating"),
      ...read.children(v, "vulnerabilityScore", "score"),
    ].map((r) => rating(r, read)),
    // 1.4 and the extension's XSD list CWEs in <cwes>; KICS writes a bare <cwe> too.
    cwes: [...read.texts(v, "cwes", "cwe"), read.text(v, "cwe")].filter(Boolean),
    analysis: analysis && {
      state: read.text(analysis, "state"),
      justification: read.text(analysis, "justification"),
      detail: read.text(analysis, "detail"),
    },
    affects: read.children(v, "affects", "target").map((t) => ({
      ref: read.text(t, "ref"),
      versions: read.children(t, "versions", "version").map((x) => ({
        version: read.text(x, "version"),
        status: read.text(x, "status"),
      })),
    })),
  };
}

/**
 * 1.4: `<rating><score>9.8</score><severity/><method/></rating>`. The extension (Grype):
 * `<rating><score><base>9.8</base></score>...<method/></rating>`, and its XSD's
 * `<vulnerabilityScore><score><score><base/></score><severity/><source/></score>`.
 */
function rating(r: Json, read: Reader): Json {
  const nested = isObject(r.score) ? read.one(r, "score") : undefined;
  return {
    score: nested ? read.text(nested, "base") : read.text(r, "score"),
    severity: read.text(r, "severity"),
    method: read.text(r, "method") ?? (typeof r.source === "string" ? r.source : undefined),
  };
}
