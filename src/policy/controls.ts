// Zero-trust controls (DESIGN §4 "Controls"): a control groups the check ids of several
// scanners (Checkov, KICS, tfsec, Trivy, hadolint, gitleaks ...) under one name, so one rule
// (`when: { control: public-ingress }`) decides them all and reports can show posture per
// control. Membership has two strengths (docs/policy.md "Controls"):
// - precise: a finding belongs to every control one of its identifiers or its layer matches;
// - by the scanner's word: a finding no control lists belongs to every control that claims its
//   category (TOOL:CATEGORY) or one of its CWEs, so a check id nobody listed yet still lands
//   in the right control. A listed id wins over its category: Checkov files HEALTHCHECK under
//   NETWORKING, and the pack lists it as hygiene rather than microsegmentation.
import { compileGlobs } from "./conditions.js";
import type { Finding } from "../model/finding.js";
import type { Layer } from "../model/vocabulary.js";

export interface ControlSpec {
  description: string;
  /** Check ids (globs, case-insensitive) matched against a finding's id, aliases and check id. */
  ids?: string[];
  /** Every finding of these layers belongs to the control (e.g. secret → hard-coded-secrets). */
  layers?: Layer[];
  /** TOOL:CATEGORY globs (case-insensitive) against the finding's tool and scanner category. */
  categories?: string[];
  /** CWE-N: findings with one of these weaknesses, from any tool. */
  cwe?: string[];
}

export interface CompiledControl {
  name: string;
  spec: ControlSpec;
  /** Whether one of the finding's identifiers (lowercased once per finding, see controlsOf)
   * or its layer is listed. */
  listsFinding(f: Finding, lowercaseIds: readonly string[]): boolean;
  /** Whether the control claims the finding's scanner category or one of its CWEs. */
  claimsKind(kind: FindingKind): boolean;
}

/** What category and CWE membership read of a finding, computed once for every control. */
export interface FindingKind {
  /** "tool:category", lowercased; undefined when the scanner gave no category. */
  category: string | undefined;
  cwes: readonly number[];
}

export function compileControls(specs: Readonly<Record<string, ControlSpec>>): CompiledControl[] {
  return Object.entries(specs).map(([name, spec]) => {
    const idMatches = compileGlobs(spec.ids ?? [], { nocase: true, lowercased: true });
    const layers = new Set<string>(spec.layers ?? []);
    const categoryMatches = compileGlobs(spec.categories ?? [], { nocase: true, lowercased: true });
    const cwes = new Set((spec.cwe ?? []).map(cweNumber));
    return {
      name,
      spec,
      listsFinding: (f, lowercaseIds) => layers.has(f.layer) || lowercaseIds.some(idMatches),
      claimsKind: ({ category, cwes: numbers }) =>
        (category !== undefined && categoryMatches(category)) ||
        (cwes.size > 0 && numbers.some((n) => cwes.has(n))),
    };
  });
}

/** The number of "CWE-079" or "CWE-79": tools pad it differently (CodeQL writes CWE-078). */
function cweNumber(cwe: string): number {
  return Number.parseInt(cwe.slice(4), 10);
}

function kindOf(f: Finding): FindingKind {
  return {
    category: f.category === undefined ? undefined : `${f.tool}:${f.category}`.toLowerCase(),
    cwes: f.cwe.map(cweNumber),
  };
}

/** `lowercaseIds`: lowercaseIdentifiers(f), computed once per finding for every control. */
export function controlsOf(
  f: Finding,
  controls: readonly CompiledControl[],
  lowercaseIds: readonly string[],
): string[] {
  if (f.copies === undefined) return sharedList(controls, controlsOfOne(f, controls, lowercaseIds));
  // A merged finding belongs to every control one of its copies alone belongs to.
  const names = new Set<string>();
  for (const c of f.copies) {
    const copy: Finding = {
      ...f,
      tool: c.tool,
      category: c.category,
      id: c.ids[0] ?? f.id,
      aliases: c.ids.slice(1),
      ruleId: undefined,
      cwe: [...c.cwe],
      copies: undefined,
    };
    const ids = c.ids.map((id) => id.toLowerCase());
    for (const name of controlsOfOne(copy, controls, ids)) names.add(name);
  }
  return sharedList(
    controls,
    controls.filter((c) => names.has(c.name)).map((c) => c.name),
  );
}

function controlsOfOne(
  f: Finding,
  controls: readonly CompiledControl[],
  lowercaseIds: readonly string[],
): string[] {
  const listed: string[] = [];
  for (const c of controls) if (c.listsFinding(f, lowercaseIds)) listed.push(c.name);
  if (listed.length > 0 || (f.category === undefined && f.cwe.length === 0)) return listed;
  const kind = kindOf(f);
  const claimed: string[] = [];
  for (const c of controls) if (c.claimsKind(kind)) claimed.push(c.name);
  return claimed;
}

// A million findings name a handful of distinct control lists: each evaluated finding holds
// the policy's one frozen copy of its list rather than its own (issue 19, P5). Kept per
// compiled policy, and at most MAX_SHARED lists, so a long-lived process does not grow.
const SHARED = new WeakMap<readonly CompiledControl[], Map<string, string[]>>();
const MAX_SHARED = 4096;

function sharedList(controls: readonly CompiledControl[], names: string[]): string[] {
  let lists = SHARED.get(controls);
  if (!lists) SHARED.set(controls, (lists = new Map()));
  const key = names.join("\u0000");
  const known = lists.get(key);
  if (known) return known;
  if (lists.size >= MAX_SHARED) return names;
  lists.set(key, Object.freeze(names) as string[]);
  return names;
}
