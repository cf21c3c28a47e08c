// Alpine (and Wolfi, Chainguard) package versions, ported from apk-tools' src/version.c:
// digit{.digit}...{letter}{_suffix{digit}}...{~hash}{-r#}. A version apk_version_validate()
// rejects is not compared (apk itself falls back to a string sort for those).
import { compareDigits, sign, type VersionScheme } from "./scheme.js";

const enum Token {
  InitialDigit,
  Digit,
  Letter,
  Suffix,
  SuffixNo,
  CommitHash,
  RevisionNo,
  End,
  Invalid,
}

// In apk's order; "" (no suffix) sits between the pre-release and the post-release ones.
const SUFFIXES = ["alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg", "p"];
const NO_SUFFIX = SUFFIXES.indexOf("");

interface Part {
  token: Token;
  /** The digits, letter, suffix name or hash as written. */
  value: string;
}

const DIGITS = /^[0-9]+/;
const SUFFIX_NAME = /^[a-z]*/;
const HEX = /^[0-9a-f]*/;

/** The tokens of a version, ending with End, or undefined where apk finds it invalid. */
function tokenize(version: string): Part[] | undefined {
  const first = DIGITS.exec(version)?.[0];
  if (!first) return undefined;
  const parts: Part[] = [{ token: Token.InitialDigit, value: first }];
  let rest = version.slice(first.length);
  let last = Token.InitialDigit as Token;
  const push = (token: Token, value: string, consumed: number) => {
    parts.push({ token, value });
    last = token;
    rest = rest.slice(consumed);
  };
  while (rest.length > 0) {
    const c = rest[0]!;
    if (c >= "a" && c <= "z") {
      if (last > Token.Digit) return undefined;
      push(Token.Letter, c, 1);
    } else if (c === "." || (c >= "0" && c <= "9")) {
      const next = last === Token.InitialDigit || last === Token.Digit ? Token.Digit : undefined;
      const token = last === Token.Suffix ? Token.SuffixNo : next;
      if (token === undefined || (c === "." && last > Token.Digit)) return undefined;
      const skip = c === "." ? 1 : 0;
      const digits = DIGITS.exec(rest.slice(skip))?.[0];
      if (!digits) return undefined;
      push(token, digits, skip + digits.length);
    } else if (c === "_") {
      if (last > Token.SuffixNo) return undefined;
      const name = SUFFIX_NAME.exec(rest.slice(1))![0];
      if (!name || !SUFFIXES.includes(name)) return undefined;
      push(Token.Suffix, name, 1 + name.length);
    } else if (c === "~") {
      if (last >= Token.CommitHash) return undefined;
      const hash = HEX.exec(rest.slice(1))![0];
      if (!hash) return undefined;
      push(Token.CommitHash, hash, 1 + hash.length);
    } else if (c === "-") {
      if (last >= Token.RevisionNo || !rest.startsWith("-r")) return undefined;
      const digits = DIGITS.exec(rest.slice(2))?.[0];
      if (!digits) return undefined;
      push(Token.RevisionNo, digits, 2 + digits.length);
    } else return undefined;
  }
  parts.push({ token: Token.End, value: "" });
  return parts;
}

function compareToken(a: Part, b: Part): number {
  switch (a.token) {
    case Token.Digit:
      // A leading zero makes it a string comparison, as in Gentoo's rules.
      if (a.value.startsWith("0") || b.value.startsWith("0")) return sign(a.value, b.value);
      return compareDigits(a.value, b.value);
    case Token.InitialDigit:
    case Token.SuffixNo:
    case Token.RevisionNo:
      return compareDigits(a.value, b.value);
    case Token.Suffix:
      return sign(SUFFIXES.indexOf(a.value), SUFFIXES.indexOf(b.value));
    default:
      return sign(a.value, b.value);
  }
}

function isPreRelease(p: Part): boolean {
  return p.token === Token.Suffix && SUFFIXES.indexOf(p.value) < NO_SUFFIX;
}

function compare(a: Part[], b: Part[]): number {
  let i = 0;
  while (a[i]!.token === b[i]!.token && a[i]!.token < Token.End) {
    const r = compareToken(a[i]!, b[i]!);
    if (r !== 0) return r;
    i++;
  }
  const x = a[i]!;
  const y = b[i]!;
  if (x.token === y.token) return 0;
  // Equal so far: the longer version is newer, unless what follows is a pre-release suffix.
  if (isPreRelease(x)) return -1;
  if (isPreRelease(y)) return 1;
  return x.token > y.token ? -1 : 1;
}

export const apk: VersionScheme<Part[]> = {
  name: "apk",
  parse: (version) => tokenize(version.trim()),
  compare,
};
