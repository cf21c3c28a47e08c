// The literal parts of a list of glob patterns: the patterns that are plain strings once their
// braces are expanded, and for every other one the literal text it must start and end with.
// compileGlobs (conditions.ts) matches with them, and the rule index (gate/rule-index.ts)
// looks rules up by them, so both read a pattern's literal parts the same way.
import { expandBraces } from "./glob-pattern.js";

/** Where a pattern stops being literal: glob, brace, extglob and escape characters. */
const GLOB_MAGIC = /[*?[\]{}()!+@\\]/;

export interface GlobPart {
  /** The pattern to compile: a negation whole, anything else one brace expansion. */
  pattern: string;
  /** A negation ("!x"): compiled with brace expansion, and no literal prefix or suffix. */
  negated: boolean;
  /** Every value it matches starts with this (folded), and ends with `suffix`. */
  prefix: string;
  suffix: string;
}

export interface GlobLiterals {
  /** Values matched exactly (folded). */
  literals: Set<string>;
  globs: GlobPart[];
}

export function splitGlobs(patterns: readonly string[], fold: (v: string) => string): GlobLiterals {
  const literals = new Set<string>();
  const globs: GlobPart[] = [];
  for (const pattern of patterns) {
    // Most ids in packs are literal: no Minimatch to build for them.
    if (pattern.search(GLOB_MAGIC) === -1) {
      literals.add(fold(pattern));
      continue;
    }
    // A negation ("!x") is matched whole; anything else is brace-expanded first, without
    // building a matcher: "{KSV,AVD-KSV-0}12*" is two globs with literal prefixes, and
    // "{AVD-,}AWS-0107" (most of the zero-trust pack) is two literals.
    if (pattern.startsWith("!")) {
      globs.push({ pattern, negated: true, prefix: "", suffix: "" });
      continue;
    }
    for (const expanded of expandBraces(pattern)) {
      const magic = expanded.search(GLOB_MAGIC);
      if (magic === -1) {
        literals.add(fold(expanded));
        continue;
      }
      // The suffix is the text after the last magic character, when that holds no "/"
      // (which minimatch treats specially).
      const tail = expanded.slice(lastMagic(expanded) + 1);
      globs.push({
        pattern: expanded,
        negated: false,
        prefix: fold(expanded.slice(0, magic)),
        suffix: tail.includes("/") ? "" : fold(tail),
      });
    }
  }
  return { literals, globs };
}

/** Index of the last glob, brace, extglob or escape character (-1 when there is none). */
function lastMagic(pattern: string): number {
  for (let i = pattern.length - 1; i >= 0; i--) if (GLOB_MAGIC.test(pattern[i]!)) return i;
  return -1;
}
