// The compiled policy's types, and the specs of its rule examples: what loading, compiling,
// checking and judging all share. A module of types that imports no module of the policy back,
// so that none of them forms a circle with the loader (checked by dependency-cruiser).
import type { CompiledAsset } from "./assets.js";
import type { Classification } from "./classification.js";
import type { Predicate, When } from "./conditions.js";
import type { CompiledControl } from "./controls.js";
import type { Budget, Deadline } from "./deadlines.js";
import type { Requirements } from "./requirements.js";
import type { Layer, Severity } from "../model/vocabulary.js";
import type { CompiledWaiver } from "./waivers.js";

export type Action = "block" | "warn" | "info" | "ignore";
export type FailOn = "block" | "warn" | "never";
/** Whether a scanner's own suppressions hold (policy/suppressions.ts). */
export type ScannerSuppressions = "honour" | "require-justification" | "report-only";

/** What the gate decides for one finding. */
export type Verdict = "block" | "warn" | "info" | "ignored" | "waived";

/** Where a rule or policy was written: a built-in pack or a file (absolute path). */
export type Origin = { builtin: string } | { file: string };

export interface Rule {
  id: string;
  description?: string;
  when: When;
  action: Action;
  /** The file or pack the rule was defined in, as shown to people. */
  source: string;
  origin: Origin;
  examples: ExampleSpec[];
  matches: Predicate;
  /** The rule has a `suppressed` condition: it also reaches findings whose suppression holds. */
  asksSuppressed: boolean;
}

export interface Settings {
  failOn: FailOn;
  unknownSeverity: Severity;
  defaultAction: Action;
  maxWaiverDays?: number;
  /** Whether scanner suppressions hold; a policy built without it gets report-only. */
  scannerSuppressions?: ScannerSuppressions;
  /** Who may approve waivers (logins, @org/team); undefined: approved-by is not checked. */
  waiverApprovers?: string[];
  /** Days a KEV or EPSS snapshot may be old (policy/enrichment-settings.ts); default 7. */
  enrichmentMaxAgeDays?: number;
  /** An older snapshot: a warning (default) or an error (cannot decide). */
  enrichmentStale?: "warn" | "error";
}

export interface Policy {
  /** Where the policy came from: a path, or "built-in:NAME". */
  source: string;
  origin: Origin;
  rules: Rule[];
  assets: CompiledAsset[];
  defaultClassification: Classification;
  controls: CompiledControl[];
  require: Requirements;
  waivers: CompiledWaiver[];
  settings: Settings;
  /** Remediation deadlines (policy/deadlines.ts); absent when the policy sets none. */
  deadlines?: Deadline[];
  /** Budgets: most open findings per severity (policy/deadlines.ts); absent when none. */
  budgets?: Budget[];
}

export interface ExampleFindingSpec {
  id: string;
  aliases?: string[];
  title?: string;
  layer?: Layer;
  severity?: Severity;
  fixable?: boolean;
  package?: string;
  version?: string;
  path?: string;
  target?: string;
  tool?: string;
  report?: string;
  /** The scanner's category for the check (KICS category, Checkov check category ...). */
  category?: string;
  cwe?: string[];
  epss?: number;
  kev?: boolean;
  /** A licence finding's SPDX expression or licence name. */
  license?: string;
  /** true, or the suppression's justification (settings.scanner-suppressions reads it). */
  suppressed?: boolean | string;
}

export interface ExampleSpec {
  name?: string;
  finding: ExampleFindingSpec;
  classification?: Classification;
  asset?: string;
  /** In rule examples: whether the rule must match (default true). */
  matches?: boolean;
  verdict?: Verdict;
  rule?: string;
}
