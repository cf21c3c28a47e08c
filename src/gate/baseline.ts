// Baselines: "these findings were already here". A baseline records the fingerprint and the
// policy verdict of every finding of a known state (main, or the day a repository adopted
// ztgate). Applied after evaluate, it marks findings it lists as `existing`: they still show,
// but only new findings decide the outcome. Pure: parsing takes text, applying takes values.
import { GateError } from "../model/errors.js";
import { parseJsonFile } from "../model/json-keys.js";
import { withBudgetVerdict } from "./budgets.js";
import { dayOf } from "./days.js";
import { earliest } from "../model/utc-day.js";
import { checkBaselineDates, firstSeenDays } from "./first-seen.js";
import {
  outcomeOf,
  VERDICTS,
  type EvaluatedFinding,
  type Evaluation,
  type Verdict,
} from "./evaluate.js";

export const BASELINE_FORMAT = "ztgate-baseline";
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  id: string;
  /** "name@version", for people reading the file and its diffs. */
  package?: string;
  verdict: Verdict;
  /** The UTC day (YYYY-MM-DD) the finding was first recorded; kept by every rewrite. */
  firstSeen?: string;
}

export interface Baseline {
  format: typeof BASELINE_FORMAT;
  version: typeof BASELINE_VERSION;
  createdAt: string;
  policy: string;
  findings: BaselineEntry[];
}

export type BaselineMark = "new" | "existing";

/** What applying a baseline did, kept on the evaluation so every output can say it. */
export interface BaselineSummary {
  file: string;
  createdAt: string;
  existing: number;
  new: number;
  /** Entries of the baseline no finding matches any more: fixed since. */
  gone: number;
}

// The marks live here, not in judge.ts or evaluate.ts, so baselines stay one layer applied
// after evaluation; the fields are optional and absent when no baseline is used.
declare module "./judge.js" {
  interface EvaluatedFinding {
    baseline?: BaselineMark;
  }
}
declare module "./evaluate.js" {
  interface Evaluation {
    baseline?: BaselineSummary;
  }
}

/**
 * A baseline of the evaluation's findings. Each keeps the first-seen day `previous` (the
 * file being rewritten, or the base branch's) has for it, or the scanner's own day when that
 * is earlier; a finding neither dates is first seen today.
 */
export function makeBaseline(evaluation: Evaluation, now: Date, previous?: Baseline): Baseline {
  const known = previous ? firstSeenDays(previous) : new Map<string, string>();
  const today = dayOf(now);
  const findings = evaluation.findings
    .map(({ finding: f, verdict }) => ({
      fingerprint: f.fingerprint,
      id: f.id,
      ...(f.package ? { package: `${f.package.name}@${f.package.version ?? ""}` } : {}),
      verdict,
      firstSeen: firstSeenDay(known.get(f.fingerprint), f.firstSeen, today),
    }))
    // Sorted so a baseline committed to a repository changes only where findings change.
    .sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    createdAt: now.toISOString(),
    policy: evaluation.policy.source,
    findings,
  };
}

/** The recorded day, or the scanner's when it is earlier and before today; else today. */
function firstSeenDay(recorded: string | undefined, scanner: string | undefined, today: string) {
  return (
    earliest(recorded, scanner !== undefined && scanner < today ? scanner : undefined) ?? today
  );
}

export function serialiseBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + "\n";
}

export function parseBaseline(text: string, file: string): Baseline {
  // As for reports: a key written twice ("findings" twice) is read differently by different
  // readers, so the baseline is refused rather than trusted.
  const doc = parseJsonFile(text, file, "baseline");
  const d = doc as Partial<Baseline> | null;
  if (typeof d !== "object" || d === null || d.format !== BASELINE_FORMAT) {
    throw new GateError(`not a ztgate baseline (no "format": "${BASELINE_FORMAT}")`, { file });
  }
  if (d.version !== BASELINE_VERSION) {
    throw new GateError(
      `baseline version ${JSON.stringify(d.version)} is not supported (this ztgate reads version ${BASELINE_VERSION}); write it again with ztgate baseline write`,
      { file },
    );
  }
  if (!Array.isArray(d.findings) || !d.findings.every(isEntry)) {
    throw new GateError("baseline findings must be a list of {fingerprint, id, verdict}", {
      file,
    });
  }
  checkBaselineDates(d.createdAt, d.findings, file);
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    createdAt: String(d.createdAt ?? ""),
    policy: String(d.policy ?? ""),
    findings: d.findings,
  };
}

function isEntry(e: unknown): e is BaselineEntry {
  const x = e as Partial<BaselineEntry> | null;
  return (
    typeof x === "object" &&
    x !== null &&
    typeof x.fingerprint === "string" &&
    typeof x.id === "string" &&
    VERDICTS.includes(x.verdict as Verdict)
  );
}

const STRICTNESS: Record<Verdict, number> = { block: 3, warn: 2, info: 1, ignored: 0, waived: 0 };

/**
 * Marks each finding new or existing and recomputes the outcome from new findings only.
 * A finding whose verdict is stricter now than when it was recorded (the policy tightened,
 * or the scanner raised its severity) counts as new: the baseline accepted the old verdict,
 * not any future one.
 */
export function applyBaseline(
  evaluation: Evaluation,
  baseline: Baseline,
  file: string,
): Evaluation {
  // A fingerprint listed twice keeps its least strict verdict: the baseline accepted no more.
  const recorded = new Map<string, Verdict>();
  for (const { fingerprint, verdict } of baseline.findings) {
    const known = recorded.get(fingerprint);
    if (known === undefined || STRICTNESS[verdict] < STRICTNESS[known]) {
      recorded.set(fingerprint, verdict);
    }
  }
  const findings: EvaluatedFinding[] = evaluation.findings.map((e) => {
    const before = recorded.get(e.finding.fingerprint);
    // A verdict a remediation deadline raised is compared as it was before: the finding is
    // still the one the baseline accepted (and decides anyway, being overdue).
    const judged = e.deadline?.raisedFrom ?? e.verdict;
    const existing = before !== undefined && STRICTNESS[judged] <= STRICTNESS[before];
    return { ...e, baseline: existing ? "existing" : "new" };
  });
  const newVerdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const e of findings) {
    if (e.baseline === "new") newVerdicts[e.verdict]++;
    // An existing finding past its remediation deadline decides again, as the deadline says.
    else if (e.deadline?.overdue) newVerdicts[e.deadline.action]++;
  }
  const present = new Set(evaluation.findings.map((e) => e.finding.fingerprint));
  const existing = findings.filter((e) => e.baseline === "existing").length;
  return {
    ...evaluation,
    // Missing or stale evidence fails the gate whatever the findings are; a baseline cannot
    // change that.
    outcome:
      evaluation.errors.length > 0
        ? "fail"
        : outcomeOf(withBudgetVerdict(newVerdicts, evaluation.budgets), evaluation.policy.failOn),
    findings,
    baseline: {
      file,
      createdAt: baseline.createdAt,
      existing,
      new: findings.length - existing,
      gone: [...recorded.keys()].filter((fp) => !present.has(fp)).length,
    },
  };
}

/**
 * Findings that decide the outcome: all of them, or under a baseline the new ones and the
 * existing ones past their remediation deadline.
 */
export function decidingFindings(evaluation: Evaluation): EvaluatedFinding[] {
  return evaluation.findings.filter((e) => e.baseline !== "existing" || e.deadline?.overdue);
}
