// What evidence a policy requires (`require:`): the layers that need a report (overall, per
// classification, per asset), how old a report may be, and what it must be bound to. The policy states it; gate/evidence.ts checks reports against it.
import type { Classification } from "./classification.js";
import type { Layer } from "../model/vocabulary.js";

export interface Requirements {
  layers?: Layer[];
  /** Layers every asset of this classification, or a stricter one, needs a report for. */
  classifications?: Partial<Record<Classification, { layers?: Layer[] }>>;
  /** An image report must name the digest of the image being gated (--image REF@sha256:...). */
  imageDigest?: boolean;
  /** Reports that name a revision must name the commit being gated (--commit, GITHUB_SHA). */
  commit?: boolean;
  /** "7d", "24h", "90m": the oldest a report's own timestamp may be. */
  maxReportAge?: string;
  /** When true, a report of a format that records a timestamp but has none is an error. */
  timestamps?: boolean;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
export const DURATION = /^(\d+)([mhdw])$/;

export function durationMs(text: string): number {
  const m = DURATION.exec(text.trim());
  if (!m?.[1] || !m[2]) throw new Error(`invalid duration "${text}" (use e.g. 90m, 24h, 7d, 2w)`);
  return Number(m[1]) * (UNIT_MS[m[2]] ?? 0);
}
