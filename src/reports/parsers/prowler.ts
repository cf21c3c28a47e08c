// Prowler: cloud posture checks (AWS, Azure, GCP, Kubernetes, M365...). Four outputs, one per
// document: OCSF (`-M json-ocsf`, Prowler >= 4, the default), the v3/v4 JSON array (`-M
// json`), Prowler 2's `-M json` (one object per line) and ASFF (`-M json-asff`, Security
// Hub's format, one object per line in Prowler 2). A finding is one FAIL of one check on one
// resource; PASS and MANUAL are not findings; a muted FAIL (the mutelist, written by whoever
// runs the scan) is kept and marked suppressed. Layer `posture` (docs/design.md).
import { makeFinding } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { date, entries, isObject, NO_FIELDS, oldest, str, type Json } from "./fields.js";
import { knownValue } from "./status.js";
import type { Parser } from "./types.js";

const TOOL = "prowler";

type Outcome = "fail" | "pass" | "unevaluated";

/** OCSF status_code (prowler/lib/outputs/ocsf: Status PASS, FAIL, MANUAL). */
const OCSF_STATUS_CODES: ReadonlyMap<unknown, Outcome> = new Map([
  ["FAIL", "fail"],
  ["PASS", "pass"],
  ["MANUAL", "pass"],
] as const);
/** OCSF status: Prowler writes Suppressed for a muted finding, New otherwise. */
const OCSF_STATUSES: ReadonlyMap<unknown, boolean> = new Map([
  ["New", false],
  ["Suppressed", true],
  [undefined, false],
]);
/** v3/v4 JSON Status (and Prowler 2's `Pass`/`Info`/`Warning` spellings). */
const JSON_STATUSES: ReadonlyMap<unknown, Outcome> = new Map([
  ["FAIL", "fail"],
  ["PASS", "pass"],
  ["MANUAL", "pass"],
  ["INFO", "pass"],
  ["Pass", "pass"],
  ["Info", "pass"],
  // Prowler 2 warns where a check found something it could not judge: counted, never passed.
  ["WARNING", "fail"],
  ["Warning", "fail"],
] as const);
/** ASFF Compliance.Status; NOT_AVAILABLE means the check could not run. */
const ASFF_STATUSES: ReadonlyMap<unknown, Outcome> = new Map([
  ["FAILED", "fail"],
  ["WARNING", "fail"],
  ["PASSED", "pass"],
  ["NOT_AVAILABLE", "unevaluated"],
] as const);
/** ASFF Workflow.Status: SUPPRESSED is a muted finding. */
const ASFF_WORKFLOW: ReadonlyMap<unknown, boolean> = new Map([
  [undefined, false],
  ["NEW", false],
  ["NOTIFIED", false],
  ["RESOLVED", false],
  ["SUPPRESSED", true],
]);

const isOcsf = (v: unknown): v is Json =>
  isObject(v) &&
  "status_code" in v &&
  isObject(v.finding_info) &&
  isObject(v.metadata) &&
  isObject(v.metadata.product) &&
  v.metadata.product.name === "Prowler";
const isJson = (v: unknown): v is Json =>
  isObject(v) && typeof v.CheckID === "string" && "Status" in v && "Provider" in v;
const isV2 = (v: unknown): v is Json =>
  isObject(v) && "Control ID" in v && "Status" in v && "Account Number" in v;
const isAsff = (v: unknown): v is Json =>
  isObject(v) &&
  typeof v.SchemaVersion === "string" &&
  typeof v.ProductArn === "string" &&
  /\/prowler\//i.test(v.ProductArn) &&
  isObject(v.Compliance);

const VARIANTS = [
  ["ocsf", isOcsf],
  ["json", isJson],
  ["v2", isV2],
  ["asff", isAsff],
] as const;

type Variant = (typeof VARIANTS)[number][0];

function variantOf(json: unknown): Variant | undefined {
  if (!Array.isArray(json) || json.length === 0) return undefined;
  return VARIANTS.find(([, is]) => json.every(is))?.[0];
}

export const prowler: Parser = {
  id: "prowler",
  description:
    "Prowler JSON (prowler <provider> -M json-ocsf; also -M json, json-asff and Prowler 2)",
  layers: ["posture"],
  containers: {
    ocsf: ["[].finding_info"],
    json: ["[].CheckID"],
    v2: ["[].Control ID"],
    asff: ["[].Compliance.Status"],
  },
  detect: ({ json }) => variantOf(json) !== undefined,
  parse({ json, path }) {
    if (!Array.isArray(json)) {
      throw new GateError("is not a Prowler report (expected an array of findings)", {
        file: path,
      });
    }
    if (json.length === 0) return [];
    const variant = variantOf(json);
    if (!variant) {
      throw new GateError("every Prowler finding must be of one output format (OCSF, JSON, ASFF)", {
        file: path,
      });
    }
    const items = entries(json, "findings", path);
    const read = READERS[variant];
    return items.flatMap((item, i) => read(item, `[${i}]`, path) ?? []);
  },
  timestamp({ json }) {
    if (!Array.isArray(json)) return undefined;
    return oldest(json.filter(isObject).map(timeOf));
  },
};

const READERS: Record<Variant, (item: Json, what: string, path: string) => Finding | undefined> = {
  ocsf: ocsfFinding,
  json: jsonFinding,
  v2: v2Finding,
  asff: asffFinding,
};

function timeOf(item: Json): Date | undefined {
  const info = isObject(item.finding_info) ? item.finding_info : NO_FIELDS;
  return (
    date(item.time_dt) ??
    date(info.created_time_dt) ??
    date(item.event_time) ??
    date(item.AssessmentStartTime) ??
    date(item.Timestamp) ??
    date(item.CreatedAt)
  );
}

