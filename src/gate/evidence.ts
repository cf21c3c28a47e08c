// Required evidence (DESIGN §1.1-1.2): which layers had reports, whether a required layer has
// none, and whether a report is older than `require.max-report-age`. Missing or stale
// evidence is an error (exit 2: the gate cannot decide), never a pass. Pure: `now` is input.
import { LAYERS, type Layer } from "../model/finding.js";
import { durationMs, type Requirements } from "../policy/requirements.js";

export { durationMs, type Requirements };

export interface ReportEvidence {
  path: string;
  format: string;
  /** Layers this report is evidence for (see docs/policy.md "Required evidence"). */
  layers: Layer[];
  createdAt?: string;
}

export interface EvidenceResult {
  /** Report paths per layer that had at least one report. */
  coverage: Partial<Record<Layer, string[]>>;
  errors: string[];
  warnings: string[];
}

export function checkEvidence(
  reports: readonly ReportEvidence[],
  require: Requirements,
  now: Date,
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
  if (require.maxReportAge !== undefined) {
    const limit = durationMs(require.maxReportAge);
    for (const r of reports) {
      if (!r.createdAt) {
        const text = `${r.path}: report has no timestamp, so its age (max-report-age ${require.maxReportAge}) cannot be verified`;
        (require.timestamps ? errors : warnings).push(text);
        continue;
      }
      const age = now.getTime() - Date.parse(r.createdAt);
      if (age > limit) {
        errors.push(
          `${r.path}: report is stale: created ${r.createdAt}, older than max-report-age ${require.maxReportAge}`,
        );
      }
    }
  }
  return { coverage, errors, warnings };
}
