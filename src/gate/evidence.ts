// Required evidence (DESIGN §1.1-1.2): which layers had reports, whether a required layer has
// none (overall or for an asset), whether a report is older than `require.max-report-age` or
// lacks the timestamp its format records, and whether reports are of the image and commit
// being gated. Missing, stale or unbound evidence is an error (exit 2: the gate cannot
// decide), never a pass. Pure: `now` is input.
import { LAYERS, type Layer } from "../model/vocabulary.js";
import type { CompiledAsset } from "../policy/assets.js";
import { durationMs, type Requirements } from "../policy/requirements.js";
import { checkAssetEvidence, type AssetEvidence } from "./asset-evidence.js";
import { checkBinding, type Binding } from "./binding.js";

export { durationMs, type AssetEvidence, type Binding, type Requirements };

export interface ReportEvidence {
  path: string;
  format: string;
  /** Layers this report is evidence for (see docs/policy.md "Required evidence"). */
  layers: Layer[];
  createdAt?: string;
  /** The format records a creation time; false for formats that never write one (npm audit). */
  timestamped?: boolean;
  /** Images the report names (its subject and its findings' targets), for asset `images`. */
  images?: string[];
  /** Digests and revisions the report names (Parser.subject). */
  subject?: { digests: string[]; revisions: string[] };
}

export interface EvidenceContext {
  assets?: readonly CompiledAsset[];
  /** Repository root: report paths are matched against asset globs as repository paths. */
  root?: string;
  binding?: Binding;
}

export interface EvidenceResult {
  /** Report paths per layer that had at least one report. */
  coverage: Partial<Record<Layer, string[]>>;
  /** Evidence per asset × layer, with the layers each asset requires. */
  assets: AssetEvidence[];
  errors: string[];
  warnings: string[];
}

export function checkEvidence(
  reports: readonly ReportEvidence[],
  require: Requirements,
  now: Date,
  context: EvidenceContext = {},
): EvidenceResult {
  const coverage: Partial<Record<Layer, string[]>> = {};
  for (const layer of LAYERS) {
    const paths = reports.filter((r) => r.layers.includes(layer)).map((r) => r.path);
    if (paths.length > 0) coverage[layer] = paths;
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const layer of require.layers ?? []) {
    if (!coverage[layer]) {
      errors.push(`required layer "${layer}" has no report: missing evidence is not a pass`);
    }
  }
  const perAsset = checkAssetEvidence(reports, context.assets ?? [], require, context.root);
  errors.push(...perAsset.errors);
  checkTimes(reports, require, now, errors, warnings);
  const bound = checkBinding(reports, require, context.binding ?? {});
  errors.push(...bound.errors);
  warnings.push(...bound.warnings);
  return { coverage, assets: perAsset.assets, errors, warnings };
}

/**
 * Age and timestamps. A report without a timestamp is a warning by default (many scanners
 * write none); `require.timestamps: true` makes it an error for a format that records one
 * (its absence then means a converted or edited report), and leaves it a warning for a
 * format that never does, which no report of that tool could satisfy.
 */
function checkTimes(
  reports: readonly ReportEvidence[],
  require: Requirements,
  now: Date,
  errors: string[],
  warnings: string[],
): void {
  const maxAge = require.maxReportAge;
  const limit = maxAge === undefined ? undefined : durationMs(maxAge);
  for (const r of reports) {
    if (!r.createdAt) {
      if (maxAge === undefined && !require.timestamps) continue;
      const why =
        maxAge === undefined
          ? "report has no timestamp (require.timestamps)"
          : `report has no timestamp, so its age (max-report-age ${maxAge}) cannot be verified`;
      // Unknown (undefined) is treated as a format that records one: the strict reading.
      const records = r.timestamped !== false;
      if (require.timestamps && records) errors.push(`${r.path}: ${why}`);
      else warnings.push(`${r.path}: ${why}${records ? "" : ` (${r.format} reports record none)`}`);
      continue;
    }
    if (limit === undefined) continue;
    const age = now.getTime() - Date.parse(r.createdAt);
    if (age > limit) {
      errors.push(
        `${r.path}: report is stale: created ${r.createdAt}, older than max-report-age ${maxAge}`,
      );
    }
  }
}
