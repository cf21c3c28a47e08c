// CycloneDX 1.4+ BOMs with `vulnerabilities` (JSON and XML): written by `trivy --format
// cyclonedx`, `grype -o cyclonedx[-json]`, jake, Dependency-Track... One finding per
// vulnerability and affected component. CycloneDX 1.2/1.3 BOMs (old Grype, KICS, Sonatype
// tools) carry the 1.0 vulnerability extension inside components instead: one finding per
// vulnerability of the component. Component licences are licence findings (cyclonedx-licenses.ts);
// a BOM with no vulnerabilities and no licences is an inventory: 0 findings.
import { makeFinding } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import { severityRank, type Layer } from "../../model/vocabulary.js";
import type { Finding, PackageRef } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import {
  date,
  decodePercent,
  entries,
  isObject,
  num,
  objects,
  str,
  type Json,
  needShape,
} from "./fields.js";
import { bomFromXml, isCycloneDxXml } from "./cyclonedx-xml.js";
import { cweList, maxOf, severityOf, titleOf } from "./vuln-fields.js";
import { cyclonedxSubject } from "./subject.js";
import { licenseFindings } from "./cyclonedx-licenses.js";
import type { Parser } from "./types.js";
import type { ReportInput } from "../../model/report-input.js";

const TOOL = "cyclonedx";
// analysis.state values that mean "this does not affect us": kept, marked suppressed. The
// others the spec defines count as findings; any other value is refused.
const SUPPRESSING_STATES = new Set(["not_affected", "false_positive"]);
const COUNTING_STATES = new Set(["resolved", "resolved_with_pedigree", "exploitable", "in_triage"]);
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
    "CycloneDX 1.4+ JSON or XML with vulnerabilities or component licences (trivy --format cyclonedx, grype -o cyclonedx-json, syft, ...)",
  layers: ["dependency", "image", "license"],
  // The 1.0 vulnerability extension nests them in components (any depth; two levels listed).
  containers: {
    bom: [
      "vulnerabilities[]",
      "components[].vulnerabilities[]",
      "components[].components[].vulnerabilities[]",
      "metadata.component.vulnerabilities[]",
      // Component licences (cyclonedx-licenses.ts).
      "components[].licenses[]",
      "components[].components[].licenses[]",
    ],
  },
  detect(input) {
    if (input.syntax === "xml") return isCycloneDxXml(input.text);
    return isObject(input.json) && input.json.bomFormat === "CycloneDX";
  },
  parse(input) {
    needShape(cyclonedx.detect(input), "CycloneDX", "bomFormat CycloneDX", input.path);
    const bom = bomOf(input);
    const file = input.path;
    const all = allComponents(bom, file);
    const components = indexComponents(all);
    const metadata = isObject(bom.metadata) ? bom.metadata : {};
    const subject = isObject(metadata.component) ? metadata.component : {};
    const inImage = str(subject.type) === "container";
    const ctx = { components, inImage, target: str(subject.name), report: file };
    const listed = entries(bom.vulnerabilities, "vulnerabilities", file).flatMap((v) => {
      const affects = entries(v.affects, "vulnerabilities[].affects", file);
      return (affects.length > 0 ? affects : [{}]).map((a) => {
        const ref = str(a.ref);
        return finding(v, packageOf(ref, components), ref, unaffectedIn(a, file), ctx);
      });
    });
    // The extension: vulnerabilities inside the component they affect (`ref` names the
    // vulnerability there, not the component).
    // The BOM's subject may carry them too; it stays out of the index (affects refs to it keep
    // naming a target, not a package).
    const carriers = isObject(metadata.component)
      ? [...all, ...componentTree([metadata.component], "metadata.component", file)]
      : all;
    const extension = carriers.flatMap((c) =>
      entries(c.vulnerabilities, "components[].vulnerabilities", file).map((v) => {
        if (!str(v.id)) throw new GateError("an extension vulnerability has no id", { file });
        return finding(v, componentPackage(c), undefined, [], ctx);
      }),
    );
    const licenses = licenseFindings(all, (c) => componentPackage(c), ctx.target, file);
    return [...listed, ...extension, ...licenses];
  },
  timestamp(input) {
    const bom = bomOf(input);
    return isObject(bom.metadata) ? date(bom.metadata.timestamp) : undefined;
  },
  subject: (input) => cyclonedxSubject(bomOf(input)),
};

interface Context {
  components: Map<string, Json>;
  inImage: boolean;
  target?: string;
  report: string;
}

/** Every component of the BOM, nested ones included, each list read strictly. */
function allComponents(bom: Json, file: string): Json[] {
  return componentTree(bom.components, "components", file);
}

