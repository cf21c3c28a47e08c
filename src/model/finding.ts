// The canonical finding model (DESIGN §4). Every parser produces these; everything after
// parsing (dedupe, evaluate, reporters) reads only these.
// A namespace import: a named import of `hash` would fail to link on Node < 20.12.
import * as crypto from "node:crypto";
import { GateError } from "./errors.js";
import { lookup } from "./lookup.js";

export const SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"] as const;
export type Severity = (typeof SEVERITIES)[number];

// posture: the state of a running cluster or cloud account (kubescape, Prowler), not a file
// in the change: evidence of its own, so `require.layers: [iac]` is never met by a cloud scan.
// api: a running service probed from outside (DAST: ZAP).
export const LAYERS = [
  "image",
  "dependency",
  "iac",
  "secret",
  "code",
  "license",
  "posture",
  "api",
] as const;
export type Layer = (typeof LAYERS)[number];

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

const SEVERITY_RANK: Record<Severity, number> = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1,
  unknown: 0,
};

/** Higher is more severe; `unknown` ranks lowest here and is mapped by policy before comparing. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function isLayer(value: string): value is Layer {
  return (LAYERS as readonly string[]).includes(value);
}

// Words scanners use for severity, mapped to ours. Anything not listed is `unknown`, never low:
// an unscored finding must not pass silently (DESIGN §4 settings.unknown-severity).
const SEVERITY_WORDS: Record<string, Severity> = {
  critical: "critical",
  crit: "critical",
  blocker: "critical",
  high: "high",
  error: "high",
  important: "high",
  major: "high",
  moderate: "medium",
  medium: "medium",
  warning: "medium",
  warn: "medium",
  low: "low",
  minor: "low",
  note: "low",
  negligible: "info",
  info: "info",
  informational: "info",
  information: "info",
  none: "info",
  trace: "info",
  unknown: "unknown",
  unspecified: "unknown",
  unassigned: "unknown",
};

export function severityFromWord(word: unknown): Severity {
  if (typeof word !== "string") return "unknown";
  return lookup(SEVERITY_WORDS, word.trim().toLowerCase()) ?? "unknown";
}

/** CVSS v3/v4 qualitative rating scale. */
export function severityFromCvss(score: number | undefined): Severity {
  if (score === undefined || !Number.isFinite(score)) return "unknown";
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "info";
}

/** The location part of a fingerprint: path and start line, or the target, or nothing. */
function locationKey(f: Pick<Finding, "location" | "target" | "package" | "contentHash">): string {
  // Package findings are identified by the package, not by where a scanner says the manifest
  // is: Trivy names the lock file, Grype the image layer. Leaving location out for them is what
  // lets the same CVE in the same package from two scanners share one fingerprint.
  if (f.package) return "";
  if (f.location) return `${f.location.path}:${f.contentHash ?? f.location.startLine ?? ""}`;
  return f.target ?? "";
}

/**
 * Stable hash of tool-independent fields: the identifier (the CVE when the scanner gives one,
 * so GHSA-only and CVE-bearing reports of the same advisory meet), package name and version,
 * and location or target.
 */
export function fingerprintOf(
  f: Pick<Finding, "id" | "aliases" | "package" | "location" | "target" | "contentHash">,
): string {
  // The four parts joined by NUL, concatenated directly: this runs once per finding.
  const key =
    canonicalId(f.id, f.aliases) +
    "\u0000" +
    (f.package ? f.package.name.toLowerCase() : "") +
    "\u0000" +
    versionKey(f.package?.version) +
    "\u0000" +
    locationKey(f);
  return sha256Prefix(key);
}

// The first 16 hex digits of the SHA-256. crypto.hash (Node >= 20.12) is the one-shot form:
// same digest, about half the cost of a Hash object per call; older Node 20 releases fall back
// to createHash. The digest's first 8 bytes are written as hex straight from a Buffer: one flat
// 16-character string (32 bytes of heap). A .slice(0, 16) of the hex is a view that keeps the
// 64-character digest alive, and joining two 8-character slices kept a cons string and both
// halves (80 bytes) per finding until something flattened it (issue 19, P5).
const sha256Prefix: (text: string) => string =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha256", text, "buffer").toString("hex", 0, 8)
    : (text) => crypto.createHash("sha256").update(text).digest().toString("hex", 0, 8);

/**
 * Go modules are "v1.2.3" to Grype and "1.2.3" to Trivy; a leading "v" before a digit is
 * notation, not part of the version, so it is dropped for the fingerprint only.
 */
