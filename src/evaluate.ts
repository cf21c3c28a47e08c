// (Finding[], Policy, now) -> Evaluation. Pure: time is an argument, nothing is read from the
// process, so every verdict is reproducible from its inputs (DESIGN §2).
import { severityRank, SEVERITIES, type Finding, type Severity } from "./finding.js";
import type { Action, Policy } from "./policy.js";

export type Verdict = "block" | "warn" | "info" | "ignored" | "waived";
export type Outcome = "pass" | "warn" | "fail";

export const VERDICTS: readonly Verdict[] = ["block", "warn", "info", "ignored", "waived"];

export interface EvaluatedFinding {
  finding: Finding;
  verdict: Verdict;
  /** The rule that decided the verdict; undefined when the policy's default action applied. */
  rule?: string;
  /** Every rule whose conditions matched, in policy order. */
  matchedRules: string[];
  /** Severity used for the decision (after settings.unknown-severity). */
  effectiveSeverity: Severity;
  /** One sentence a person can read: why this verdict. */
  reason: string;
}

export interface ReportSummary {
  path: string;
  format: string;
  findings: number;
  createdAt?: string;
}

export interface Evaluation {
  outcome: Outcome;
  /** The time the evaluation was made for (an input, never read from a clock here). */
  evaluatedAt: string;
  policy: { source: string; failOn: Policy["settings"]["failOn"] };
  reports: ReportSummary[];
  findings: EvaluatedFinding[];
  counts: {
    total: number;
    byVerdict: Record<Verdict, number>;
    bySeverity: Record<Severity, number>;
  };
}

const ACTION_STRICTNESS: Record<Action, number> = { block: 3, warn: 2, info: 1, ignore: 0 };

function verdictOf(action: Action): Verdict {
  return action === "ignore" ? "ignored" : action;
}

export function evaluate(
  findings: readonly Finding[],
  policy: Policy,
  now: Date,
  reports: ReportSummary[] = [],
): Evaluation {
  const evaluated = findings.map((f) => evaluateFinding(f, policy));
  evaluated.sort(byVerdictThenSeverity);
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const e of evaluated) {
    byVerdict[e.verdict]++;
    bySeverity[e.finding.severity]++;
  }
  return {
    outcome: outcomeOf(byVerdict, policy.settings.failOn),
    evaluatedAt: now.toISOString(),
    policy: { source: policy.source, failOn: policy.settings.failOn },
    reports,
    findings: evaluated,
    counts: { total: evaluated.length, byVerdict, bySeverity },
  };
}

function evaluateFinding(finding: Finding, policy: Policy): EvaluatedFinding {
  const severity =
    finding.severity === "unknown" ? policy.settings.unknownSeverity : finding.severity;
  const subject = { finding, severity };
  const matched = policy.rules.filter((r) => r.matches(subject));
  // The strictest matching action wins, so adding a rule can never weaken another one;
  // exceptions are made with waivers, which are narrow, owned and temporary.
  let decider = matched[0];
  for (const rule of matched) {
    if (decider && ACTION_STRICTNESS[rule.action] > ACTION_STRICTNESS[decider.action])
      decider = rule;
  }
  const base = { finding, matchedRules: matched.map((r) => r.id), effectiveSeverity: severity };
  if (finding.suppressed) {
    return {
      ...base,
      verdict: "ignored",
      rule: decider?.id,
      reason: `suppressed by the scanner (${finding.suppressed.kind})`,
    };
  }
  if (!decider) {
    const action = policy.settings.defaultAction;
    return {
      ...base,
      verdict: verdictOf(action),
      reason: `no rule matched; default action ${action}`,
    };
  }
  return {
    ...base,
    verdict: verdictOf(decider.action),
    rule: decider.id,
    reason: `rule ${decider.id} (${decider.action})${decider.description ? `: ${decider.description}` : ""}`,
  };
}

export function outcomeOf(
  counts: Record<Verdict, number>,
  failOn: Policy["settings"]["failOn"],
): Outcome {
  if (counts.block > 0) return failOn === "never" ? "warn" : "fail";
  if (counts.warn > 0) return failOn === "warn" ? "fail" : "warn";
  return "pass";
}

const VERDICT_ORDER: Record<Verdict, number> = {
  block: 0,
  warn: 1,
  info: 2,
  waived: 3,
  ignored: 4,
};

function byVerdictThenSeverity(a: EvaluatedFinding, b: EvaluatedFinding): number {
  return (
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
    severityRank(b.finding.severity) - severityRank(a.finding.severity) ||
    a.finding.id.localeCompare(b.finding.id) ||
    a.finding.fingerprint.localeCompare(b.finding.fingerprint)
  );
}
