// Small readers for untyped JSON. Lenient readers return undefined for a wrong type; the
// `need*` readers throw a GateError naming the file, for the fields a parser cannot do without.
import { GateError } from "../../model/errors.js";

export type Json = Record<string, unknown>;

/** A shared, frozen `{}` for an absent object: readers use it instead of allocating one per call. */
export const NO_FIELDS: Json = Object.freeze({});

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A string field, or undefined when it is not given. An empty or blank string is "not given"
 * (scanners write `"summary": ""` for "none"), so every `str(a) ?? str(b)` fallback reaches `b`.
 */
export function str(value: unknown): string | undefined {
  if (typeof value === "string") {
    // Most strings start with a visible character: no trim (a copy) for those.
    return value !== "" && (value.charCodeAt(0) > 32 || value.trim() !== "") ? value : undefined;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function num(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * A container of findings: absent or null is empty; an array is its elements; anything else
 * (an object, a string, a number) is a shape the parser cannot account for, so an error naming
 * the file, never an empty list. Use it, not `arr`, wherever findings come from.
 */
export function list(value: unknown, what: string, file: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new GateError(`${what} must be an array`, { file });
  return value;
}

/** `list` whose every element must be an object: a finding entry of another shape is an error. */
export function entries(value: unknown, what: string, file: string): Json[] {
  const items = list(value, what, file);
  for (let i = 0; i < items.length; i++) {
    if (!isObject(items[i])) throw new GateError(`${what}[${i}] must be an object`, { file });
  }
  return items as Json[];
}

/** Lenient: the objects in an array, others dropped. Never for a container of findings. */
export function objects(value: unknown): Json[] {
  return arr(value).filter(isObject);
}

export function strings(value: unknown): string[] {
  const out: string[] = [];
  // A loop rather than map + filter: one array, not two (parsers call this per finding).
  for (const item of arr(value)) {
    const s = str(item);
    if (s !== undefined && s !== "") out.push(s);
  }
  return out;
}

export function needObject(value: unknown, what: string, file: string): Json {
  if (!isObject(value)) throw new GateError(`${what} must be an object`, { file });
  return value;
}

export function needArray(value: unknown, what: string, file: string): unknown[] {
  if (!Array.isArray(value)) throw new GateError(`${what} must be an array`, { file });
  return value;
}

export function needString(value: unknown, what: string, file: string): string {
  const s = str(value);
  if (s === undefined || s === "")
    throw new GateError(`${what} must be a non-empty string`, { file });
  return s;
}

/** Parses an ISO-8601 timestamp; undefined when absent or invalid. */
export function date(value: unknown): Date | undefined {
  if (typeof value !== "string") return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "1.2.3, 1.3.0" → ["1.2.3", "1.3.0"]: how scanners list fixed versions in one string. */
export function commaList(value: unknown): string[] {
  const text = str(value);
  if (!text) return [];
  // Most fields name one version: no split and no intermediate arrays for those.
  if (!text.includes(",")) {
    const one = text.trim();
    return one ? [one] : [];
  }
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The oldest of several timestamps: with many runs in one report, the oldest decides staleness. */
export function oldest(dates: readonly (Date | undefined)[]): Date | undefined {
  const known = dates.filter((d): d is Date => d !== undefined);
  return known.sort((a, b) => a.getTime() - b.getTime())[0];
}

/**
 * Guards a parser's entry when the format was forced with FORMAT:PATH (detection skipped):
 * a document without the format's top-level shape is the wrong file, never zero findings.
 */
export function needShape(ok: boolean, format: string, expected: string, file: string): void {
  if (!ok) throw new GateError(`is not a ${format} report (expected ${expected})`, { file });
}

/** A 1-based line number, or undefined for the 0 and -1 that scanners write for "no line". */
export function positive(n: number | undefined): number | undefined {
  return n !== undefined && n >= 1 ? n : undefined;
}

/** %-escapes decoded (purls, URIs); a malformed escape from a hostile report stays as written. */
export function decodePercent(text: string): string {
  // Without a "%" there is nothing to decode; skipping the call spares most paths a copy.
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * "aws/ec2" from a check's provider and service (Trivy CauseMetadata, tfsec rule_provider and
 * rule_service): the category zero-trust controls can claim; undefined unless both are named.
 */
export function providerService(provider: unknown, service: unknown): string | undefined {
  const p = str(provider);
  const s = str(service);
  return p && s ? `${p}/${s}`.toLowerCase() : undefined;
}
