// A finding's identifiers: its id, its aliases and the scanner's own check id. Rules, controls,
// waivers, explain (lowercased, policy/conditions.ts) and dedupe's copies all read this list.
import type { Finding } from "./finding.js";

export function identifiersOf(f: Finding): string[] {
  return f.ruleId ? [f.id, ...f.aliases, f.ruleId] : [f.id, ...f.aliases];
}
