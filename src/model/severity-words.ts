// A scanner's severity, in its words or as a CVSS score, mapped to ours (DESIGN §4).
import { lookup } from "./lookup.js";
import type { Severity } from "./vocabulary.js";

// Words scanners use for severity, mapped to ours. Anything not listed is `unknown`, never low:
// an unscored finding must not pass silently (DESIGN §4 settings.unknown-severity).
const SEVERITY_WORDS: Record<string, Severity> = {
  critical: "critical",
  crit: "critical",
  blocker: "critical",
  high: "high",
  error: "high",
  important: "high",
  major: "high",
  moderate: "medium",
  medium: "medium",
  warning: "medium",
  warn: "medium",
  low: "low",
  minor: "low",
  note: "low",
  negligible: "info",
  info: "info",
  informational: "info",
  information: "info",
  none: "info",
  trace: "info",
  unknown: "unknown",
  unspecified: "unknown",
  unassigned: "unknown",
};

export function severityFromWord(word: unknown): Severity {
  if (typeof word !== "string") return "unknown";
  return lookup(SEVERITY_WORDS, word.trim().toLowerCase()) ?? "unknown";
}

/** CVSS v3/v4 qualitative rating scale. */
export function severityFromCvss(score: number | undefined): Severity {
  if (score === undefined || !Number.isFinite(score)) return "unknown";
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "info";
}
