// Calendar days in UTC, for first-seen dates and remediation deadlines. Reading a date a file
// wrote is model/utc-day.ts (utcDayOf), which parsers use too; here, counting days.
const DAY_MS = 86_400_000;

export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** Whole days from `from` (a UTC day) to the UTC day of `to`; negative when `from` is later. */
export function daysBetween(from: string, to: Date): number {
  return Math.round(
    (Date.parse(`${dayOf(to)}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS,
  );
}
