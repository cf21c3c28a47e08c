// CycloneDX 1.4+ BOMs with `vulnerabilities` (JSON and XML): written by `trivy --format
// cyclonedx`, `grype -o cyclonedx[-json]`, jake, Dependency-Track... One finding per vulnerability and affected component. A BOM without
// vulnerabilities is an inventory, not findings: 0 findings.
import {
  makeFinding,
  severityFromWord,
  severityRank,
  type Finding,
  type Layer,
  type PackageRef,
} from "../finding.js";
import {
  date,
  decodePercent,
  isObject,
  num,
  objects,
  str,
  type Json,
  needShape,
} from "./fields.js";
import { bomFromXml, isCycloneDxXml } from "./cyclonedx-xml.js";
import { cweList, maxOf, severityOf, titleOf } from "./vuln-fields.js";
import type { Parser } from "./types.js";
import type { ReportInput } from "../decode.js";

const TOOL = "cyclonedx";
// analysis.state values that mean "this does not affect us": kept, marked suppressed.
const SUPPRESSING_STATES = new Set(["not_affected", "false_positive"]);
const OS_PURL = /^pkg:(deb|rpm|apk|alpm)\//;

// parse() and timestamp() both need the BOM; XML is converted once per report.
const xmlBoms = new WeakMap<ReportInput, Json>();

function bomOf(input: ReportInput): Json {
  if (input.syntax !== "xml") return input.json as Json;
  let bom = xmlBoms.get(input);
  if (!bom) {
    bom = bomFromXml(input.text, input.path);
    xmlBoms.set(input, bom);
  }
  return bom;
}

export const cyclonedx: Parser = {
  id: "cyclonedx",
  description:
    "CycloneDX 1.4+ JSON or XML with vulnerabilities (trivy --format cyclonedx, grype -o cyclonedx-json, ...)",
  layers: ["dependency", "image"],
  containers: { bom: ["vulnerabilities[]"] },
  detect(input) {
    if (input.syntax === "xml") return isCycloneDxXml(input.text);
    return isObject(input.json) && input.json.bomFormat === "CycloneDX";
  },
  parse(input) {
    needShape(cyclonedx.detect(input), "CycloneDX", "bomFormat CycloneDX", input.path);
    const bom = bomOf(input);
    const components = indexComponents(bom);
    const metadata = isObject(bom.metadata) ? bom.metadata : {};
    const subject = isObject(metadata.component) ? metadata.component : {};
    const inImage = str(subject.type) === "container";
    const ctx = { components, inImage, target: str(subject.name), report: input.path };
    return objects(bom.vulnerabilities).flatMap((v) => {
      const affects = objects(v.affects);
      return (affects.length > 0 ? affects : [{}]).map((a) => finding(v, a, ctx));
    });
  },
  timestamp(input) {
    const bom = bomOf(input);
    return isObject(bom.metadata) ? date(bom.metadata.timestamp) : undefined;
  },
};

interface Context {
  components: Map<string, Json>;
  inImage: boolean;
  target?: string;
  report: string;
}

/** Components by bom-ref and by purl, nested ones included. */
function indexComponents(bom: Json): Map<string, Json> {
  const index = new Map<string, Json>();
  const visit = (list: unknown): void => {
    for (const c of objects(list)) {
      for (const key of [str(c["bom-ref"]), str(c.purl)]) if (key) index.set(key, c);
      visit(c.components);
    }
  };
  visit(bom.components);
  return index;
}

function finding(v: Json, affect: Json, ctx: Context): Finding {
  const id = str(v.id) ?? str(v["bom-ref"]) ?? "unknown-vulnerability";
  const ratings = objects(v.ratings);
  const cvss =
    maxOf(ratings.filter((r) => !/v2/i.test(str(r.method) ?? "")).map((r) => num(r.score))) ??
    maxOf(ratings.map((r) => num(r.score)));
  const word = ratings
    .map((r) => severityFromWord(r.severity))
    .sort((a, b) => severityRank(b) - severityRank(a))[0];
  const pkg = packageOf(str(affect.ref), ctx.components);
  const unaffected = objects(affect.versions)
    .filter((x) => str(x.status) === "unaffected")
    .map((x) => str(x.version))
    .filter((x): x is string => !!x);
  const recommendation = str(v.recommendation);
  const layer: Layer = ctx.inImage || OS_PURL.test(pkg?.purl ?? "") ? "image" : "dependency";
  const description = str(v.description) ?? str(v.detail);
  const f = makeFinding(
    {
      tool: TOOL,
      layer,
      id,
      aliases: objects(v.references)
        .map((r) => str(r.id))
        .filter((x): x is string => !!x),
      title: titleOf(description) ?? id,
      description: [description, recommendation].filter(Boolean).join("\n\n") || undefined,
      severity: severityOf(word, cvss),
      cvss,
      fix: {
        available:
          unaffected.length > 0 || /\b(upgrade|update|fixed in)\b/i.test(recommendation ?? ""),
        versions: unaffected,
      },
      package: pkg,
      target: pkg ? ctx.target : (str(affect.ref) ?? ctx.target),
      cwe: cweList(Array.isArray(v.cwes) ? v.cwes : []),
      url: isObject(v.source) ? str(v.source.url) : undefined,
    },
    ctx.report,
  );
  const analysis = isObject(v.analysis) ? v.analysis : {};
  const state = str(analysis.state);
  if (state && SUPPRESSING_STATES.has(state)) {
    f.suppressed = {
      kind: `cyclonedx ${state}`,
      justification:
        [str(analysis.justification), str(analysis.detail)].filter(Boolean).join(": ") || undefined,
    };
  }
  return f;
}

/** The affected component, from the BOM, else from the ref when it is a purl. */
function packageOf(ref: string | undefined, components: Map<string, Json>): PackageRef | undefined {
  if (!ref) return undefined;
  const c = components.get(ref);
  const purl = str(c?.purl) ?? (ref.startsWith("pkg:") ? ref : undefined);
  const parsed = purl ? parsePurl(purl) : undefined;
  const name = c
    ? [str(c.group), str(c.name)].filter(Boolean).join(purl?.startsWith("pkg:maven/") ? ":" : "/")
    : parsed?.name;
  if (!name) return undefined;
  return { name, version: str(c?.version) ?? parsed?.version, ecosystem: parsed?.type, purl };
}

/** "pkg:maven/org.apache/log4j-core@2.13.2?x=y" → type, name (namespace joined), version. */
function parsePurl(purl: string): { type: string; name: string; version?: string } | undefined {
  const m = /^pkg:([^/]+)\/([^@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!m?.[1] || !m[2]) return undefined;
  const parts = decodePercent(m[2]).split("/");
  const name = m[1] === "maven" ? parts.join(":") : parts.join("/");
  return { type: m[1], name, version: m[3] ? decodePercent(m[3]) : undefined };
}
