// Whether a scanner's own suppression of a finding holds (settings.scanner-suppressions).
// Suppressions live in the repository (.trivyignore, VEX files, .grype.yaml, .snyk, nosemgrep
// comments, SARIF from a linter the change configures), so a pull request can write them:
// they carry no owner, expiry or approval, and by default they do not decide (DESIGN §1.7).
// Pure.
import type { Suppression } from "../model/finding.js";
import type { ScannerSuppressions } from "./types.js";

/** Zero trust: the change under review writes suppressions, so by default they do not decide. */
export const DEFAULT_SCANNER_SUPPRESSIONS: ScannerSuppressions = "report-only";

/** The suppression as the verdict saw it: what the scanner said, and whether it held. */
export interface SuppressionDecision {
  kind: string;
  justification?: string;
  honoured: boolean;
}

export function decideSuppression(
  suppression: Suppression,
  setting: ScannerSuppressions,
): SuppressionDecision {
  const justification = suppression.justification?.trim() || undefined;
  const honoured =
    setting === "honour" || (setting === "require-justification" && justification !== undefined);
  return justification
    ? { kind: suppression.kind, justification, honoured }
    : { kind: suppression.kind, honoured };
}

/** The clause a verdict's reason carries: which suppression, and why it held or did not. */
export function suppressionClause(
  decision: SuppressionDecision,
  setting: ScannerSuppressions,
): string {
  return `suppressed by ${decision.kind}, ${whetherHonoured(decision, setting)}`;
}

/** "honoured: ..." or "not honoured: ...", naming the setting that decided. */
export function whetherHonoured(
  decision: SuppressionDecision,
  setting: ScannerSuppressions,
): string {
  if (decision.honoured) return `honoured: settings.scanner-suppressions is ${setting}`;
  if (setting === "require-justification") {
    return `not honoured: it has no justification (settings.scanner-suppressions is ${setting})`;
  }
  return `not honoured: settings.scanner-suppressions is ${setting}`;
}
