// Merging a policy's layers into one Policy: the bases it extends (already loaded, in order)
// and the file's own document, compiled here. Later layers override earlier ones by rule id,
// asset name and control name; settings and requirements key by key. Pure: no reading.
import { compileAssets } from "./assets.js";
import type { Classification } from "./classification.js";
import { compileControls } from "./controls.js";
import { durationMs, type Requirements } from "./requirements.js";
import { checkControlRefs, checkWaiverRefs } from "./checks.js";
import { compileRule, compileWaivers, locatedErrors } from "./compile.js";
import { deadlinesAndBudgets } from "./deadlines.js";
import type { PolicyDocument } from "./document.js";
import { DEFAULT_SCANNER_SUPPRESSIONS } from "./suppressions.js";
import type { YamlSource } from "./yaml-source.js";
import type { Origin, Policy, Settings } from "./types.js";
import { enrichmentSettings } from "./enrichment-settings.js";

export const DEFAULT_SETTINGS: Settings = {
  failOn: "block",
  unknownSeverity: "high",
  defaultAction: "info",
  scannerSuppressions: DEFAULT_SCANNER_SUPPRESSIONS,
};

/** Unassigned findings are `internal` unless the policy says otherwise: not public by default. */
export const DEFAULT_CLASSIFICATION: Classification = "internal";

/** The top layer: a validated document, where it came from, and how it is shown. */
export interface OwnLayer {
  doc: PolicyDocument;
  source: YamlSource;
  file: string;
  origin: Origin;
}

/** Compiles `own` and merges it over `bases` (in `extends` order: the last base wins). */
export function mergeLayers(bases: readonly Policy[], own: OwnLayer): Policy {
  const { doc, source, file, origin } = own;
  const controls = mergeByKey([
    ...bases.map((b) => b.controls.map((c) => [c.name, c] as const)),
    locatedErrors(source, "/controls", () => compileControls(doc.controls ?? {})).map(
      (c) => [c.name, c] as const,
    ),
  ]);
  const ownRules = (doc.rules ?? []).map((r, i) => compileRule(r, file, origin, source, i));
  checkControlRefs(doc, controls, source);
  const assets = mergeByKey([
    ...bases.map((b) => b.assets.map((a) => [a.spec.name, a] as const)),
    locatedErrors(source, "/assets", () => compileAssets(doc.assets ?? [])).map(
      (a) => [a.spec.name, a] as const,
    ),
  ]);
  const rules = mergeByKey([
    ...bases.map((b) => b.rules.map((r) => [r.id, r] as const)),
    ownRules.map((r) => [r.id, r] as const),
  ]);
  const waivers = [...bases.flatMap((b) => b.waivers), ...compileWaivers(doc, source)];
  checkWaiverRefs(doc, rules, assets, source);
  const last = bases.at(-1);
  return {
    source: file,
    origin,
    rules,
    assets,
    controls,
    waivers,
    defaultClassification:
      doc["default-classification"] ?? last?.defaultClassification ?? DEFAULT_CLASSIFICATION,
    require: mergeRequirements([...bases.map((b) => b.require), requirements(doc)]),
    settings: {
      ...bases.reduce((acc, b) => ({ ...acc, ...b.settings }), DEFAULT_SETTINGS),
      ...definedSettings(doc),
    },
    ...deadlinesAndBudgets(bases, doc, source, { assets, controls }),
  };
}

function requirements(doc: PolicyDocument): Requirements {
  const r = doc.require ?? {};
  const out: Requirements = {};
  if (r.layers) out.layers = r.layers;
  if (r["max-report-age"] !== undefined) {
    durationMs(r["max-report-age"]);
    out.maxReportAge = r["max-report-age"];
  }
  if (r.timestamps !== undefined) out.timestamps = r.timestamps;
  if (r.classifications) out.classifications = r.classifications;
  if (r["image-digest"] !== undefined) out.imageDigest = r["image-digest"];
  if (r.commit !== undefined) out.commit = r.commit;
  return out;
}

/** Key by key, the later value winning; `classifications` merged classification by classification. */
function mergeRequirements(layers: readonly Requirements[]): Requirements {
  return layers.reduce<Requirements>((acc, r) => {
    const merged = { ...acc, ...r };
    if (acc.classifications && r.classifications) {
      merged.classifications = { ...acc.classifications, ...r.classifications };
    }
    return merged;
  }, {});
}

function definedSettings(doc: PolicyDocument): Partial<Settings> {
  const s = doc.settings ?? {};
  const out: Partial<Settings> = {};
  if (s["fail-on"]) out.failOn = s["fail-on"];
  if (s["unknown-severity"]) out.unknownSeverity = s["unknown-severity"];
  if (s["default-action"]) out.defaultAction = s["default-action"];
  if (s["max-waiver-days"] !== undefined) out.maxWaiverDays = s["max-waiver-days"];
  if (s["scanner-suppressions"]) out.scannerSuppressions = s["scanner-suppressions"];
  if (s["waiver-approvers"]) out.waiverApprovers = s["waiver-approvers"];
  return { ...out, ...enrichmentSettings(s) };
}

/** Later layers override earlier entries with the same key, keeping the earlier position. */
function mergeByKey<T>(layers: (readonly (readonly [string, T])[])[]): T[] {
  const byKey = new Map<string, T>();
  for (const layer of layers) for (const [k, v] of layer) byKey.set(k, v);
  return [...byKey.values()];
}
