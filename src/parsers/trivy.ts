// Trivy JSON: `trivy image|fs|repo|config|sbom --format json` (SchemaVersion 2), the legacy
// top-level array of results (Trivy < 0.20), and `trivy k8s --format json` cluster reports.
import { makeFinding, severityFromWord, type Finding, type Layer } from "../finding.js";
import { GateError } from "../errors.js";
import {
  arr,
  commaList,
  date,
  isObject,
  needArray,
  NO_FIELDS,
  num,
  objects,
  str,
  strings,
  type Json,
} from "./fields.js";
import type { Parser } from "./types.js";
import { lookup } from "../lookup.js";
import { cweList, fixFrom, severityOf } from "./vuln-fields.js";

const TOOL = "trivy";

// Every array findings come from, in each of Trivy's shapes (image/fs, legacy, k8s cluster).
const FINDING_ARRAYS = [
  "Vulnerabilities",
  "ExperimentalModifiedFindings",
  "Misconfigurations",
  "Secrets",
  "Licenses",
];
const RESULT_PLACES = [
  "Results[]",
  "[]",
  "Resources[].Results[]",
  "Vulnerabilities[].Results[]",
  "Misconfigurations[].Results[]",
];

function isResult(value: unknown): boolean {
  return isObject(value) && "Target" in value;
}

function isClusterReport(doc: unknown): doc is Json {
  return (
    isObject(doc) &&
    "ClusterName" in doc &&
    ("Resources" in doc || "Vulnerabilities" in doc || "Misconfigurations" in doc)
  );
}

export const trivy: Parser = {
  id: "trivy",
  description: "Trivy JSON (trivy image|fs|repo|config|sbom|k8s --format json; legacy array too)",
  layers: ["image", "dependency", "iac", "secret", "license"],
  detect({ json }) {
    if (isObject(json)) {
      if (isClusterReport(json)) return true;
      return "SchemaVersion" in json && "ArtifactName" in json && !("kind" in json);
    }
    return Array.isArray(json) && json.length > 0 && json.every(isResult);
  },
  parse(input) {
    const { json, path } = input;
    if (Array.isArray(json)) return parseResults(json, undefined, path);
    if (isClusterReport(json)) return parseCluster(json, path);
    // Forced with trivy:PATH, a document must still be a Trivy report: a clean report has
    // SchemaVersion, so an object without it is the wrong file, not zero findings.
    if (!isObject(json) || !("SchemaVersion" in json)) {
      throw new GateError("is not a Trivy JSON report (no SchemaVersion)", { file: path });
    }
    const doc = json;
    const results = doc.Results === undefined || doc.Results === null ? [] : doc.Results;
    needArray(results, "Results", path);
    const imageArtifact = str(doc.ArtifactType) === "container_image";
    return parseResults(
      results as unknown[],
      imageArtifact ? str(doc.ArtifactName) : undefined,
      path,
    );
  },
  timestamp: ({ json }) => (isObject(json) ? date(json.CreatedAt) : undefined),
  coverage: ({ json }) => coverage(json),
  stream: { arrays: RESULT_PLACES.flatMap((r) => FINDING_ARRAYS.map((a) => `${r}.${a}`)) },
};

/** `trivy k8s`: Vulnerabilities/Misconfigurations (older) or Resources (newer), each with Results. */
function parseCluster(doc: Json, path: string): Finding[] {
  const resources = [
    ...objects(doc.Vulnerabilities),
    ...objects(doc.Misconfigurations),
    ...objects(doc.Resources),
  ];
  return resources.flatMap((resource) => {
    const name = [str(resource.Namespace), str(resource.Kind), str(resource.Name)]
      .filter(Boolean)
      .join("/");
    return parseResults(arr(resource.Results), undefined, path, name);
  });
}

function parseResults(
  results: unknown[],
  image: string | undefined,
  path: string,
  resource?: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    if (!isObject(result)) throw new GateError("Results[] entries must be objects", { file: path });
    const target = str(result.Target) ?? "";
    const cls = str(result.Class) ?? "";
    // Vulnerabilities inside a container image belong to the image layer, whichever package
    // manager installed them; outside an image, language packages are dependencies.
    const vulnLayer: Layer = image || cls === "os-pkgs" ? "image" : "dependency";
    // The result Type ("alpine", "debian", "pip", "jar"...) says which version order applies.
    const ctx = { path, target, resource, image, type: str(result.Type) };
    for (const v of objects(result.Vulnerabilities))
      findings.push(vulnerability(v, vulnLayer, ctx));
    for (const v of objects(result.ExperimentalModifiedFindings)) {
      const f = modifiedFinding(v, vulnLayer, ctx);
      if (f) findings.push(f);
    }
    for (const m of objects(result.Misconfigurations)) {
      if (str(m.Status) === "PASS" || str(m.Status) === "EXCEPTION") continue;
      findings.push(misconfiguration(m, ctx));
    }
    for (const s of objects(result.Secrets)) findings.push(secret(s, ctx));
    for (const l of objects(result.Licenses)) findings.push(license(l, ctx));
  }
  return findings;
}

interface Context {
  path: string;
  target: string;
  resource?: string;
  image?: string;
  type?: string;
}

