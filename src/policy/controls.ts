// Zero-trust controls (DESIGN §4 "Controls"): a control groups the check ids of several
// scanners (Checkov, KICS, tfsec, Trivy, hadolint, gitleaks ...) under one name, so one rule
// (`when: { control: public-ingress }`) decides them all and reports can show posture per
// control. A finding belongs to every control one of its identifiers or its layer matches.
import { compileGlobs } from "./conditions.js";
import type { Finding, Layer } from "../model/finding.js";

export interface ControlSpec {
  description: string;
  /** Check ids (globs, case-insensitive) matched against a finding's id, aliases and check id. */
  ids?: string[];
  /** Every finding of these layers belongs to the control (e.g. secret → hard-coded-secrets). */
  layers?: Layer[];
}

export interface CompiledControl {
  name: string;
  spec: ControlSpec;
  /** Whether the finding belongs to the control, given its identifiers lowercased (computed
   * once per finding for all controls: see controlsOf). */
  matchesWith(f: Finding, lowercaseIds: readonly string[]): boolean;
}

export function compileControls(specs: Readonly<Record<string, ControlSpec>>): CompiledControl[] {
  return Object.entries(specs).map(([name, spec]) => {
    const idMatches = compileGlobs(spec.ids ?? [], { nocase: true, lowercased: true });
    const layers = new Set<string>(spec.layers ?? []);
    const matchesWith = (f: Finding, lowercaseIds: readonly string[]) =>
      layers.has(f.layer) || lowercaseIds.some(idMatches);
    return { name, spec, matchesWith };
  });
}

/** `lowercaseIds`: lowercaseIdentifiers(f), computed once per finding for every control. */
export function controlsOf(
  f: Finding,
  controls: readonly CompiledControl[],
  lowercaseIds: readonly string[],
): string[] {
  const names: string[] = [];
  for (const c of controls) if (c.matchesWith(f, lowercaseIds)) names.push(c.name);
  return names;
}
