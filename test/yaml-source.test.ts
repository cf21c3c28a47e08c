// Policy YAML is parsed defensively: anything ambiguous or hostile is an error naming the
// file, line and column, never a silent choice.
import { describe, expect, it } from "vitest";
import { GateError } from "../src/model/errors.js";
import { MAX_YAML_BYTES, parseYaml } from "../src/policy/yaml-source.js";

const nine = (x: string) => `[${Array(9).fill(x).join(",")}]`;
const billionLaughs = ["a: &a [x,x,x,x,x,x,x,x,x]"]
  .concat(["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} ${nine(`*${"abcdef"[i]}`)}`))
  .join("\n");

describe("parseYaml rejects what a policy must not contain", () => {
  const cases: [string, string, RegExp][] = [
    ["duplicate keys", "a: 1\na: 2\n", /^p\.yml:2:1: invalid YAML: Map keys must be unique$/],
    ["language tags", "a: !!js/function 'x'\n", /^p\.yml:1:4: invalid YAML: Unresolved tag/],
    ["custom tags", "a: !foo bar\n", /^p\.yml:1:4: invalid YAML: Unresolved tag: !foo$/],
    ["alias bombs", billionLaughs, /^p\.yml: invalid YAML: Excessive alias count/],
    ["syntax errors", "a: [1, 2\n", /^p\.yml:\d+:\d+: invalid YAML: /],
    [
      "a second document",
      "a: 1\n---\nb: 2\n",
      /^p\.yml:2:1: invalid YAML: Source contains multiple documents/,
    ],
    ["tab indentation", "a:\n\tb: 1\n", /^p\.yml:2:1: invalid YAML: Tabs are not allowed/],
    [
      "deep flow nesting",
      `a: ${"[".repeat(100_000)}${"]".repeat(100_000)}`,
      /^p\.yml:1:260: invalid YAML: nested deeper than 64 levels$/,
    ],
    [
      "deep block nesting",
      Array.from({ length: 100 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n"),
      /^p\.yml:66:\d+: invalid YAML: nested deeper than 64 levels$/,
    ],
    [
      "deep nesting hidden behind a quote",
      `a: don't ${"[".repeat(300)}`,
      /^p\.yml:1:\d+: invalid YAML: nested deeper than 64 levels$/,
    ],
    [
      "collection keys",
      "? [a, b]\n: x\n",
      /^p\.yml:1:3: invalid YAML: a key must be a plain value/,
    ],
    ["alias keys", "a: &k [x]\n*k : y\n", /^p\.yml:2:1: invalid YAML: a key must be a plain value/],
    [
      "huge documents",
      `a: ${"x".repeat(MAX_YAML_BYTES)}\n`,
      /^p\.yml: is 1048580 bytes: a policy may be at most 1048576 bytes \(1 MiB\)$/,
    ],
  ];
  it.each(cases)("%s", (_name, text, message) => {
    let error: unknown;
    try {
      parseYaml(text, "p.yml");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).describe()).toMatch(message);
  });
});

describe("parseYaml locates values for later validation errors", () => {
  const source = parseYaml(
    "version: 1\nrules:\n  - id: a\n    when:\n      severity: loud\n",
    "p.yml",
  );
  it.each([
    ["/rules/0/when/severity", 5, 17],
    ["/rules/0/id", 3, 9],
    ["/rules/0/nope", 3, 5],
    ["/missing/deeper", 1, 1],
  ])("%s is at %i:%i", (pointer, line, column) => {
    expect(source.locate(pointer)).toEqual({ line, column });
  });
});
