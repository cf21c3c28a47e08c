// Remediation deadlines on evaluated findings: how long each has been open (since the day it
// was first seen: the earlier of the baseline's day and the scanner's, else today) against the
// shortest deadline of the policy matching its severity and classification. A finding past its
// deadline gets the deadline's action when that is stricter than its verdict: a deadline
// escalates, never downgrades. Waived and ignored findings are not open debt and get no
// deadline. Pure.
import type { Deadline } from "../policy/deadlines.js";
import type { EvaluatedFinding, Verdict } from "./judge.js";
import { dayOf, daysBetween } from "./days.js";
import { earliest } from "../model/utc-day.js";

/** Findings falling due within this many days are listed (markdown "falls due soon"). */
export const DUE_SOON_DAYS = 7;

export interface DeadlineStatus {
  /** The deadline that applies, as written: "critical on restricted: 7 days". */
  deadline: string;
  days: number;
  action: Deadline["action"];
  /** The UTC day the finding was first seen (YYYY-MM-DD). */
  firstSeen: string;
  /**
   * Where that day came from: the baseline, the scanner's own date (GitHub's created_at),
   * or today (a finding neither dates).
   */
  firstSeenFrom: "baseline" | "scanner" | "today";
  daysOpen: number;
  /** Days until the deadline; negative once it has passed. */
  daysLeft: number;
  overdue: boolean;
  /** The verdict the deadline raised (absent when it raised none): what a baseline compares. */
  raisedFrom?: Verdict;
}

declare module "./judge.js" {
  interface EvaluatedFinding {
    deadline?: DeadlineStatus;
  }
}

const STRICTNESS: Record<Verdict, number> = { block: 3, warn: 2, info: 1, ignored: 0, waived: 0 };

/** The shortest deadline for a finding; on equal days, the one that blocks. */
function deadlineFor(e: EvaluatedFinding, deadlines: readonly Deadline[]): Deadline | undefined {
  let chosen: Deadline | undefined;
  for (const d of deadlines) {
    if (!d.severities.includes(e.effectiveSeverity)) continue;
    if (d.classifications && !d.classifications.includes(e.classification)) continue;
    if (
      !chosen ||
      d.days < chosen.days ||
      (d.days === chosen.days && STRICTNESS[d.action] > STRICTNESS[chosen.action])
    ) {
      chosen = d;
    }
  }
  return chosen;
}

/**
 * The earliest of the baseline's day and the scanner's: a change cannot make a finding younger
 * than the scanner says it is. A day after today (a clock set back, a hand-edited file, a
 * scanner's skewed clock) counts as today: it must never give a finding extra days.
 */
function firstSeenOf(
  e: EvaluatedFinding,
  recorded: ReadonlyMap<string, string> | undefined,
  today: string,
): { day: string; from: DeadlineStatus["firstSeenFrom"] } {
  const baseline = recorded?.get(e.finding.fingerprint);
  const scanner = e.finding.firstSeen;
  const day = earliest(baseline, scanner);
  if (day === undefined) return { day: today, from: "today" };
  return { day: day <= today ? day : today, from: day === baseline ? "baseline" : "scanner" };
}

/**
 * Sets `deadline` on every open finding a deadline covers and escalates those past it, in
 * place (the findings are the evaluation's own, fresh from judge). `firstSeen` maps
 * fingerprints to UTC days (a baseline's: gate/baseline.ts firstSeenDays).
 */
export function applyDeadlines(
  findings: EvaluatedFinding[],
  deadlines: readonly Deadline[],
  now: Date,
  firstSeen: ReadonlyMap<string, string> | undefined,
): void {
  const today = dayOf(now);
  // Findings share a handful of first-seen days: each day's age is computed once.
  const ages = new Map<string, number>();
  const ageOf = (day: string) => {
    let age = ages.get(day);
    if (age === undefined) ages.set(day, (age = daysBetween(day, now)));
    return age;
  };
  for (const e of findings) {
    if (e.verdict === "waived" || e.verdict === "ignored") continue;
    const d = deadlineFor(e, deadlines);
    if (!d) continue;
    const { day, from } = firstSeenOf(e, firstSeen, today);
    const daysOpen = ageOf(day);
    const overdue = daysOpen > d.days;
    e.deadline = {
      deadline: d.label,
      days: d.days,
      action: d.action,
      firstSeen: day,
      firstSeenFrom: from,
      daysOpen,
      daysLeft: d.days - daysOpen,
      overdue,
    };
    if (!overdue) continue;
    const clause = `open ${daysOpen} days since ${day}, past the deadline ${d.label} (${d.source})`;
    if (STRICTNESS[d.action] > STRICTNESS[e.verdict]) {
      e.deadline.raisedFrom = e.verdict;
      e.verdict = d.action;
      e.reason = `${clause}: ${d.action}; otherwise ${e.reason}`;
    } else {
      e.reason = `${e.reason}; ${clause}`;
    }
  }
}

/** "3 days open, 4 left", "open 9 days, 2 overdue": the short form every output shows. */
export function deadlineLabel(s: DeadlineStatus): string {
  return s.overdue
    ? `${s.daysOpen} days open, ${-s.daysLeft} past deadline`
    : `${s.daysOpen} days open, ${s.daysLeft} left`;
}

/** Open findings not yet past their deadline that fall due within DUE_SOON_DAYS. */
export function dueSoon(findings: readonly EvaluatedFinding[]): EvaluatedFinding[] {
  return findings.filter(
    (e) => e.deadline && !e.deadline.overdue && e.deadline.daysLeft <= DUE_SOON_DAYS,
  );
}
