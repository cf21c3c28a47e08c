// Calendar days in UTC, for first-seen dates and remediation deadlines. A date is written
// "YYYY-MM-DD" (or as a full ISO timestamp, as a baseline's createdAt is); anything else,
// including a day that does not exist (2026-02-30), is refused by the caller, never guessed.
const DAY_MS = 86_400_000;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** "2026-11-01" or "2026-11-01T10:00:00Z" → its UTC day "2026-11-01"; undefined when invalid. */
export function utcDayOf(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const time = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(time)) return undefined;
  const day = new Date(time).toISOString().slice(0, 10);
  // Date.parse rolls 2026-02-30 over to March: a date-only text must name the day it gives.
  if (text.length === 10 && day !== text) return undefined;
  return day;
}

export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** Whole days from `from` (a UTC day) to the UTC day of `to`; negative when `from` is later. */
export function daysBetween(from: string, to: Date): number {
  return Math.round(
    (Date.parse(`${dayOf(to)}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );
}
