// The console's notes about the policy itself, after the findings: waivers that need
// attention (expired, over-long, unused, expiring soon), layer coverage, and missing or stale
// evidence. Pure, like every reporter.
import type { Evaluation } from "../gate/evaluate.js";
import { printableLine as plain } from "../model/safe-text.js";
import type { WaiverStatus } from "../policy/waivers.js";
import { policyChangeNotes } from "./policy-change.js";

const WAIVER_LABEL: Record<WaiverStatus, string | undefined> = {
  expired: "EXPIRED",
  "over-long": "OVER-LONG",
  unapproved: "UNAPPROVED",
  unused: "UNUSED",
  "expiring-soon": "EXPIRING",
  active: undefined,
};

export function policyNotes(evaluation: Evaluation): string[] {
  const out: string[] = [...policyChangeNotes(evaluation)];
  const flagged = evaluation.waivers.filter((w) => WAIVER_LABEL[w.status]);
  if (flagged.length > 0) {
    out.push(`WAIVERS (${flagged.length} need attention)`);
    for (const w of flagged) {
      const label = (WAIVER_LABEL[w.status] ?? "").padEnd(9);
      out.push(
        `  ${label} ${plain(w.id)} (owner ${plain(w.owner)}, ${plain(w.source)}): ${plain(w.message)}`,
      );
    }
    out.push("");
  }
  const layers = Object.entries(evaluation.coverage).map(([l, paths]) => `${l} (${paths.length})`);
  if (evaluation.reports.length > 0) {
    out.push(`Evidence: ${layers.join(", ") || "no layer"}`);
  }
  for (const w of evaluation.warnings) out.push(`  warning: ${plain(w)}`);
  for (const e of evaluation.errors) out.push(`  ERROR: ${plain(e)}`);
  return out;
}
