// A change to the policy, kept on the evaluation so every output can say it: what the change
// alters (policy/policy-diff.ts) and the verdict under each policy. The deciding policy is the
// trusted one (the base commit's in a pull request); the proposed one is only shown, so a
// change cannot pass itself by weakening the policy (DESIGN §1.7). Pure.
import type { PolicyChange } from "../policy/policy-diff.js";
import type { Evaluation } from "./evaluate.js";

/** An evaluation's result as one word: missing or stale evidence is "undecided". */
export type PolicyVerdict = Evaluation["outcome"] | "undecided";

export interface PolicyVerdictLine {
  /** "the base policy", "this PR's policy", "the policy at main (abc1234)". */
  label: string;
  verdict: PolicyVerdict;
}

export interface PolicyComparison {
  deciding: PolicyVerdictLine;
  proposed: PolicyVerdictLine;
  changes: PolicyChange[];
}

declare module "./evaluate.js" {
  interface Evaluation {
    policyChange?: PolicyComparison;
  }
}

export function verdictOf(evaluation: Evaluation): PolicyVerdict {
  return evaluation.errors.length > 0 ? "undecided" : evaluation.outcome;
}

/** The deciding evaluation, told what the proposed policy changes; unchanged when nothing does. */
export function withPolicyChange(
  deciding: Evaluation,
  proposed: Evaluation,
  changes: readonly PolicyChange[],
  labels: { deciding: string; proposed: string },
): Evaluation {
  if (changes.length === 0) return deciding;
  return {
    ...deciding,
    policyChange: {
      deciding: { label: labels.deciding, verdict: verdictOf(deciding) },
      proposed: { label: labels.proposed, verdict: verdictOf(proposed) },
      changes: [...changes],
    },
  };
}

export const VERDICT_WORD: Record<PolicyVerdict, string> = {
  pass: "PASS",
  warn: "PASS WITH WARNINGS",
  fail: "BLOCKED",
  undecided: "COULD NOT DECIDE",
};

/** "with this PR's policy: PASS; with the base policy: BLOCKED" (labels are ztgate's own). */
export function verdictsLine(c: PolicyComparison): string {
  return (
    `with ${c.proposed.label}: ${VERDICT_WORD[c.proposed.verdict]}; ` +
    `with ${c.deciding.label}: ${VERDICT_WORD[c.deciding.verdict]}`
  );
}
