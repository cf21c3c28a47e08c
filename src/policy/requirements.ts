// What evidence a policy requires (`require:`): the layers that need a report and how old a
// report may be. The policy states it; gate/evidence.ts checks reports against it.
import type { Layer } from "../model/finding.js";

export interface Requirements {
  layers?: Layer[];
  /** "7d", "24h", "90m": the oldest a report's own timestamp may be. */
  maxReportAge?: string;
  /** When true, a report without a timestamp fails max-report-age instead of warning. */
  timestamps?: boolean;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
export const DURATION = /^(\d+)([mhdw])$/;

export function durationMs(text: string): number {
  const m = DURATION.exec(text.trim());
  if (!m?.[1] || !m[2]) throw new Error(`invalid duration "${text}" (use e.g. 90m, 24h, 7d, 2w)`);
  return Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
}
