// Mutations of a real report that must never turn a blocking result into a pass: each mutant
// either keeps the verdict or is refused (exit 2). Two kinds:
// - "preserving" mutations change only the spelling of the same document (key order, byte
//   order mark, line endings, whitespace): the findings must stay exactly the same;
// - "hostile" ones add what an attacker or a careless tool could (another format's signature
//   keys, a second empty copy of a container, an unrelated key, an element of another shape,
//   a file name with newlines): the verdict may only stay or become exit 2.

import { streamValues } from "../../src/reports/decode.js";

export type Syntax = "json" | "ndjson" | "xml";

export interface Mutant {
  /** What was done, to reproduce a failure by hand. */
  name: string;
  /** The mutation's kind (its name without the place or format it names). */
  kind: string;
  /** The mutant's bytes, made when the mutant is gated (all of them at once do not fit). */
  bytes: () => Uint8Array;
  /** The file name to write the mutant under (some mutations rename the file). */
  fileName: string;
  /** True when the mutant is the same document: findings must be identical, no exit 2. */
  preserving: boolean;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Each format's signature: the keys by which a document says what it is, with the empty
 * findings container it reads. Written from the formats' documentation, independently of the
 * parsers' detect() functions, so a detector that trusts one of these keys is caught.
 */
export const SIGNATURES: Record<string, Json> = {
  trivy: { SchemaVersion: 2, ArtifactName: "acme/app:1.0", ArtifactType: "container_image" },
  "trivy-results": { Results: [] },
  grype: { matches: [], descriptor: { name: "grype", version: "0.80.0" }, source: {} },
  "npm-audit-v2": {
    auditReportVersion: 2,
    vulnerabilities: {},
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } },
  },
  "npm-audit-v1": { advisories: {}, actions: [], muted: [] },
  sarif: { version: "2.1.0", $schema: "https://json.schemastore.org/sarif-2.1.0.json", runs: [] },
  checkov: {
    check_type: "terraform",
    results: { failed_checks: [], passed_checks: [] },
    summary: { failed: 0, passed: 0 },
  },
  kics: { kics_version: "v1.7.13", queries: [], total_counter: 0 },
  "osv-scanner": { results: [] },
  snyk: { vulnerabilities: [], ok: true, dependencyCount: 0, packageManager: "npm" },
  cyclonedx: { bomFormat: "CycloneDX", specVersion: "1.5", components: [], vulnerabilities: [] },
  "pip-audit": { dependencies: [] },
  tfsec: { results: null },
  "trivy-operator": { apiVersion: "aquasecurity.github.io/v1alpha1", kind: "VulnerabilityReport" },
  gitleaks: { Description: "", RuleID: "generic-api-key", Secret: "", Match: "" },
};

/** Adds the keys of `signature` that the document does not have (never overwrites one). */
function withSignature(doc: Json, signature: Json): Json | undefined {
  const added = Object.keys(signature).filter((k) => !Object.hasOwn(doc, k));
  if (added.length === 0) return undefined;
  const out: Json = { ...doc };
  for (const k of added) out[k] = signature[k];
  return out;
}

/** JSON with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const k of Object.keys(value).reverse()) setOwn(out, k, reversedKeys(value[k]));
  return out;
}

/** Sets an own property, even `__proto__`, the way JSON.parse does. */
function setOwn(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Every object in the document gains an unrelated key (last, so order-sensitive code is seen). */
function withUnrelatedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUnrelatedKeys);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const k of Object.keys(value)) setOwn(out, k, withUnrelatedKeys(value[k]));
  out["x-unrelated-note"] = "added by the metamorphic test";
  return out;
}

/**
 * Keys whose value says whether, or how badly, an entry counts: a parser that compares them
 * to its own spelling ("FAILED", "open") must refuse another spelling, never skip the entry.
 */
const DECIDING_KEY = /^(status|state|result|kind|level|severity|risk|outcome|verdict)$/i;

/** Every string under a deciding key in the other case ("FAIL" → "fail", "high" → "HIGH"). */
function withDecidingValuesRecased(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withDecidingValuesRecased);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const k of Object.keys(value)) {
    const v = value[k];
    const recased =
      typeof v === "string" && DECIDING_KEY.test(k)
        ? v === v.toUpperCase()
          ? v.toLowerCase()
          : v.toUpperCase()
        : withDecidingValuesRecased(v);
    setOwn(out, k, recased);
  }
  return out;
}