function componentTree(list: unknown, what: string, file: string): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown, where: string): void => {
    for (const c of entries(value, where, file)) {
      out.push(c);
      visit(c.components, "components[].components");
    }
  };
  visit(list, what);
  return out;
}

/** Components by bom-ref and by purl. */
function indexComponents(components: Json[]): Map<string, Json> {
  const index = new Map<string, Json>();
  for (const c of components) {
    for (const key of [str(c["bom-ref"]), str(c.purl)]) if (key) index.set(key, c);
  }
  return index;
}

/** Versions an affects target lists as unaffected: the fixed ones. */
function unaffectedIn(affect: Json, file: string): string[] {
  return entries(affect.versions, "affects[].versions", file)
    .filter((x) => str(x.status) === "unaffected")
    .map((x) => str(x.version))
    .filter((x): x is string => !!x);
}

function finding(
  v: Json,
  pkg: PackageRef | undefined,
  ref: string | undefined,
  unaffected: string[],
  ctx: Context,
): Finding {
  const id = str(v.id) ?? str(v["bom-ref"]) ?? "unknown-vulnerability";
  const ratings = entries(v.ratings, "vulnerabilities[].ratings", ctx.report);
  const cvss =
    maxOf(ratings.filter((r) => !/v2/i.test(str(r.method) ?? "")).map((r) => num(r.score))) ??
    maxOf(ratings.map((r) => num(r.score)));
  const word = ratings
    .map((r) => severityFromWord(r.severity))
    .sort((a, b) => severityRank(b) - severityRank(a))[0];
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
      target: pkg ? ctx.target : (ref ?? ctx.target),
      cwe: cweList(Array.isArray(v.cwes) ? v.cwes : []),
      url: isObject(v.source) ? str(v.source.url) : undefined,
    },
    ctx.report,
  );
  const suppressed = suppressionOf(v, ctx.report);
  if (suppressed) f.suppressed = suppressed;
  return f;
}

/** analysis.state decides whether the finding counts: a state outside the spec is refused. */
function suppressionOf(v: Json, file: string): Finding["suppressed"] {
  if (v.analysis === undefined || v.analysis === null) return undefined;
  if (!isObject(v.analysis)) throw new GateError("analysis must be an object", { file });
  const analysis = v.analysis;
  if (analysis.state === undefined) return undefined;
  const state = str(analysis.state);
  if (state && COUNTING_STATES.has(state)) return undefined;
  if (!state || !SUPPRESSING_STATES.has(state)) {
    throw new GateError(
      `analysis.state ${JSON.stringify(analysis.state)} is not a CycloneDX state`,
      { file },
    );
  }
  return {
    kind: `cyclonedx ${state}`,
    justification:
      [str(analysis.justification), str(analysis.detail)].filter(Boolean).join(": ") || undefined,
  };
}

/** The affected component, from the BOM, else from the ref when it is a purl. */
function packageOf(ref: string | undefined, components: Map<string, Json>): PackageRef | undefined {
  if (!ref) return undefined;
  const c = components.get(ref);
  if (c) return componentPackage(c, ref.startsWith("pkg:") ? ref : undefined);
  const parsed = ref.startsWith("pkg:") ? parsePurl(ref) : undefined;
  if (!parsed?.name) return undefined;
  return { name: parsed.name, version: parsed.version, ecosystem: parsed.type, purl: ref };
}

/** A component as a package: group and name joined (":" for Maven), purl parsed for the type
 * (the ref that named the component stands in for a missing purl). */
function componentPackage(c: Json, refPurl?: string): PackageRef | undefined {
  const purl = str(c.purl) ?? refPurl;
  const parsed = purl ? parsePurl(purl) : undefined;
  const name = [str(c.group), str(c.name)]
    .filter(Boolean)
    .join(purl?.startsWith("pkg:maven/") ? ":" : "/");
  if (!name) return undefined;
  return { name, version: str(c.version) ?? parsed?.version, ecosystem: parsed?.type, purl };
}

/** "pkg:maven/org.apache/log4j-core@2.13.2?x=y" → type, name (namespace joined), version. */
function parsePurl(purl: string): { type: string; name: string; version?: string } | undefined {
  const m = /^pkg:([^/]+)\/([^@?#]+)(?:@([^?#]+))?/.exec(purl);
  if (!m?.[1] || !m[2]) return undefined;
  const parts = decodePercent(m[2]).split("/");
  const name = m[1] === "maven" ? parts.join(":") : parts.join("/");
  return { type: m[1], name, version: m[3] ? decodePercent(m[3]) : undefined };
}
