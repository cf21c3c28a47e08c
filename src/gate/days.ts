// Calendar days in UTC, for first-seen dates and remediation deadlines. A date is written
// "YYYY-MM-DD" (or as a full ISO timestamp, as a baseline's createdAt is); anything else,
// including a day that does not exist (2026-02-30), is refused by the caller, never guessed.
const DAY_MS = 86_400_000;

// Parsers read scanners' dates with it too, so it lives in the model.
export { utcDayOf } from "../model/utc-day.js";

export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** Whole days from `from` (a UTC day) to the UTC day of `to`; negative when `from` is later. */
export function daysBetween(from: string, to: Date): number {
  return Math.round(
    (Date.parse(`${dayOf(to)}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );
}