function bestCvss(v: Json): number | undefined {
  if (!isObject(v.CVSS)) return undefined;
  let best: number | undefined;
  // for...in, not Object.values: no array per vulnerability (JSON objects inherit no keys).
  for (const vendor in v.CVSS) {
    const source = v.CVSS[vendor];
    if (!isObject(source)) continue;
    const score = num(source.V40Score) ?? num(source.V3Score) ?? num(source.V2Score);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best;
}

function vulnerability(v: Json, layer: Layer, ctx: Context): Finding {
  const id = str(v.VulnerabilityID);
  if (!id) throw new GateError("a vulnerability has no VulnerabilityID", { file: ctx.path });
  const cvss = bestCvss(v);
  const fixes = commaList(v.FixedVersion);
  const identifier = isObject(v.PkgIdentifier) ? v.PkgIdentifier : NO_FIELDS;
  return makeFinding(
    {
      tool: TOOL,
      layer,
      id,
      aliases: strings(v.VendorIDs),
      title: str(v.Title) ?? id,
      description: str(v.Description),
      severity: severityOf(v.Severity, cvss),
      cvss,
      fix: fixFrom(fixes),
      package: {
        name: str(v.PkgName) ?? "",
        version: str(v.InstalledVersion),
        ecosystem: ctx.type,
        purl: str(identifier.PURL),
      },
      target: ctx.resource ?? ctx.image ?? ctx.target,
      location: ctx.image || !ctx.target ? undefined : { path: ctx.target },
      cwe: cweList(strings(v.CweIDs)),
      url: str(v.PrimaryURL),
    },
    ctx.path,
  );
}

/** VEX / .trivyignore'd findings: kept, and marked suppressed with Trivy's statement. */
function modifiedFinding(m: Json, layer: Layer, ctx: Context): Finding | undefined {
  const inner = isObject(m.Finding) ? m.Finding : undefined;
  if (!inner || !str(inner.VulnerabilityID)) return undefined;
  const f = vulnerability(inner, layer, ctx);
  const statement = str(m.Statement);
  f.suppressed = {
    kind: `trivy ${str(m.Type) ?? "modified"} ${str(m.Status) ?? ""}`.trim(),
    justification: [statement, str(m.Source)].filter(Boolean).join(" — ") || undefined,
  };
  return f;
}

function misconfiguration(m: Json, ctx: Context): Finding {
  const id = str(m.AVDID) ?? str(m.ID);
  if (!id) throw new GateError("a misconfiguration has no ID", { file: ctx.path });
  const cause = isObject(m.CauseMetadata) ? m.CauseMetadata : {};
  const startLine = num(cause.StartLine);
  const filePath = ctx.resource ? undefined : ctx.target;
  return makeFinding(
    {
      tool: TOOL,
      layer: "iac",
      id,
      aliases: [str(m.ID), str(m.AVDID)].filter((x): x is string => !!x && x !== id),
      ruleId: str(m.ID),
      title: str(m.Title) ?? id,
      description: str(m.Message) ?? str(m.Description),
      severity: severityFromWord(m.Severity),
      location: filePath ? { path: filePath, startLine, endLine: num(cause.EndLine) } : undefined,
      target: ctx.resource ?? (str(cause.Resource) || undefined),
      url: str(m.PrimaryURL),
    },
    ctx.path,
  );
}

function secret(s: Json, ctx: Context): Finding {
  const id = str(s.RuleID) ?? "secret";
  return makeFinding(
    {
      tool: TOOL,
      layer: "secret",
      id,
      title: str(s.Title) ?? id,
      // Trivy masks the match itself; we keep only its redacted form.
      description: str(s.Match),
      severity: severityFromWord(s.Severity),
      location: { path: ctx.target, startLine: num(s.StartLine), endLine: num(s.EndLine) },
      target: ctx.resource ?? ctx.image,
    },
    ctx.path,
  );
}

function license(l: Json, ctx: Context): Finding {
  const name = str(l.Name) ?? "unknown-license";
  const pkg = str(l.PkgName);
  const file = str(l.FilePath);
  return makeFinding(
    {
      tool: TOOL,
      layer: "license",
      id: name,
      title: `License ${name} (${str(l.Category) ?? "uncategorised"})`,
      severity: severityFromWord(l.Severity),
      package: pkg ? { name: pkg } : undefined,
      location: file ? { path: file } : undefined,
      target: ctx.image ?? ctx.target,
      url: str(l.Link) || undefined,
    },
    ctx.path,
  );
}

const CLASS_LAYER: Record<string, Layer> = {
  "os-pkgs": "image",
  "lang-pkgs": "dependency",
  config: "iac",
  secret: "secret",
  license: "license",
  "license-file": "license",
};

/** Layers scanned, from each Result's Class (Trivy lists scanned targets even when clean). */
function coverage(json: unknown): Layer[] {
  const image = isObject(json) && str(json.ArtifactType) === "container_image";
  const results = Array.isArray(json)
    ? json
    : isClusterReport(json)
      ? [json.Vulnerabilities, json.Misconfigurations, json.Resources].flatMap((r) =>
          objects(r).flatMap((resource) => arr(resource.Results)),
        )
      : isObject(json)
        ? arr(json.Results)
        : [];
  const layers = objects(results).map((r) => {
    const layer = lookup(CLASS_LAYER, str(r.Class) ?? "");
    return image && layer === "dependency" ? "image" : layer;
  });
  if (image) layers.push("image");
  return layers.filter((l): l is Layer => l !== undefined);
}
