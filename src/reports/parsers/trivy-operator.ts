// trivy-operator CRDs (`kubectl get vulnerabilityreports -o json`, ...): VulnerabilityReport,
// ConfigAuditReport (and the RBAC, infra and cluster variants that share its `checks`),
// ExposedSecretReport; alone, as a `List`, or as a dict keyed by the CRDs' plural names.
import { makeFinding, unique } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding } from "../../model/finding.js";
import type { Layer } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import {
  commaList,
  date,
  entries,
  isObject,
  num,
  objects,
  oldest,
  str,
  strings,
  type Json,
} from "./fields.js";
import type { Parser } from "./types.js";
import { fixFrom, severityOf } from "./vuln-fields.js";
import { agreeTotals, countBy } from "./totals.js";

const TOOL = "trivy-operator";

/** Every trivy-operator report kind, and the layer it is evidence for (SBOMs and compliance: none). */
const KINDS = new Map<string, Layer | undefined>([
  ["VulnerabilityReport", "image"],
  ["ClusterVulnerabilityReport", "image"],
  ["ConfigAuditReport", "iac"],
  ["ClusterConfigAuditReport", "iac"],
  ["RbacAssessmentReport", "iac"],
  ["ClusterRbacAssessmentReport", "iac"],
  ["InfraAssessmentReport", "iac"],
  ["ClusterInfraAssessmentReport", "iac"],
  ["ExposedSecretReport", "secret"],
  ["SbomReport", undefined],
  ["ClusterSbomReport", undefined],
  ["ClusterComplianceReport", undefined],
]);

// Where a CRD's findings are (parsers/containers.ts).
const REPORT_CONTAINERS = ["report.vulnerabilities[]", "report.checks[]", "report.secrets[]"];

function isCrd(value: unknown): value is Json {
  return (
    isObject(value) &&
    KINDS.has(str(value.kind) ?? "") &&
    (str(value.apiVersion) ?? "").startsWith("aquasecurity.github.io/")
  );
}

function holdsCrds(value: Json): boolean {
  for (const key in value) {
    const v = value[key];
    if (Array.isArray(v) && v.some(isCrd)) return true;
  }
  return false;
}

/** `{"vulnerabilityreports.aquasecurity.github.io": [...], ...}` */
function isPluralDict(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((k) => /^[a-z]+reports(\.aquasecurity\.github\.io)?$/.test(k)) &&
    Object.values(value).every((v) => Array.isArray(v) && v.every(isCrd))
  );
}

/** `kubectl get ... -o json`; an empty List names no report kind, so only a forced format reads it. */
function isList(value: unknown): value is Json {
  return (
    isObject(value) &&
    value.kind === "List" &&
    Array.isArray(value.items) &&
    value.items.every(isCrd)
  );
}

function crdsOf(json: unknown): Json[] | undefined {
  // A CRD that also holds arrays of CRDs (a dict or List with a CRD's apiVersion and kind
  // added) is two shapes at once: reading it as one CRD would drop the others, so it is none.
  if (isCrd(json)) return holdsCrds(json) ? undefined : [json];
  // `kubectl get ... -o json | jq .items`: the List's items alone.
  if (Array.isArray(json) && json.every(isCrd)) return json;
  if (isList(json)) return objects(json.items);
  if (isPluralDict(json)) return Object.values(json).flatMap(objects);
  return undefined;
}

export const trivyOperator: Parser = {
  id: "trivy-operator",
  description:
    "trivy-operator CRDs (kubectl get vulnerabilityreports,configauditreports,exposedsecretreports -o json)",
  layers: ["image", "iac", "secret"],
  containers: {
    crd: REPORT_CONTAINERS,
    array: REPORT_CONTAINERS.map((c) => `[].${c}`),
    "list or dict": REPORT_CONTAINERS.map((c) => `*[].${c}`),
  },
  detect: ({ json }) => (crdsOf(json)?.length ?? 0) > 0,
  parse({ json, path }) {
    const crds = crdsOf(json);
    if (!crds) {
      throw new GateError("a trivy-operator report is a CRD, a List of CRDs or a dict of them", {
        file: path,
      });
    }
    return crds.flatMap((crd) => parseCrd(crd, path));
  },
  coverage({ json }) {
    const layers = (crdsOf(json) ?? []).map((crd) => KINDS.get(str(crd.kind) ?? ""));
    return unique(layers.filter((l): l is Layer => l !== undefined));
  },
  timestamp({ json }) {
    return oldest(
      (crdsOf(json) ?? []).map((crd) =>
        date(isObject(crd.report) ? crd.report.updateTimestamp : undefined),
      ),
    );
  },
};

interface Workload {
  /** namespace/kind/name of the scanned workload, e.g. "default/ReplicaSet/nginx-965685897". */
  resource: string;
  image?: string;
  path: string;
}

