// Versions that are "numbers and dots, then maybe a pre-release": NuGet (four parts), Cargo,
// Composer, Pub, Hex, Swift, Conan, RubyGems' numeric releases, and every ecosystem ztgate
// does not know ("generic"). Release parts compare numerically with missing parts as 0
// (1.2 = 1.2.0); a pre-release ("-rc.1", compared as semver 2.0 identifiers, case-folded as
// NuGet does) sorts before its release; "+build" is ignored. Anything else ("1.0.0.pre",
// "abc") does not parse: not compared.
import { compareDigits, sign, type VersionScheme } from "./scheme.js";

interface Loose {
  release: string[];
  pre: string[];
}

const SHAPE = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

function parse(version: string): Loose | undefined {
  const m = SHAPE.exec(version.trim());
  if (!m) return undefined;
  const release = m[1]!.split(".");
  while (release.length > 1 && /^0+$/.test(release.at(-1)!)) release.pop();
  return { release, pre: m[2] ? m[2].toLowerCase().split(".") : [] };
}

function compareIdentifier(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return compareDigits(a, b);
  if (an !== bn) return an ? -1 : 1;
  return sign(a, b);
}

function compare(a: Loose, b: Loose): number {
  const n = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < n; i++) {
    const d = compareDigits(a.release[i] ?? "0", b.release[i] ?? "0");
    if (d !== 0) return d;
  }
  if (a.pre.length === 0 || b.pre.length === 0) return sign(b.pre.length, a.pre.length);
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const d = compareIdentifier(a.pre[i]!, b.pre[i]!);
    if (d !== 0) return d;
  }
  return sign(a.pre.length, b.pre.length);
}

export const semverLike: VersionScheme<Loose> = { name: "semver-like", parse, compare };

/**
 * For an ecosystem ztgate does not know: the same order, on plain releases only. A "-" suffix
 * is a pre-release to semver (before the release) but a revision to dpkg, rpm and apk (after
 * it): not knowing which, ztgate does not compare it.
 */
export const generic: VersionScheme<Loose> = {
  name: "generic",
  parse(version) {
    const parsed = parse(version);
    return parsed && parsed.pre.length === 0 ? parsed : undefined;
  },
  compare,
};
