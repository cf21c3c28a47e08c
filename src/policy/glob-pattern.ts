// Compiling one glob pattern from a policy, the command line or the action, with bounds: a
// pattern is at most 512 characters (as the schema says) and its brace sets expand to at most
// 1,000 patterns, so "{a,b}{a,b}{a,b}..." cannot make compilation take seconds and memory.
// minimatch matches without backtracking regexes of its own and keeps numeric ranges such as
// {1..100000} unexpanded; comments ("#...") are off, so a pattern never silently matches nothing.
import { braceExpand, Minimatch, type MinimatchOptions } from "minimatch";

export const MAX_GLOB_LENGTH = 512;
export const MAX_GLOB_EXPANSIONS = 1000;

const SAFE_OPTIONS: MinimatchOptions = {
  dot: true,
  nocomment: true,
  optimizationLevel: 1,
  // One more than allowed, so that an oversized expansion is seen and refused, not truncated.
  braceExpandMax: MAX_GLOB_EXPANSIONS + 1,
};

/** Throws a plain Error describing the problem; callers add the file or argument it came from. */
export function compileGlob(pattern: string, options: MinimatchOptions = {}): Minimatch {
  checkLength(pattern);
  const matcher = new Minimatch(pattern, { ...SAFE_OPTIONS, ...options });
  checkExpansions(pattern, matcher.set.length);
  return matcher;
}

/**
 * The patterns a brace set stands for ("{AVD-,}AWS-0107" → "AVD-AWS-0107", "AWS-0107"), with
 * the same bounds as compileGlob. Only the expansion, no matcher: most policy patterns are
 * literal once expanded, and building a Minimatch for each was most of loading a pack.
 */
export function expandBraces(pattern: string): string[] {
  checkLength(pattern);
  const expanded = [...new Set(braceExpand(pattern, SAFE_OPTIONS))];
  checkExpansions(pattern, expanded.length);
  return expanded;
}

function shown(pattern: string): string {
  return pattern.length > 60 ? `${pattern.slice(0, 60)}...` : pattern;
}

function checkLength(pattern: string): void {
  if (pattern.length > MAX_GLOB_LENGTH) {
    throw new Error(
      `pattern "${shown(pattern)}" is ${pattern.length} characters long (at most ${MAX_GLOB_LENGTH})`,
    );
  }
}

function checkExpansions(pattern: string, count: number): void {
  if (count > MAX_GLOB_EXPANSIONS) {
    throw new Error(
      `pattern "${shown(pattern)}" expands to more than ${MAX_GLOB_EXPANSIONS} patterns (brace sets)`,
    );
  }
}
