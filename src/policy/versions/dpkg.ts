// Debian and Ubuntu package versions, as deb-version(7) specifies and dpkg's
// lib/dpkg/version.c (verrevcmp) and lib/dpkg/parsehelp.c (parseversion) implement:
// [epoch:]upstream-version[-debian-revision]. What dpkg only warns about (an upstream
// version that does not start with a digit, a character outside the allowed set) is not
// accepted here: a version dpkg itself frowns on is not compared.
import { compareDigits, type VersionScheme } from "./scheme.js";

interface DebVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

const UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;

function parse(text: string): DebVersion | undefined {
  const version = text.trim();
  const colon = version.indexOf(":");
  let epoch = 0;
  let rest = version;
  if (colon !== -1) {
    const digits = version.slice(0, colon);
    if (!/^\d{1,9}$/.test(digits)) return undefined;
    epoch = Number(digits);
    rest = version.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf("-");
  const upstream = hyphen === -1 ? rest : rest.slice(0, hyphen);
  const revision = hyphen === -1 ? "" : rest.slice(hyphen + 1);
  if (!UPSTREAM.test(upstream)) return undefined;
  if (hyphen !== -1 && !REVISION.test(revision)) return undefined;
  // Without an epoch a colon is not allowed; without a revision, a hyphen is not.
  if (colon === -1 && upstream.includes(":")) return undefined;
  return { epoch, upstream, revision };
}

/** dpkg's order(): digits 0, letters themselves, "~" before everything, others after letters. */
function order(c: string | undefined): number {
  if (c === undefined) return 0;
  if (c >= "0" && c <= "9") return 0;
  if ((c >= "A" && c <= "Z") || (c >= "a" && c <= "z")) return c.charCodeAt(0);
  if (c === "~") return -1;
  return c.charCodeAt(0) + 256;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** verrevcmp: alternating non-digit parts (by order()) and digit parts (numerically). */
export function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const diff = order(a[i]) - order(b[j]);
      if (diff !== 0) return Math.sign(diff);
      i++;
      j++;
    }
    const si = i;
    const sj = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    const diff = compareDigits(a.slice(si, i), b.slice(sj, j));
    if (diff !== 0) return diff;
  }
  return 0;
}

export const dpkg: VersionScheme<DebVersion> = {
  name: "dpkg",
  parse,
  compare(a, b) {
    if (a.epoch !== b.epoch) return Math.sign(a.epoch - b.epoch);
    return verrevcmp(a.upstream, b.upstream) || verrevcmp(a.revision, b.revision);
  },
};
