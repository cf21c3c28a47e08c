// Hostile variants of real reports, as fast-check arbitraries: structural mutations of the
// parsed document (fields removed, wrong types, huge or odd strings, prototype keys), then
// textual ones on the serialised bytes (truncation, NaN/Infinity tokens, deep nesting,
// duplicate keys, byte order marks and encodings).
import fc from "fast-check";
import { serialise, type Seed } from "./seeds.js";

export interface FuzzInput {
  bytes: Uint8Array;
  /** What was done to which seed, to reproduce a failure by hand. */
  description: string;
}

type Path = (string | number)[];

/** Strings that have broken parsers, markdown, workflow commands or regexes elsewhere. */
export const HOSTILE_STRINGS = [
  "::error file=a.js,line=1::injected",
  "%0A::warning::x%0D%25",
  "line\r\n::add-mask::secret",
  "<script>alert(1)</script>",
  "[x](javascript:alert(1)) | cell | `code` ***",
  "${{ secrets.GITHUB_TOKEN }}",
  "\u202egnp.exe",
  "../../../../etc/passwd",
  "C:\\Windows\\..\\x",
  "(a+)+$",
  `${"a".repeat(64)}!`,
  "{1..100000}",
  "*".repeat(200),
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "CVE-2021-44228",
  "pkg:npm/%40scope/name@1.0.0?x=y#z",
  "\u0000",
  "\ud800",
  "😀".repeat(50),
  "a (".repeat(2_000),
];

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

/** Sets an own property, even `__proto__`, the way JSON.parse does. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function protoObject(key: string): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  setOwn(o, key, { polluted: "yes", toString: "no" });
  return o;
}

function nested(depth: number): unknown {
  let v: unknown = "deep";
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -0, "", [], {}),
  fc.constantFrom("NaN", "Infinity", "-1", "0", "1e999", "9999999999999999999999"),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => "A".repeat(n)),
  fc.integer({ min: 1, max: 64 }).map(nested),
  fc.constantFrom(...PROTO_KEYS).map(protoObject),
);

type Op =
  | { kind: "delete"; at: number }
  | { kind: "replace"; at: number; value: unknown }
  | { kind: "rename"; at: number; key: string }
  | { kind: "add"; at: number; key: string; value: unknown }
  | { kind: "repeat"; at: number; times: number }
  | { kind: "wrap"; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: hostileValue }),
  fc.record({
    kind: fc.constant("rename" as const),
    at: fc.nat(),
    key: fc.constantFrom(...PROTO_KEYS),
  }),
  fc.record({
    kind: fc.constant("add" as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 })),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant("repeat" as const),
    at: fc.nat(),
    times: fc.integer({ min: 2, max: 60 }),
  }),
  fc.record({ kind: fc.constant("wrap" as const), at: fc.nat() }),
);

function pathsOf(value: unknown, limit = 4000): Path[] {
  const out: Path[] = [[]];
  const walk = (v: unknown, path: Path) => {
    if (out.length >= limit || v === null || typeof v !== "object") return;
    for (const [k, child] of Object.entries(v)) {
      const p = [...path, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      walk(child, p);
    }
  };
  walk(value, []);
  return out;
}

function applyOp(root: unknown, paths: Path[], o: Op): unknown {
  const path = paths[o.at % paths.length] ?? [];
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const parent = parentPath.reduce<unknown>(
    (v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined),
    root,
  ) as Record<string | number, unknown> | unknown[] | undefined;
  // An earlier operation may have replaced a container on this path with a scalar.
  if (key !== undefined && (parent === null || typeof parent !== "object")) return root;
  const current = key === undefined ? root : parent?.[key as never];
  const set = (value: unknown): unknown => {
    if (key === undefined) return value;
    if (Array.isArray(parent)) parent[key as number] = value;
    else if (parent && typeof parent === "object") setOwn(parent, String(key), value);
    return root;
  };
  switch (o.kind) {
    case "delete":
      if (key === undefined) return {};
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (parent) delete (parent as Record<string, unknown>)[key];
      return root;
    case "replace":
      return set(o.value);
    case "wrap":
      return set([current]);
    case "repeat":
      return set(
        Array.isArray(current) ? Array(o.times).fill(current[0]) : Array(o.times).fill(current),
      );
    case "rename":
    case "add": {
      const target =
        current && typeof current === "object" && !Array.isArray(current) ? current : undefined;
      if (!target) return root;
      const t = target as Record<string, unknown>;
      if (o.kind === "add") setOwn(t, o.key, o.value);
      else {
        const first = Object.keys(t)[0];
        if (first !== undefined) {
          setOwn(t, o.key, t[first]);
          delete t[first];
        }
      }
      return root;
    }
  }
}

/** Truncation at, or insertion of a fragment at, a fraction of the text (reports and policies). */
export type Splice =
  { kind: "truncate"; at: number } | { kind: "insert"; at: number; fragment: string };

export function splices(fragment: fc.Arbitrary<string>): fc.Arbitrary<Splice>[] {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  return [
    fc.record({ kind: fc.constant("truncate" as const), at }),
    fc.record({ kind: fc.constant("insert" as const), at, fragment }),
  ];
}

export function applySplice(text: string, o: Splice): string {
  const at = Math.floor(text.length * o.at);
  return o.kind === "truncate"
    ? text.slice(0, at)
    : text.slice(0, at) + o.fragment + text.slice(at);
}

