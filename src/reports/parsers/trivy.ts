// Trivy JSON: `trivy image|fs|repo|config|sbom --format json` (SchemaVersion 2), the legacy
// top-level array of results (Trivy < 0.20), and `trivy k8s --format json` cluster reports.
import { makeFinding, severityFromWord, type Finding, type Layer } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import {
  arr,
  commaList,
  date,
  entries,
  isObject,
  NO_FIELDS,
  num,
  objects,
  str,
  strings,
  type Json,
} from "./fields.js";
import { trivySubject } from "./subject.js";
import type { Parser } from "./types.js";
import { lookup } from "../../model/lookup.js";
import { imageRef } from "../../model/image-ref.js";
import { knownValue } from "./status.js";
import { agreeTotals } from "./totals.js";
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

/** The findings containers of the Results at these places (parsers/containers.ts). */
function containersIn(places: readonly string[]): string[] {
  return places.flatMap((r) => FINDING_ARRAYS.map((a) => `${r}.${a}[]`));
}

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
  containers: {
    report: containersIn(["Results[]"]),
    legacy: containersIn(["[]"]),
    cluster: containersIn(RESULT_PLACES.slice(2)),
  },
  detect({ json }) {
    if (isObject(json)) {
      if (isClusterReport(json)) return true;
      return "SchemaVersion" in json && "ArtifactName" in json;
    }
    return Array.isArray(json) && json.length > 0 && json.every(isResult);
  },
  parse(input) {
    const { json, path } = input;
    if (Array.isArray(json)) return parseResults(entries(json, "Results", path), undefined, path);
    if (isClusterReport(json)) return parseCluster(json, path);
    // Forced with trivy:PATH, a document must still be a Trivy report: a clean report has
    // SchemaVersion, so an object without it is the wrong file, not zero findings.
    if (!isObject(json) || !("SchemaVersion" in json)) {
      throw new GateError("is not a Trivy JSON report (no SchemaVersion)", { file: path });
    }
    const doc = json;
    const results = entries(doc.Results, "Results", path);
    const imageArtifact = str(doc.ArtifactType) === "container_image";
    return parseResults(results, imageArtifact ? imageOf(doc, results, path) : undefined, path);
  },
  timestamp: ({ json }) => (isObject(json) ? date(json.CreatedAt) : undefined),
  coverage: ({ json }) => coverage(json),
  // Trivy counts a result's failed checks in MisconfSummary.Failures from the list it writes
  // (pkg/result/filter.go): checked once on the whole report, as a streamed batch holds only
  // part of the list. A report filtered with --severity by an older `trivy k8s` counts more
  // than it lists: refused too, with the way out (the policy decides severities, not a filter).
  checkTotals({ json, path }, findings) {
    const results = allResults(json);
    const summaries = results.map((r) => r.MisconfSummary).filter(isObject);
    if (summaries.length === 0) return;
    // Checks a .trivyignore or VEX removed are counted by a rule this parser cannot know.
    if (results.some((r) => hasEntries(r.ExperimentalModifiedFindings))) return;
    let failures = 0;
    for (const summary of summaries) {
      const n = num(summary.Failures);
      if (n === undefined) {
        throw new GateError("MisconfSummary.Failures must be a number", { file: path });
      }
      failures += n;
    }
    let listed = 0;
    for (const f of findings) if (f.layer === "iac" && !f.suppressed) listed++;
    agreeTotals(
      { Failures: failures },
      { Failures: listed },
      "MisconfSummary (summed over the results)",
      path,
      "a report filtered with --severity lists fewer: gate the unfiltered report, the policy decides severities",
    );
  },
  subject: ({ json }) => trivySubject(json),
  stream: { arrays: RESULT_PLACES.flatMap((r) => FINDING_ARRAYS.map((a) => `${r}.${a}`)) },
};

/**
 * The scanned image: ArtifactName, else Metadata.RepoTags, else the OS result's Target without
 * Trivy's " (debian 10.13)" suffix (converted or merged reports leave the name empty). With
 * none of them, the findings could not meet an asset's `images:` glob: an error, not findings
 * classified by default. A streamed batch sees one result only; the top-level names survive.
 */
function imageOf(doc: Json, results: Json[], path: string): string | undefined {
  const metadata = isObject(doc.Metadata) ? doc.Metadata : NO_FIELDS;
  const os = results.find((r) => str(r.Class) === "os-pkgs");
  const osTarget = os ? str(os.Target) : undefined;
  const image =
    str(doc.ArtifactName) ?? strings(metadata.RepoTags)[0] ?? (osTarget && imageRef(osTarget));
  if (image === undefined && results.some(hasFindings)) {
    throw new GateError(
      "an image report names no image (ArtifactName, Metadata.RepoTags or an os-pkgs Target)",
      { file: path },
    );
  }
  return image;
}

/** Every result object of every Trivy shape (report, legacy array, k8s cluster report). */
function allResults(json: unknown): Json[] {
  if (Array.isArray(json)) return json.filter(isObject);
  if (!isObject(json)) return [];
  const resources = [json.Vulnerabilities, json.Misconfigurations, json.Resources].flatMap((r) =>
    Array.isArray(r) ? r.filter(isObject) : [],
  );
  return [
    ...(Array.isArray(json.Results) ? json.Results.filter(isObject) : []),
    ...resources.flatMap((r) => (Array.isArray(r.Results) ? r.Results.filter(isObject) : [])),
  ];
}

