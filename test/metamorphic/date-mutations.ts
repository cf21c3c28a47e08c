// Mutations of the first-seen dates scanners write (GitHub alerts' `created_at`, SARIF's
// `provenance.firstDetectionTimeUtc`), for test/metamorphic-dates.test.ts. Three kinds:
// - "same instant": the time written in another zone: the same UTC day, the same days open;
// - "later": a later day (one in the future too): the baseline's earlier day still counts,
//   so a finding is never open fewer days than before;
// - "unreadable": not a date, or a day that does not exist: exit 2, never a date guessed.

type Json = Record<string, unknown>;

const DATE_KEY = /^(?:created_at|firstDetectionTimeUtc)$/;

export interface DateMutant {
  name: string;
  kind: "same instant" | "later" | "unreadable";
  doc: unknown;
}

/** The document with every string under a date key rewritten; `count.n` says how many. */
function rewritten(value: unknown, rewrite: (d: string) => string, count: { n: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => rewritten(v, rewrite, count));
  if (typeof value !== "object" || value === null) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    const isDate = DATE_KEY.test(k) && typeof v === "string";
    if (isDate) count.n++;
    out[k] = isDate ? rewrite(v) : rewritten(v, rewrite, count);
  }
  return out;
}

/** The same instant in +05:30 ("2026-01-01T00:00:00Z" → "2026-01-01T05:30:00+05:30"). */
function inOffset(d: string): string {
  const t = Date.parse(d);
  if (Number.isNaN(t)) return d;
  const shifted = new Date(t + 330 * 60_000).toISOString().replace(/\.\d+Z$|Z$/, "");
  return `${shifted}+05:30`;
}

/** `days` later, written as a UTC timestamp. */
const later = (days: number) => (d: string) => {
  const t = Date.parse(d);
  return Number.isNaN(t) ? d : new Date(t + days * 86_400_000).toISOString();
};

export function dateMutantsOf(doc: unknown): DateMutant[] {
  const probe = { n: 0 };
  rewritten(doc, (d) => d, probe);
  if (probe.n === 0) return [];
  const m = (name: string, kind: DateMutant["kind"], rewrite: (d: string) => string) => ({
    name,
    kind,
    doc: rewritten(doc, rewrite, { n: 0 }),
  });
  return [
    m("the same instant written in +05:30", "same instant", inOffset),
    m("30 days later", "later", later(30)),
    m("in the year 2999", "later", () => "2999-01-01T00:00:00Z"),
    m("not a date", "unreadable", () => "last Tuesday"),
    m("on February 30th", "unreadable", (d) => d.replace(/^\d{4}-\d{2}-\d{2}/, "2026-02-30")),
    m("without a zone", "unreadable", (d) => d.replace(/(?:Z|[+-]\d{2}:\d{2})$/, "")),
  ];
}
