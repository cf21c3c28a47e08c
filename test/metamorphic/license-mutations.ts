// Mutations of the licence texts of a real report (test/metamorphic-licenses.test.ts): every
// place a parser reads a licence from (CycloneDX `licenses[].license.id|name` and
// `licenses[].expression`, Trivy `Licenses[].Name`, Snyk's `license` of a licence issue) is
// rewritten the same way. Two kinds:
// - "equivalent" spellings of the same licence (SPDX ids in another case, extra parentheses
//   and whitespace, GNU's deprecated ids and their -only / -or-later names): a mutant may judge
//   a licence more strictly (an id it no longer reads is unknown) but never more loosely;
// - "unreadable": every licence replaced by a text that is no licence: each must be judged
//   as unknown, which the licenses pack blocks on a restricted asset.

type Json = Record<string, unknown>;
type Rewrite = (license: string) => string;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface LicenseMutant {
  name: string;
  kind: "equivalent spelling" | "unreadable licence";
  /** The mutated JSON document (undefined: the report has no licence text to rewrite). */
  doc: unknown;
}

/**
 * The document with `rewrite` applied to every licence text, and how many were rewritten.
 * `licenseList` says the value is a CycloneDX `licenses` / Trivy `Licenses` array.
 */
function rewritten(value: unknown, rewrite: Rewrite, count: { n: number }, key = ""): unknown {
  const again = (v: unknown, k: string) => rewritten(v, rewrite, count, k);
  if (Array.isArray(value)) {
    const inList = key === "licenses" || key === "Licenses";
    return value.map((v) => (inList && isObject(v) ? licenseEntry(v) : again(v, "")));
  }
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    // Snyk: a licence issue's licence is a string beside `type: "license"`.
    const snyk = k === "license" && typeof v === "string" && value.type === "license";
    out[k] = snyk ? text(v) : again(v, k);
  }
  return out;

  function text(t: string): string {
    count.n++;
    return rewrite(t);
  }
  function licenseEntry(entry: Json): Json {
    const out: Json = {};
    for (const [k, v] of Object.entries(entry)) {
      if ((k === "expression" || k === "Name") && typeof v === "string") out[k] = text(v);
      else if (k === "license" && isObject(v)) {
        const inner: Json = {};
        for (const [ik, iv] of Object.entries(v)) {
          inner[ik] = (ik === "id" || ik === "name") && typeof iv === "string" ? text(iv) : iv;
        }
        out[k] = inner;
      } else out[k] = again(v, k);
    }
    return out;
  }
}

// SPDX's operators, kept as they are when ids are recased (an operator in lower case is one
// too, but that is another mutation).
const OPERATOR = /^(?:AND|OR|WITH)$/;

/** Every id of the expression in the other case (operators kept). */
function recased(upper: boolean): Rewrite {
  return (t) =>
    t.replace(/[A-Za-z0-9.+-]+/g, (w) =>
      OPERATOR.test(w) ? w : upper ? w.toUpperCase() : w.toLowerCase(),
    );
}

/** Only the deprecated → explicit direction ("GPL-2.0" → "GPL-2.0-only"). */
function gnuExplicit(t: string): string {
  return t
    .replace(/\b((?:A|L)?GPL-\d\.\d)\+/g, "$1-or-later")
    .replace(/\b((?:A|L)?GPL-\d\.\d)(?![-+\w])/g, "$1-only");
}

/** Only the explicit → deprecated direction ("GPL-2.0-only" → "GPL-2.0", "-or-later" → "+"). */
function gnuDeprecated(t: string): string {
  return t
    .replace(/\b((?:A|L)?GPL-\d\.\d)-only\b/g, "$1")
    .replace(/\b((?:A|L)?GPL-\d\.\d)-or-later\b/g, "$1+");
}

const EQUIVALENT: [string, Rewrite][] = [
  ["SPDX ids upper-cased", recased(true)],
  ["SPDX ids lower-cased", recased(false)],
  ["wrapped in parentheses with extra whitespace", (t) => ` ( ( ${t} ) ) `],
  ["operators spaced out", (t) => t.replace(/ (AND|OR|WITH) /g, "   $1\t ")],
  ["GNU deprecated ids written -only / -or-later", gnuExplicit],
  ["GNU -only / -or-later ids written as the deprecated ones", gnuDeprecated],
];

/** A text no parser or corrector can read as a licence. */
export const UNREADABLE = "\u00bf?#\u0000 not a licence #";

/** Every licence mutant of a JSON report; none when it has no licence text. */
export function licenseMutantsOf(doc: unknown): LicenseMutant[] {
  const probe = { n: 0 };
  rewritten(doc, (t) => t, probe);
  if (probe.n === 0) return [];
  const out: LicenseMutant[] = [];
  for (const [name, rewrite] of EQUIVALENT) {
    out.push({ name, kind: "equivalent spelling", doc: rewritten(doc, rewrite, { n: 0 }) });
  }
  out.push({
    name: "every licence replaced by an unreadable text",
    kind: "unreadable licence",
    doc: rewritten(doc, () => UNREADABLE, { n: 0 }),
  });
  return out;
}