function hasEntries(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function hasFindings(result: Json): boolean {
  return FINDING_ARRAYS.some((key) => hasEntries(result[key]));
}

/** `trivy k8s`: Vulnerabilities/Misconfigurations (older) or Resources (newer), each with Results. */
function parseCluster(doc: Json, path: string): Finding[] {
  const resources = [
    ...entries(doc.Vulnerabilities, "Vulnerabilities", path),
    ...entries(doc.Misconfigurations, "Misconfigurations", path),
    ...entries(doc.Resources, "Resources", path),
  ];
  return resources.flatMap((resource) => {
    const name = [str(resource.Namespace), str(resource.Kind), str(resource.Name)]
      .filter(Boolean)
      .join("/");
    return parseResults(
      entries(resource.Results, "Resources[].Results", path),
      undefined,
      path,
      name,
    );
  });
}

function parseResults(
  results: Json[],
  image: string | undefined,
  path: string,
  resource?: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    const target = str(result.Target) ?? "";
    const cls = str(result.Class) ?? "";
    // Vulnerabilities inside a container image belong to the image layer, whichever package
    // manager installed them; outside an image, language packages are dependencies.
    const vulnLayer: Layer = image || cls === "os-pkgs" ? "image" : "dependency";
    // The result Type ("alpine", "debian", "pip", "jar"...) says which version order applies.
    const ctx = { path, target, resource, image, vulnLayer, type: str(result.Type) };
    const read = (key: string) => entries(result[key], `Results[].${key}`, path);
    for (const v of read("Vulnerabilities")) findings.push(vulnerability(v, vulnLayer, ctx));
    for (const m of read("ExperimentalModifiedFindings")) findings.push(modifiedFinding(m, ctx));
    for (const m of read("Misconfigurations")) {
      const status = misconfigurationStatus(m, path);
      if (status === "pass") continue;
      const f = misconfiguration(m, ctx);
      // Excused by a Rego exception in the repository: kept, marked suppressed (it gives no why).
      if (status === "exception") f.suppressed = { kind: "trivy exception" };
      findings.push(f);
    }
    for (const s of read("Secrets")) findings.push(secret(s, ctx));
    for (const l of read("Licenses")) findings.push(license(l, ctx));
  }
  return findings;
}

// aquasecurity/trivy pkg/types/misconfiguration.go: MisconfStatus. An absent status (old
// Trivy listed failures only) counts; EXCEPTION is a Rego exception the repository wrote.
const MISCONF_STATUSES = new Map<unknown, "fail" | "pass" | "exception">([
  [undefined, "fail"],
  ["FAIL", "fail"],
  ["PASS", "pass"],
  ["EXCEPTION", "exception"],
]);

function misconfigurationStatus(m: Json, path: string): "fail" | "pass" | "exception" {
  return knownValue(MISCONF_STATUSES, str(m.Status), "a misconfiguration's Status", path);
}

interface Context {
  path: string;
  target: string;
  resource?: string;
  image?: string;
  vulnLayer: Layer;
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

// aquasecurity/trivy pkg/types/finding.go: FindingStatus. ignored (.trivyignore), not_affected
// and fixed (VEX) remove a finding; affected, under_investigation and unknown do not.
const MODIFIED_SUPPRESSES = new Map<unknown, boolean>([
  ["ignored", true],
  ["not_affected", true],
  ["fixed", true],
  ["affected", false],
  ["under_investigation", false],
  ["unknown", false],
]);

// FindingType: each modified finding wraps one of Trivy's four kinds of finding.
const MODIFIED_TYPES = new Map<unknown, (inner: Json, ctx: Context) => Finding>([
  ["vulnerability", (v, ctx) => vulnerability(v, ctx.vulnLayer, ctx)],
  ["misconfiguration", (m, ctx) => misconfiguration(m, ctx)],
  ["secret", (s, ctx) => secret(s, ctx)],
  ["license", (l, ctx) => license(l, ctx)],
]);

/** VEX / .trivyignore'd findings: kept, and marked suppressed with Trivy's statement. */
function modifiedFinding(m: Json, ctx: Context): Finding {
  const where = "an ExperimentalModifiedFindings entry";
  const build = knownValue(MODIFIED_TYPES, str(m.Type), `${where}'s Type`, ctx.path);
  const status = str(m.Status);
  const suppresses = knownValue(MODIFIED_SUPPRESSES, status, `${where}'s Status`, ctx.path);
  if (!isObject(m.Finding)) {
    throw new GateError(`${where} has no Finding object`, { file: ctx.path });
  }
  const f = build(m.Finding, ctx);
  if (suppresses) {
    // Status "ignored" comes from an ignore file or policy, the others from a VEX document;
    // Source names that file. Only the Statement says why: a .trivyignore line has none, and
    // the file it sits in is no justification (settings.scanner-suppressions).
    const source = str(m.Source);
    const what = status === "ignored" ? "trivy ignored" : `trivy VEX ${status}`;
    f.suppressed = { kind: source ? `${what} (${source})` : what, justification: str(m.Statement) };
  }
  return f;
}

function misconfiguration(m: Json, ctx: Context): Finding {
  const id = str(m.AVDID) ?? str(m.ID);
  if (!id) throw new GateError("a misconfiguration has no ID", { file: ctx.path });
  const cause = isObject(m.CauseMetadata) ? m.CauseMetadata : NO_FIELDS;
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
      target: ctx.resource ?? str(cause.Resource),
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
      url: str(l.Link),
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