function versionKey(version: string | undefined): string {
  if (version === undefined) return "";
  return version.charCodeAt(0) === 118 /* v */ && isDigit(version.charCodeAt(1))
    ? version.slice(1)
    : version;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Prefer a CVE among the id and its aliases; otherwise the id itself. */
export function canonicalId(id: string, aliases: readonly string[]): string {
  if (isCve(id)) return id.toUpperCase();
  for (const alias of aliases) if (isCve(alias)) return alias.toUpperCase();
  return id.toUpperCase();
}

/** /^CVE-/i without a regex (once or more per finding); `| 32` lower-cases an ASCII letter. */
function isCve(id: string): boolean {
  return (
    id.length >= 4 &&
    (id.charCodeAt(0) | 32) === 99 /* c */ &&
    (id.charCodeAt(1) | 32) === 118 /* v */ &&
    (id.charCodeAt(2) | 32) === 101 /* e */ &&
    id.charCodeAt(3) === 45 /* - */
  );
}

export type FindingInput = Omit<Finding, "fingerprint" | "foundBy" | "aliases" | "cwe"> & {
  aliases?: string[];
  cwe?: string[];
};

/** Builds a Finding with its fingerprint and first source; parsers call this, never `{...}`. */
export function makeFinding(input: FindingInput, report: string): Finding {
  // The last line of defence for a parser forced onto a document that is not its format:
  // everything downstream needs an id and a title, so their absence is a bad report.
  if (typeof input.id !== "string" || input.id === "") missing(input, "id", report);
  if (typeof input.title !== "string" || input.title === "") missing(input, "title", report);
  const aliases = input.aliases?.length ? aliasesOf(input.aliases, input.id) : NONE;
  // Every field is listed, in one order, so all findings share one hidden class: property
  // access in evaluate, dedupe and the reporters stays monomorphic over a million findings.
  // The type makes a field added to Finding fail to compile until it is listed here.
  const finding: { [K in keyof Required<Finding>]: Finding[K] } = {
    fingerprint: "",
    tool: input.tool,
    foundBy: sourcesOf(input.tool, report),
    layer: input.layer,
    id: input.id,
    aliases,
    title: input.title,
    severity: input.severity,
    cvss: input.cvss,
    fix: input.fix && !input.fix.available && input.fix.versions.length === 0 ? NO_FIX : input.fix,
    package: input.package,
    location: input.location,
    target: input.target,
    cwe: !input.cwe?.length ? NONE : input.cwe.length > 1 ? unique(input.cwe) : input.cwe,
    epss: input.epss,
    kev: input.kev,
    url: input.url,
    suppressed: input.suppressed,
    ruleId: input.ruleId,
    category: input.category,
    contentHash: input.contentHash,
    description: input.description,
    license: input.license,
    firstSeen: input.firstSeen,
    copies: undefined,
  };
  finding.fingerprint = fingerprintOf(finding);
  return finding;
}

// What most findings of a report share is one object, not a copy per finding: a million
// findings held ~200 bytes each of identical empty lists, "no fix" objects and one-source
// lists (issue 19, P5). Shared values are frozen, so code that would change one finding's
// list in place throws (strict mode) instead of changing every finding's; findings are
// changed by replacing a field (dedupe's merge, run.ts's location), never in place.
const NONE = Object.freeze([]) as unknown as string[];
const NO_FIX: Fix = Object.freeze({ available: false, versions: NONE });
let lastSources: Source[] = [];

/** The one-source list of findings from one tool's report: the last one made, when it fits. */
function sourcesOf(tool: string, report: string): Source[] {
  const last = lastSources[0];
  if (last?.tool !== tool || last.report !== report) {
    lastSources = Object.freeze([Object.freeze({ tool, report })]) as Source[];
  }
  return lastSources;
}

function missing(input: FindingInput, field: string, report: string): never {
  throw new GateError(`a ${input.tool} entry has no ${field}`, { file: report });
}

/** The aliases that are not empty and not the id, each once. */
function aliasesOf(aliases: readonly string[], id: string): string[] {
  const kept = aliases.filter((a) => a && a !== id);
  return kept.length === 0 ? NONE : unique(kept);
}

export function unique<T>(values: readonly T[]): T[] {
  if (values.length === 0) return [];
  if (values.length === 1) return [values[0]!];
  return [...new Set(values)];
}

/** Normalises CWE references ("CWE-79", 79, "79") to "CWE-79". */
export function normaliseCwe(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return `CWE-${value}`;
  if (typeof value !== "string") return undefined;
  const m = /(?:CWE-)?(\d+)/i.exec(value);
  return m ? `CWE-${m[1]}` : undefined;
}