/**
 * What report text would put at the start of an output line if it were printed raw: a
 * workflow command and a marker. `LINE_MARKER` must start no line of any output.
 */
export const LINE_MARKER = "ZTGATE-INJECTED";
const INJECTED = `\n${LINE_MARKER}\n::stop-commands::ztgate-test\r\n##[warning]${LINE_MARKER}`;

/** Every string value (not keys) gains a line break and what would start a line after it. */
function withInjectedLines(value: unknown): unknown {
  if (typeof value === "string") return `${value}${INJECTED}`;
  if (Array.isArray(value)) return value.map(withInjectedLines);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const k of Object.keys(value)) setOwn(out, k, withInjectedLines(value[k]));
  return out;
}

type Path = (string | number)[];

/**
 * The places that hold a non-empty array or a non-empty object of objects (a findings map such
 * as npm audit's), shallowest first, at most `most` of them: breadth first, and only the first
 * element of an array and the first entry of a map are looked into (the rest share its shape).
 */
function containers(doc: unknown, most: number): Path[] {
  const out: Path[] = [];
  const queue: { value: unknown; path: Path }[] = [{ value: doc, path: [] }];
  while (queue.length > 0 && out.length < most) {
    const { value, path } = queue.shift()!;
    if (Array.isArray(value)) {
      if (value.length > 0) queue.push({ value: value[0], path: [...path, 0] });
      continue;
    }
    if (!isObject(value)) continue;
    const keys = Object.keys(value);
    const isMap = keys.length > 1 && keys.every((k) => isObject(value[k]));
    for (const k of isMap && path.length > 0 ? keys.slice(0, 1) : keys) {
      const v = value[k];
      const here = [...path, k];
      const holds =
        (Array.isArray(v) && v.length > 0) ||
        (isObject(v) && Object.keys(v).length > 0 && Object.values(v).every(isObject));
      if (holds && out.length < most) out.push(here);
      queue.push({ value: v, path: here });
    }
  }
  return out;
}

/**
 * JSON text in which the key at `path` is written twice: its real value and an empty one of
 * the same type, the empty copy first or last. JSON.parse keeps the last copy; a streaming
 * reader may keep the first: both must refuse or agree.
 */
function withDuplicateKey(doc: unknown, path: Path, emptyLast: boolean): string {
  const serialise = (value: unknown, at: Path): string => {
    if (Array.isArray(value)) return `[${value.map((v, i) => serialise(v, [...at, i])).join(",")}]`;
    if (!isObject(value)) return JSON.stringify(value);
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      const here = [...at, k];
      const entry = `${JSON.stringify(k)}:${serialise(v, here)}`;
      const isTarget = here.length === path.length && here.every((p, i) => p === path[i]);
      if (!isTarget) {
        parts.push(entry);
        continue;
      }
      const empty = `${JSON.stringify(k)}:${Array.isArray(v) ? "[]" : "{}"}`;
      parts.push(...(emptyLast ? [entry, empty] : [empty, entry]));
    }
    return `{${parts.join(",")}}`;
  };
  return serialise(doc, []);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

function withBom(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}

/** A file name a committed report could have: a newline and a workflow command in it. */
export const HOSTILE_FILE_NAME = "report\n::error title=x::injected\u001b[31m.json";

/** The textual mutations every syntax shares. */
function textual(text: string, fileName: string): Mutant[] {
  return [
    {
      name: "utf-8 byte order mark",
      kind: "byte order mark",
      bytes: () => withBom(utf8(text)),
      fileName,
      preserving: true,
    },
    {
      name: "utf-16le with byte order mark",
      kind: "byte order mark",
      bytes: () => utf16le(text),
      fileName,
      preserving: true,
    },
    {
      name: "CRLF line endings",
      kind: "line endings",
      bytes: () => utf8(text.replace(/\r?\n/g, "\r\n")),
      fileName,
      preserving: true,
    },
    {
      name: "file renamed with a newline and a workflow command",
      kind: "hostile file name",
      bytes: () => utf8(text),
      fileName: HOSTILE_FILE_NAME,
      preserving: false,
    },
  ];
}

