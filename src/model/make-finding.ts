// Building a Finding from a parser's fields: checks, shared frozen values and the fingerprint,
// plus the small normalisers (unique lists, CWE references) parsers apply to their fields.
import { GateError } from "./errors.js";
import type { Finding, Fix, Source } from "./finding.js";
import { fingerprintOf } from "./fingerprint.js";

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