type TextOp =
  | Splice
  | { kind: "token"; at: number; fragment: string }
  | { kind: "duplicate-key"; at: number; value: string };

const deepJson = fc
  .constantFrom(10, 1_000, 10_000, 100_000)
  .chain((d) =>
    fc.constantFrom(`${"[".repeat(d)}1${"]".repeat(d)}`, `${'{"a":'.repeat(d)}1${"}".repeat(d)}`),
  );

const fragment = fc.oneof(
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "-0",
    "0x10",
    "undefined",
    "'x'",
    "\u0000",
    "\ufeff",
  ),
  fc.constantFrom(
    '"__proto__": {"polluted": "yes"}, "a": ',
    '"constructor": {"prototype": {"polluted": "yes"}}, "b": ',
  ),
  deepJson,
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  ...splices(fragment),
  fc.record({ kind: fc.constant("token" as const), at: fc.nat(), fragment }),
  fc.record({
    kind: fc.constant("duplicate-key" as const),
    at: fc.nat(),
    value: fc.constantFrom(
      '"dup"',
      "null",
      "[]",
      "{}",
      "1e999",
      '{"__proto__": {"polluted": "yes"}}',
    ),
  }),
);

function applyTextOp(text: string, o: TextOp): string {
  switch (o.kind) {
    case "truncate":
    case "insert":
      return applySplice(text, o);
    case "token":
    case "duplicate-key": {
      const re =
        o.kind === "token"
          ? /-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null/g
          : /"[^"\\\n]{1,40}"\s*:/g;
      const matches = [...text.matchAll(re)];
      const m = matches[o.at % Math.max(matches.length, 1)];
      if (!m || m.index === undefined) return text;
      if (o.kind === "token")
        return text.slice(0, m.index) + o.fragment + text.slice(m.index + m[0].length);
      // The same key twice in one object: once with a hostile value, once with the original.
      return `${text.slice(0, m.index)}${m[0]} ${o.value}, ${text.slice(m.index)}`;
    }
  }
}

export type Encoding = "utf8" | "utf8-bom" | "utf16le-bom" | "utf16be-bom" | "utf16le" | "crlf";
const encoding = fc.constantFrom<Encoding>(
  "utf8",
  "utf8",
  "utf8",
  "utf8-bom",
  "utf16le-bom",
  "utf16be-bom",
  "utf16le",
  "crlf",
);

export function encode(text: string, how: Encoding): Uint8Array {
  const utf16 = (t: string, bom: boolean, be: boolean) => {
    const b = Buffer.from((bom ? "\ufeff" : "") + t, "utf16le");
    if (be) b.swap16();
    return new Uint8Array(b);
  };
  switch (how) {
    case "utf8":
      return new TextEncoder().encode(text);
    case "utf8-bom":
      return new TextEncoder().encode(`\ufeff${text}`);
    case "crlf":
      return new TextEncoder().encode(text.replace(/\n/g, "\r\n"));
    case "utf16le-bom":
      return utf16(text, true, false);
    case "utf16be-bom":
      return utf16(text, true, true);
    case "utf16le":
      return utf16(text, false, false);
  }
}

/** A parsed document with up to three structural mutations, and what they were. */
export function mutatedDocument(json: unknown): fc.Arbitrary<{ doc: unknown; did: string[] }> {
  const paths = pathsOf(json);
  return fc.array(op, { minLength: 1, maxLength: 3 }).map((ops) => {
    let doc = structuredClone(json);
    for (const o of ops) doc = applyOp(doc, paths, o);
    return { doc, did: ops.map(describeOp) };
  });
}

function mutatedSeed(seed: Seed): fc.Arbitrary<FuzzInput> {
  const unchanged = fc.constant({ text: seed.text, did: [] as string[] });
  const structural =
    seed.syntax === "xml"
      ? unchanged
      : fc.oneof(
          unchanged,
          mutatedDocument(seed.json).map(({ doc, did }) => ({
            text: serialise(doc, seed.syntax),
            did,
          })),
        );
  return fc
    .tuple(structural, fc.array(textOp, { maxLength: 2 }), encoding)
    .map(([{ text: structuralText, did }, textOps, how]) => {
      const text = textOps.reduce(applyTextOp, structuralText);
      const all = [...did, ...textOps.map((o) => o.kind), how].join(", ");
      return { bytes: encode(text, how), description: `${seed.file}: ${all}` };
    });
}

function describeOp(o: Op): string {
  return "key" in o ? `${o.kind} ${o.key}` : o.kind;
}

const randomInput: fc.Arbitrary<FuzzInput> = fc.oneof(
  fc.jsonValue().map((v) => ({
    bytes: encode(JSON.stringify(v) ?? "null", "utf8"),
    description: "random JSON",
  })),
  fc
    .string({ unit: "binary" })
    .map((s) => ({ bytes: encode(s, "utf8"), description: "random text" })),
  fc.uint8Array({ maxLength: 200 }).map((b) => ({ bytes: b, description: "random bytes" })),
);

/** Inputs for one parser: mostly mutations of its own real reports, some pure noise. */
export function inputsFor(seeds: readonly Seed[]): fc.Arbitrary<FuzzInput> {
  if (seeds.length === 0) return randomInput;
  return fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...seeds).chain(mutatedSeed) },
    { weight: 1, arbitrary: randomInput },
  );
}
