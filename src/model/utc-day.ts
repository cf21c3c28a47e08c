// A date as written by a baseline, a policy or a scanner → its UTC calendar day. "YYYY-MM-DD"
// or a full ISO timestamp with a zone; anything else, including a day that does not exist
// (2026-02-30), is undefined, for the caller to refuse: a date is never guessed.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** "2026-11-01" or "2026-11-01T10:00:00Z" → its UTC day "2026-11-01"; undefined when invalid. */
export function utcDayOf(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  // Date.parse rolls 2026-02-30 over to March, in a timestamp too: the written day must exist,
  // or "2026-02-30T10:00:00Z" would be a later first-seen day, a finding younger than written.
  const written = text.slice(0, 10);
  const start = Date.parse(`${written}T00:00:00Z`);
  if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== written)
    return undefined;
  if (text.length === 10) return written;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString().slice(0, 10);
}

/** The earlier of two YYYY-MM-DD days (they compare as strings), or the one given. */
export function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b === undefined || a <= b ? a : b;
}
