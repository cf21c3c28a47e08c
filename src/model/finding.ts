// The canonical finding model (DESIGN §4). Every parser produces these; everything after
// parsing (dedupe, evaluate, reporters) reads only these.
import type { Layer, Severity } from "./vocabulary.js";

export interface PackageRef {
  name: string;
  version?: string;
  ecosystem?: string;
  purl?: string;
}

export interface Location {
  path: string;
  startLine?: number;
  endLine?: number;
}

export interface Fix {
  available: boolean;
  versions: string[];
}

export interface Suppression {
  /** Who suppressed it, in the scanner's words (e.g. "SARIF external", "VEX not_affected"). */
  kind: string;
  justification?: string;
}

export interface Source {
  tool: string;
  /** The report file the finding came from. */
  report: string;
}

export interface Finding {
  fingerprint: string;
  tool: string;
  /** Every tool and report that found this finding (one entry before dedupe). */
  foundBy: Source[];
  layer: Layer;
  id: string;
  aliases: string[];
  title: string;
  severity: Severity;
  cvss?: number;
  fix?: Fix;
  package?: PackageRef;
  location?: Location;
  target?: string;
  cwe: string[];
  epss?: number;
  kev?: boolean;
  url?: string;
  suppressed?: Suppression;
  /** Scanner rule or check the finding came from, when it differs from `id`. */
  ruleId?: string;
  /**
   * The scanner's own category or service for the check, in its words (KICS `category`,
   * Checkov's check category, Prowler's service): zero-trust controls can claim a whole
   * category, so a check id nobody listed yet still lands in the right control.
   */
  category?: string;
  /**
   * The scanner's hash of the flagged code (SARIF partialFingerprints). When present it replaces
   * the start line in the fingerprint, so a finding keeps its identity when lines move.
   */
  contentHash?: string;
  description?: string;
  /** A licence finding's licence as the scanner wrote it: an SPDX expression or a name. */
  license?: string;
  /**
   * The UTC day (YYYY-MM-DD) the scanner says it first saw the finding (GitHub alerts'
   * `created_at`): deadlines count from it when it is earlier than the baseline's day.
   */
  firstSeen?: string;
  /**
   * Set by dedupe on a merged finding whose copies named its kind differently (another check
   * id, tool or scanner category): what each copy said. Controls are the union of what each
   * copy alone belongs to, so a second report can add a control, never take one away.
   */
  copies?: readonly KindCopy[];
}

/** What one copy of a merged finding said about its kind (controls read it). */
export interface KindCopy {
  tool: string;
  category?: string;
  /** The copy's id, aliases and check id. */
  ids: readonly string[];
  cwe: readonly string[];
}
