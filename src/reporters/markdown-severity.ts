// Where the severity every count and row shows comes from. One severity is used everywhere:
// the effective one, the scanner's own, or settings.unknown-severity for findings the scanner
// did not score. Saying so keeps "high 13" from looking like a miscount of "unknown 13".
import type { Evaluation } from "../gate/evaluate.js";

export function severitySource(ev: Evaluation): string {
  const unscored = ev.findings.find((e) => e.finding.severity === "unknown");
  if (!unscored) return "severity: the scanner's";
  return `severity: the scanner's; unscored findings counted as ${unscored.effectiveSeverity} (settings.unknown-severity)`;
}