function parseCrd(crd: Json, path: string): Finding[] {
  const report = crd.report === undefined || crd.report === null ? {} : crd.report;
  if (!isObject(report)) throw new GateError("a CRD's report must be an object", { file: path });
  const ctx = { resource: resourceOf(crd), image: imageOf(report), path };
  const vulnerabilities = entries(report.vulnerabilities, "report.vulnerabilities", path);
  const failed = entries(report.checks, "report.checks", path).filter((c) => !passed(c, path));
  const secrets = entries(report.secrets, "report.secrets", path);
  if (isObject(report.summary)) {
    const all = [...vulnerabilities, ...failed, ...secrets];
    const counted = countBy(all, (x) => SUMMARY_KEYS.get(str(x.severity) ?? "") ?? "", [
      ...SUMMARY_KEYS.values(),
    ]);
    agreeTotals(report.summary, counted, "report.summary", path);
  }
  return [
    ...vulnerabilities.map((v) => vulnerability(v, ctx)),
    ...failed.map((c) => check(c, ctx)),
    ...secrets.map((s) => secret(s, ctx)),
  ];
}

/**
 * The summary counts a report's vulnerabilities, failed checks or secrets by severity (passed
 * checks are not counted); a key the report does not write (noneCount in a ConfigAuditReport)
 * is not checked.
 */
const SUMMARY_KEYS = new Map([
  ["CRITICAL", "criticalCount"],
  ["HIGH", "highCount"],
  ["MEDIUM", "mediumCount"],
  ["LOW", "lowCount"],
  ["UNKNOWN", "unknownCount"],
  ["NONE", "noneCount"],
]);

/** `success` decides whether a check is a finding: only a boolean is accounted for. */
function passed(c: Json, path: string): boolean {
  if (typeof c.success !== "boolean") {
    throw new GateError("a check's success must be true or false", { file: path });
  }
  return c.success;
}

function resourceOf(crd: Json): string {
  const meta = isObject(crd.metadata) ? crd.metadata : {};
  const labels = isObject(meta.labels) ? meta.labels : {};
  const label = (k: string) => str(labels[`trivy-operator.resource.${k}`]);
  const parts = [label("namespace") ?? str(meta.namespace), label("kind"), label("name")];
  const named = parts.filter(Boolean).join("/");
  return parts[2] ? named : [str(meta.namespace), str(meta.name)].filter(Boolean).join("/");
}

function imageOf(report: Json): string | undefined {
  const artifact = isObject(report.artifact) ? report.artifact : {};
  const registry = isObject(report.registry) ? str(report.registry.server) : undefined;
  const repo = str(artifact.repository);
  if (!repo) return undefined;
  const ref = str(artifact.tag)
    ? `${repo}:${str(artifact.tag)}`
    : `${repo}@${str(artifact.digest)}`;
  return registry ? `${registry}/${ref}` : ref;
}

function vulnerability(v: Json, ctx: Workload): Finding {
  const id = str(v.vulnerabilityID);
  if (!id) throw new GateError("a vulnerability has no vulnerabilityID", { file: ctx.path });
  const cvss = num(v.score);
  const fixes = commaList(v.fixedVersion);
  return makeFinding(
    {
      tool: TOOL,
      layer: "image",
      id,
      title: str(v.title) ?? id,
      severity: severityOf(v.severity, cvss),
      cvss,
      fix: fixFrom(fixes),
      package: {
        name: str(v.resource) ?? "",
        version: str(v.installedVersion),
        purl: str(v.pkgPURL),
      },
      target: ctx.image ?? ctx.resource,
      url: str(v.primaryLink) ?? strings(v.links)[0],
    },
    ctx.path,
  );
}

function check(c: Json, ctx: Workload): Finding {
  const id = str(c.checkID) ?? str(c.ID);
  if (!id) throw new GateError("a check has no checkID", { file: ctx.path });
  return makeFinding(
    {
      tool: TOOL,
      layer: "iac",
      id,
      title: str(c.title) ?? id,
      description:
        [...strings(c.messages), str(c.description), str(c.remediation)]
          .filter(Boolean)
          .join("\n") || undefined,
      severity: severityFromWord(c.severity),
      target: ctx.resource,
    },
    ctx.path,
  );
}

function secret(s: Json, ctx: Workload): Finding {
  const id = str(s.ruleID) ?? "secret";
  const file = str(s.target);
  return makeFinding(
    {
      tool: TOOL,
      layer: "secret",
      id,
      title: str(s.title) ?? id,
      // trivy-operator masks the match itself (****); we keep only that redacted form.
      description: str(s.match),
      severity: severityFromWord(s.severity),
      location: file ? { path: file } : undefined,
      target: ctx.image ?? ctx.resource,
    },
    ctx.path,
  );
}
