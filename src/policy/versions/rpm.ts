// RPM package versions (RHEL, CentOS, Fedora, Amazon Linux, SUSE, Oracle, Rocky, Alma,
// Mariner, Photon...): [epoch:]version[-release], each part compared with rpmvercmp
// (rpm's rpmio/rpmvercmp.cc), ported as written, "~" and "^" included. A missing epoch is 0
// and a missing release is empty (older than any release), as rpm orders full EVRs.
import { compareDigits, sign, type VersionScheme } from "./scheme.js";

interface Evr {
  epoch: number;
  version: string;
  release: string;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isAlpha = (c: string | undefined) =>
  c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isAlnum = (c: string | undefined) => isDigit(c) || isAlpha(c);

export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isAlnum(a[i]) && a[i] !== "~" && a[i] !== "^") i++;
    while (j < b.length && !isAlnum(b[j]) && b[j] !== "~" && b[j] !== "^") j++;
    // "~" sorts before everything, the end of the string included.
    if (a[i] === "~" || b[j] === "~") {
      if (a[i] !== "~") return 1;
      if (b[j] !== "~") return -1;
      i++;
      j++;
      continue;
    }
    // "^" sorts after the end of the string but before any other segment.
    if (a[i] === "^" || b[j] === "^") {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== "^") return 1;
      if (b[j] !== "^") return -1;
      i++;
      j++;
      continue;
    }
    if (!(i < a.length && j < b.length)) break;
    const numeric = isDigit(a[i]);
    const inSegment = numeric ? isDigit : isAlpha;
    const si = i;
    const sj = j;
    while (i < a.length && inSegment(a[i])) i++;
    while (j < b.length && inSegment(b[j])) j++;
    // Segments of different kinds: the numeric one is newer.
    if (sj === j) return numeric ? 1 : -1;
    const x = a.slice(si, i);
    const y = b.slice(sj, j);
    const diff = numeric ? compareDigits(x, y) : sign(x, y);
    if (diff !== 0) return diff;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

function parse(text: string): Evr | undefined {
  const evr = text.trim();
  if (!evr || /\s/.test(evr)) return undefined;
  const colon = evr.indexOf(":");
  let epoch = 0;
  let rest = evr;
  if (colon !== -1) {
    const digits = evr.slice(0, colon);
    if (!/^\d{1,9}$/.test(digits)) return undefined;
    epoch = Number(digits);
    rest = evr.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf("-");
  const version = hyphen === -1 ? rest : rest.slice(0, hyphen);
  const release = hyphen === -1 ? "" : rest.slice(hyphen + 1);
  // rpm accepts no empty version, and a version must hold something rpmvercmp can compare.
  if (!/[A-Za-z0-9]/.test(version) || version.includes(":")) return undefined;
  if (hyphen !== -1 && !release) return undefined;
  return { epoch, version, release };
}

export const rpm: VersionScheme<Evr> = {
  name: "rpm",
  parse,
  compare(a, b) {
    if (a.epoch !== b.epoch) return Math.sign(a.epoch - b.epoch);
    return rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release);
  },
};