function jsonMutants(doc: unknown, fileName: string): Mutant[] {
  const json = (
    value: () => unknown,
    name: string,
    kind: string,
    preserving: boolean,
    space?: number,
  ): Mutant => ({
    name,
    kind,
    bytes: () => utf8(JSON.stringify(value(), null, space)),
    fileName,
    preserving,
  });
  const out: Mutant[] = [
    json(() => doc, "compact", "whitespace", true),
    json(() => doc, "pretty-printed, 4 spaces", "whitespace", true, 4),
    json(() => reversedKeys(doc), "every object's keys reversed", "key order", true, 1),
    json(() => withUnrelatedKeys(doc), "an unrelated key in every object", "unrelated key", false),
    json(
      () => withDecidingValuesRecased(doc),
      "status, state and severity values in the other case",
      "deciding values recased",
      false,
    ),
    json(
      () => withInjectedLines(doc),
      "a line break and a command in every string",
      "injected lines",
      false,
    ),
    ...textual(JSON.stringify(doc, null, 2), fileName),
  ];
  if (isObject(doc)) {
    for (const [format, signature] of Object.entries(SIGNATURES)) {
      const mutated = withSignature(doc, signature);
      if (mutated)
        out.push(
          json(
            () => mutated,
            `${format} signature keys added`,
            "another format's signature",
            false,
            2,
          ),
        );
    }
  }
  if (Array.isArray(doc)) {
    for (const [format, signature] of Object.entries(SIGNATURES)) {
      out.push(
        json(
          () => [...doc, signature],
          `a ${format}-shaped element appended`,
          "element of another format",
          false,
          2,
        ),
      );
    }
  }
  for (const path of containers(doc, 12)) {
    for (const emptyLast of [true, false]) {
      out.push({
        name: `second empty copy of ${path.join(".")} (${emptyLast ? "after" : "before"})`,
        kind: "duplicate container key",
        bytes: () => utf8(withDuplicateKey(doc, path, emptyLast)),
        fileName,
        preserving: false,
      });
    }
  }
  return out;
}

function ndjsonMutants(lines: unknown[], fileName: string): Mutant[] {
  const text = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join("\n") + "\n";
  return [
    {
      name: "every line's keys reversed",
      kind: "key order",
      bytes: () => utf8(text(lines.map(reversedKeys))),
      fileName,
      preserving: true,
    },
    {
      name: "an unrelated key in every object",
      kind: "unrelated key",
      bytes: () => utf8(text(lines.map(withUnrelatedKeys))),
      fileName,
      preserving: false,
    },
    {
      name: "a line break and a command in every string",
      kind: "injected lines",
      bytes: () => utf8(text(lines.map(withInjectedLines))),
      fileName,
      preserving: false,
    },
    {
      name: "blank lines between values",
      kind: "whitespace",
      bytes: () => utf8(lines.map((v) => JSON.stringify(v)).join("\n\n\n") + "\n"),
      fileName,
      preserving: true,
    },
    ...textual(text(lines), fileName),
  ];
}

/** The names of elements that occur in the document, outermost first. */
function elementNames(xml: string): string[] {
  const names = new Set<string>();
  for (const m of xml.matchAll(/<([A-Za-z_][\w:.-]*)[\s/>]/g)) names.add(m[1]!);
  return [...names];
}

function xmlMutants(xml: string, fileName: string): Mutant[] {
  const out: Mutant[] = [...textual(xml, fileName)];
  for (const name of elementNames(xml)) {
    const close = xml.indexOf(`</${name}>`);
    if (close < 0) continue;
    const end = close + name.length + 3;
    out.push({
      name: `second empty <${name}/> after the first`,
      kind: "second empty xml element",
      bytes: () => utf8(`${xml.slice(0, end)}<${name}/>${xml.slice(end)}`),
      fileName,
      preserving: false,
    });
  }
  out.push({
    name: "an unrelated comment and processing instruction",
    kind: "xml comment",
    bytes: () => utf8(xml.replace(/(<[A-Za-z])/, "<!-- x --><?x y?>$1")),
    fileName,
    preserving: true,
  });
  return out;
}

function isJsonLine(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** Every mutant of a report, given its decoded text and syntax. */
export function mutantsOf(text: string, syntax: Syntax, fileName: string): Mutant[] {
  if (syntax === "xml") return xmlMutants(text, fileName);
  if (syntax === "ndjson") {
    // One value per line, or pretty-printed values one after another (govulncheck).
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    const values = lines.every(isJsonLine)
      ? lines.map((l) => JSON.parse(l) as unknown)
      : streamValues(text);
    return ndjsonMutants(values, fileName);
  }
  return jsonMutants(JSON.parse(text) as unknown, fileName);
}
