// Expanding report arguments: a plain path is taken as it is (a missing one fails later, by
// name); a glob is expanded by walking from its static prefix. A glob that matches nothing is
// an error: evidence that was expected and is not there is not a pass.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { GateError } from "../model/errors.js";
import { compileGlob } from "../policy/glob-pattern.js";

const GLOB_CHARS = /[*?[\]{}]/;
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

export function expandGlob(pattern: string, cwd: string): string[] {
  if (!isGlob(pattern)) return [pattern];
  const normalised = pattern.replace(/\\/g, "/");
  const parts = normalised.split("/");
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join("/") || (normalised.startsWith("/") ? "/" : ".");
  let matcher;
  try {
    matcher = compileGlob(normalised);
  } catch (err) {
    throw new GateError(`invalid report pattern: ${(err as Error).message}`);
  }
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 32) return;
    let entries;
    try {
      entries = readdirSync(join(cwd, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = dir === "." ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(rel, depth + 1);
      } else if (entry.isFile() && matcher.match(rel)) {
        found.push(rel);
      }
    }
  };
  walk(base, 0);
  if (found.length === 0) {
    throw new GateError(`no report matches the pattern "${pattern}": expected evidence is missing`);
  }
  return found.sort();
}
