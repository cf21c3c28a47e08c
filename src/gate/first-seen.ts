// First-seen days in a baseline: each entry's `firstSeen` (YYYY-MM-DD, UTC), kept when the
// baseline is written again, so a finding's age survives rewrites and merges. Entries of
// baselines written before ztgate recorded the day have none: they take the baseline's own
// `createdAt` day, the latest day the finding is known to have been open (never "today",
// which would restart every deadline whenever the file is read).
import { GateError } from "../model/errors.js";
import { utcDayOf } from "../model/utc-day.js";

interface Dated {
  fingerprint: string;
  firstSeen?: string;
}

/**
 * Checks every date of a parsed baseline, before anything trusts it: an unparseable date is
 * exit 2 naming the file and the entry, never a finding that restarts its deadline.
 */
export function checkBaselineDates(
  createdAt: unknown,
  findings: readonly Dated[],
  file: string,
): void {
  findings.forEach((e, i) => {
    if (e.firstSeen === undefined) return;
    if (typeof e.firstSeen !== "string" || utcDayOf(e.firstSeen) === undefined) {
      throw new GateError(
        `baseline findings[${i}] (${JSON.stringify(e.fingerprint)}): firstSeen ${JSON.stringify(e.firstSeen)} is not a date (YYYY-MM-DD)`,
        { file },
      );
    }
  });
  const undated = findings.some((e) => e.firstSeen === undefined);
  if (undated && (typeof createdAt !== "string" || utcDayOf(createdAt) === undefined)) {
    throw new GateError(
      `baseline createdAt ${JSON.stringify(createdAt)} is not a date, and entries without firstSeen take it as their first-seen day`,
      { file },
    );
  }
}

/** Fingerprint → first-seen UTC day, for a baseline checked by checkBaselineDates. */
export function firstSeenDays(baseline: {
  createdAt: string;
  findings: readonly Dated[];
}): Map<string, string> {
  const fallback = utcDayOf(baseline.createdAt);
  const days = new Map<string, string>();
  for (const e of baseline.findings) {
    const day = e.firstSeen === undefined ? fallback : utcDayOf(e.firstSeen);
    // A fingerprint listed twice keeps its earliest day: a later copy must not restart it.
    const known = days.get(e.fingerprint);
    if (day !== undefined && (known === undefined || day < known)) days.set(e.fingerprint, day);
  }
  return days;
}
