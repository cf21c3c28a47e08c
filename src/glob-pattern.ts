// Compiling one glob pattern from a policy, the command line or the action, with bounds: a
// pattern is at most 512 characters (as the schema says) and its brace sets expand to at most
// 1,000 patterns, so "{a,b}{a,b}{a,b}..." cannot make compilation take seconds and memory.
// minimatch matches without backtracking regexes of its own and keeps numeric ranges such as
// {1..100000} unexpanded; comments ("#...") are off, so a pattern never silently matches nothing.
import { Minimatch, type MinimatchOptions } from "minimatch";

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
  const shown = pattern.length > 60 ? `${pattern.slice(0, 60)}...` : pattern;
  if (pattern.length > MAX_GLOB_LENGTH) {
    throw new Error(
      `pattern "${shown}" is ${pattern.length} characters long (at most ${MAX_GLOB_LENGTH})`,
    );
  }
  const matcher = new Minimatch(pattern, { ...SAFE_OPTIONS, ...options });
  if (matcher.set.length > MAX_GLOB_EXPANSIONS) {
    throw new Error(
      `pattern "${shown}" expands to more than ${MAX_GLOB_EXPANSIONS} patterns (brace sets)`,
    );
  }
  return matcher;
}
