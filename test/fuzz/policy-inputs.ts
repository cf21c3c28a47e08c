// Hostile variants of real policies (the built-in packs and the policies in fixtures/): the
// same structural mutations as reports, written back as YAML, then YAML-specific text attacks
// (alias bombs, deep nesting, tags, merge keys, duplicate keys, tabs, truncation).
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, stringify } from "yaml";
import { applySplice, HOSTILE_STRINGS, mutatedDocument, splices, type Splice } from "./mutate.js";
import { ROOT } from "./seeds.js";

export interface PolicySeed {
  file: string;
  text: string;
  doc: unknown;
}

const POLICY_DIRS = ["rules", "fixtures/policies", "test/data/policies"];

function* yamlFiles(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* yamlFiles(path);
    else if (/\.ya?ml$/.test(name)) yield path;
  }
}

export function policySeeds(): PolicySeed[] {
  const seeds: PolicySeed[] = [];
  for (const dir of POLICY_DIRS) {
    for (const path of yamlFiles(join(ROOT, dir))) {
      const text = readFileSync(path, "utf8");
      try {
        seeds.push({ file: relative(ROOT, path), text, doc: parse(text) as unknown });
      } catch {
        // deliberately invalid policies are not seeds
      }
    }
  }
  return seeds;
}

const nine = (x: string) => `[${Array(9).fill(x).join(",")}]`;
const ALIAS_BOMB = ["x: &a [l,l,l,l,l,l,l,l,l]"]
  .concat("bcdefgh".split("").map((k, i) => `${k}: &${k} ${nine(`*${"abcdefg"[i]}`)}`))
  .join("\n");

const yamlFragment = fc.oneof(
  fc.constantFrom(
    ALIAS_BOMB,
    "!!js/function 'function(){}'",
    "!foo bar",
    "!!binary aGVsbG8=",
    "<<: *nope",
    "__proto__: {polluted: yes}",
    "constructor: {prototype: {polluted: yes}}",
    "\t- tab",
    "? [complex, key]\n: v",
    "&anchor",
    "*anchor",
    ".nan",
    ".inf",
    "0x10",
    "~",
    "--- \n",
    "...\n",
    "%YAML 1.1\n---\n",
  ),
  fc.constantFrom(...HOSTILE_STRINGS).map((s) => JSON.stringify(s)),
  fc.constantFrom(10, 1_000, 50_000).map((d) => `${"[".repeat(d)}${"]".repeat(d)}`),
  fc
    .constantFrom(10, 100, 1_500)
    .map((d) => Array.from({ length: d }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")),
  fc.integer({ min: 100_000, max: 3_000_000 }).map((n) => `big: ${"x".repeat(n)}`),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

type YamlTextOp =
  | Splice
  | { kind: "insert-line"; at: number; fragment: string }
  | { kind: "duplicate-line"; at: number };

const yamlTextOp: fc.Arbitrary<YamlTextOp> = fc.oneof(
  ...splices(yamlFragment),
  fc.record({ kind: fc.constant("insert-line" as const), at: fc.nat(), fragment: yamlFragment }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
);

function applyYamlTextOp(text: string, o: YamlTextOp): string {
  switch (o.kind) {
    case "truncate":
    case "insert":
      return applySplice(text, o);
    case "insert-line":
    case "duplicate-line": {
      const lines = text.split("\n");
      const at = o.at % Math.max(lines.length, 1);
      lines.splice(at, 0, o.kind === "insert-line" ? o.fragment : (lines[at] ?? ""));
      return lines.join("\n");
    }
  }
}

function mutatedPolicy(seed: PolicySeed): fc.Arbitrary<{ text: string; description: string }> {
  const unchanged = fc.constant({ text: seed.text, did: [] as string[] });
  const structural = fc.oneof(
    unchanged,
    mutatedDocument(seed.doc).map(({ doc, did }) => ({ text: stringify(doc), did })),
  );
  return fc
    .tuple(structural, fc.array(yamlTextOp, { maxLength: 2 }))
    .map(([{ text, did }, ops]) => ({
      text: ops.reduce(applyYamlTextOp, text),
      description: `${seed.file}: ${[...did, ...ops.map((o) => o.kind)].join(", ")}`,
    }));
}

export function policyInputs(
  seeds: readonly PolicySeed[],
): fc.Arbitrary<{ text: string; description: string }> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...seeds).chain(mutatedPolicy) },
    {
      weight: 1,
      arbitrary: fc.jsonValue().map((v) => ({ text: stringify(v), description: "random YAML" })),
    },
  );
}