function unevaluated(id: string, what: string, path: string): never {
  throw new GateError(
    `${what}: Prowler could not run check ${JSON.stringify(id)} (NOT_AVAILABLE): an unevaluated check is no pass`,
    { file: path },
  );
}

const MUTED = { kind: "prowler mutelist" };

function ocsfFinding(item: Json, what: string, path: string): Finding | undefined {
  const outcome = knownValue(OCSF_STATUS_CODES, item.status_code, `${what}.status_code`, path);
  const muted = knownValue(OCSF_STATUSES, item.status, `${what}.status`, path);
  if (outcome !== "fail") return undefined;
  const info = item.finding_info as Json;
  const meta = item.metadata as Json;
  const id = str(meta.event_code) ?? str(info.uid);
  if (!id) throw new GateError(`${what} has no metadata.event_code`, { file: path });
  const resource =
    Array.isArray(item.resources) && isObject(item.resources[0]) ? item.resources[0] : NO_FIELDS;
  const remediation = isObject(item.remediation) ? item.remediation : NO_FIELDS;
  const unmapped = isObject(item.unmapped) ? item.unmapped : NO_FIELDS;
  return makeFinding(
    {
      tool: TOOL,
      layer: "posture",
      id,
      title: str(info.title) ?? id,
      description: str(item.status_detail) ?? str(item.message) ?? str(info.desc),
      severity: severityFromWord(item.severity),
      target: str(resource.uid) ?? str(resource.name),
      url: urlOf(remediation.references) ?? str(unmapped.related_url),
      // The Prowler service the check belongs to ("iam"): its category for the controls.
      category: isObject(resource.group) ? str(resource.group.name) : undefined,
      suppressed: muted ? MUTED : undefined,
    },
    path,
  );
}

function urlOf(references: unknown): string | undefined {
  if (!Array.isArray(references)) return undefined;
  return references.map(str).find((r) => r?.startsWith("http"));
}

function jsonFinding(item: Json, what: string, path: string): Finding | undefined {
  const outcome = knownValue(JSON_STATUSES, item.Status, `${what}.Status`, path);
  if (outcome !== "fail") return undefined;
  const id = str(item.CheckID)!;
  const remediation = isObject(item.Remediation) ? item.Remediation : NO_FIELDS;
  const recommendation = isObject(remediation.Recommendation)
    ? remediation.Recommendation
    : NO_FIELDS;
  // Prowler 4's JSON marks a mutelisted finding `Muted: true`.
  const muted = item.Muted === true;
  return makeFinding(
    {
      tool: TOOL,
      layer: "posture",
      id,
      title: str(item.CheckTitle) ?? id,
      description: str(item.StatusExtended) ?? str(item.Description),
      severity: severityFromWord(item.Severity),
      target: str(item.ResourceArn) ?? str(item.ResourceId) ?? str(item.ResourceName),
      url: str(recommendation.Url) ?? str(item.RelatedUrl),
      category: str(item.ServiceName),
      suppressed: muted ? MUTED : undefined,
    },
    path,
  );
}

function v2Finding(item: Json, what: string, path: string): Finding | undefined {
  const outcome = knownValue(JSON_STATUSES, item.Status, `${what}.Status`, path);
  if (outcome !== "fail") return undefined;
  // "[check11] Avoid the use of the root account": the check id is in the brackets.
  const control = str(item.Control) ?? "";
  const id = /^\[([^\]]+)\]/.exec(control)?.[1] ?? str(item["Control ID"]);
  if (!id) throw new GateError(`${what} has no Control`, { file: path });
  const region = str(item.Region);
  const resource = str(item["Resource ID"]);
  return makeFinding(
    {
      tool: TOOL,
      layer: "posture",
      id,
      title: control.replace(/^\[[^\]]+\]\s*/, "") || id,
      description: str(item.Message),
      severity: severityFromWord(item.Severity),
      target:
        [str(item["Account Number"]), region, resource].filter(Boolean).join("/") || undefined,
      url: str(item["Doc link"]),
    },
    path,
  );
}

function asffFinding(item: Json, what: string, path: string): Finding | undefined {
  const compliance = item.Compliance as Json;
  const outcome = knownValue(ASFF_STATUSES, compliance.Status, `${what}.Compliance.Status`, path);
  const workflow = isObject(item.Workflow) ? item.Workflow.Status : undefined;
  const muted = knownValue(ASFF_WORKFLOW, workflow, `${what}.Workflow.Status`, path);
  const id = str(item.GeneratorId)?.replace(/^prowler-/, "") ?? str(item.Id);
  if (!id) throw new GateError(`${what} has no GeneratorId`, { file: path });
  if (outcome === "unevaluated") unevaluated(id, what, path);
  if (outcome !== "fail") return undefined;
  const severity = isObject(item.Severity) ? item.Severity.Label : undefined;
  const resource =
    Array.isArray(item.Resources) && isObject(item.Resources[0]) ? item.Resources[0] : NO_FIELDS;
  const remediation = isObject(item.Remediation) ? item.Remediation : NO_FIELDS;
  const recommendation = isObject(remediation.Recommendation)
    ? remediation.Recommendation
    : NO_FIELDS;
  return makeFinding(
    {
      tool: TOOL,
      layer: "posture",
      id,
      title: str(item.Title) ?? id,
      description: str(item.Description),
      severity: severityFromWord(severity),
      target: str(resource.Id),
      url: str(recommendation.Url),
      suppressed: muted ? { kind: "Security Hub workflow SUPPRESSED" } : undefined,
    },
    path,
  );
}
