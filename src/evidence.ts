// Required evidence (DESIGN §1.1-1.2): which layers had reports, whether a required layer has
// none, and whether a report is older than `require.max-report-age`. Missing or stale
// evidence is an error (exit 2: the gate cannot decide), never a pass. Pure: `now` is input.
import { LAYERS, type Layer } from "./finding.js";

export interface Requirements {
  layers?: Layer[];
  /** "7d", "24h", "90m": the oldest a report's own timestamp may be. */
  maxReportAge?: string;
  /** When true, a report without a timestamp fails max-report-age instead of warning. */
  timestamps?: boolean;
}

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

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
export const DURATION = /^(\d+)([mhdw])$/;

export function durationMs(text: string): number {
  const m = DURATION.exec(text.trim());
  if (!m?.[1] || !m[2]) throw new Error(`invalid duration "${text}" (use e.g. 90m, 24h, 7d, 2w)`);
  return Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
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
