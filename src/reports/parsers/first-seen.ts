// A scanner's own first-seen date for a finding (GitHub alerts' created_at, SARIF's
// provenance.firstDetectionTimeUtc) → its UTC day, the finding's `firstSeen`.
import { GateError } from "../../model/errors.js";
import { utcDayOf } from "../../model/utc-day.js";

/**
 * Absent is no date (the baseline's day or today counts, as before scanners were read); a
 * value that is not an ISO 8601 date with a zone is an error naming the report, never
 * "first seen today", which would restart the finding's deadline.
 */
export function scannerDay(value: unknown, what: string, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const day = typeof value === "string" ? utcDayOf(value) : undefined;
  if (day === undefined) {
    throw new GateError(`${what} ${JSON.stringify(value)} is not an ISO 8601 date`, {
      file: path,
    });
  }
  return day;
}
