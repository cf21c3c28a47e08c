// The structural scanner behind streaming, checked against JSON.parse on documents full of
// escapes, brackets inside strings and multi-byte text, read in chunks of every small size so
// that each token is split across a chunk boundary somewhere.
import { mkdtempSync, openSync, closeSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GateError } from "../src/model/errors.js";
import { elementBatches } from "../src/reports/stream/elements.js";
import { compilePattern } from "../src/reports/stream/paths.js";
import { scanDocument } from "../src/reports/stream/scan.js";
import {
  LayoutMismatch,
  NotOneDocument,
  NotWorthStreaming,
} from "../src/reports/stream/skeleton.js";

const dir = mkdtempSync(join(tmpdir(), "ztgate-scan-"));
const fds: number[] = [];
afterAll(() => fds.forEach((fd) => closeSync(fd)));

const DOC = {
  'a"b': "x\\",
  matches: [
    { s: 'q\\"[{', n: [1, 2, { k: "]" }], u: "é ü 日本 \u2028" },
    42,
    "str\\\\",
    null,
    true,
    -1.5e3,
    [],
    {},
  ],
  runs: [
    { tool: { x: "}}]]", y: [] }, results: [{ r: 1 }, { r: "\\" }, { r: '"' }] },
    { results: [] },
    { results: null },
  ],
  tail: ["}", "{"],
  empty: {},
  num: 0,
};

function scan(text: string, patterns: string[], chunkBytes?: number, blockBytes?: number) {
  const file = join(dir, `doc-${fds.length}.json`);
  writeFileSync(file, text);
  const fd = openSync(file, "r");
  fds.push(fd);
  const skeleton = scanDocument(fd, {
    file,
    start: 0,
    patterns: patterns.map(compilePattern),
    maxWholeBytes: 1 << 20,
    chunkBytes,
  });
  const elements = skeleton.arrays.map((a) => [...elementBatches(fd, a, file, blockBytes)].flat());
  return { skeleton, elements };
}

describe("scanDocument", () => {
  const texts = { compact: JSON.stringify(DOC), pretty: JSON.stringify(DOC, null, 2) };
  for (const [layout, text] of Object.entries(texts)) {
    it.each([1, 2, 3, 5, 7, 16, 64, undefined])(`${layout}, chunks of %s bytes`, (chunk) => {
      const { skeleton, elements } = scan(text, ["matches", "runs[].results"], chunk);
      const expected = structuredClone(DOC) as typeof DOC & { runs: { results: unknown }[] };
      expected.matches = [];
      expected.runs[0]!.results = [];
      expect(skeleton.value).toEqual(expected);
      expect(skeleton.arrays.map((a) => a.place)).toEqual([
        ["matches"],
        ["runs", 0, "results"],
        ["runs", 1, "results"],
      ]);
      expect(elements).toEqual([DOC.matches, DOC.runs[0]!.results, []]);
    });
  }

  it("streams the elements of a top-level array's members", () => {
    const doc = [{ Target: "a", Vulnerabilities: [{ id: 1 }, { id: 2 }] }, { Target: "b" }];
    const { skeleton, elements } = scan(JSON.stringify(doc), ["[].Vulnerabilities"], 4);
    expect(skeleton.value).toEqual([{ Target: "a", Vulnerabilities: [] }, { Target: "b" }]);
    expect(elements).toEqual([[{ id: 1 }, { id: 2 }]]);
  });

  it("reads a document with no streamed array whole", () => {
    for (const text of ['"just a string"', "12.5", " null ", '{"a":[1,{"b":2}]}']) {
      expect(scan(text, ["matches"], 3).skeleton.value).toEqual(JSON.parse(text));
    }
  });

  it.each([
    ['{"matches": [1, 2', "unexpected end of input"],
    ['{"matches": [1, 2,]}', 'unexpected "]"'],
    ['{"matches": [1] "x": 2}', 'unexpected """'],
    ['{"matches": [{"a": tru}]}', "is not valid JSON"],
    ['{"a": [1 2]}', "is not valid JSON"],
  ])("rejects %s", (text, message) => {
    let error: unknown;
    try {
      scan(text, ["matches"], 4);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toContain(message);
    expect((error as GateError).file).toContain("doc-");
  });

  it("tells a second top-level value (NDJSON) apart from broken JSON", () => {
    expect(() => scan('{"a": 1}\n{"b": 2}\n', ["matches"], 4)).toThrow(NotOneDocument);
  });

  it("refuses a value read whole that is larger than the limit, naming where it is", () => {
    const text = JSON.stringify({ other: Array.from({ length: 100 }, (_, i) => ({ i })) });
    const file = join(dir, "big.json");
    writeFileSync(file, text);
    const fd = openSync(file, "r");
    fds.push(fd);
    const run = () =>
      scanDocument(fd, {
        file,
        start: 0,
        patterns: [compilePattern("matches")],
        maxWholeBytes: 100,
      });
    expect(run).toThrow(/cannot be streamed: \$\.other is/);
  });

  it("locates a pretty-printed array of objects by its indentation, a compact one by walking it", () => {
    const doc = { matches: [{ a: [1, { b: "}\n  ]" }] }, { c: "},\n    {" }, {}], n: 1 };
    for (const indent of [2, 4, "\t"]) {
      const text = JSON.stringify(doc, null, indent).replace(/\n/g, indent === 4 ? "\r\n" : "\n");
      for (const blockBytes of [1, 8, undefined]) {
        const { skeleton, elements } = scan(text, ["matches"], 5, blockBytes);
        expect(skeleton.arrays[0]!.span).toBeDefined();
        expect(skeleton.value).toEqual({ matches: [], n: 1 });
        expect(elements).toEqual([doc.matches]);
      }
    }
    const { skeleton } = scan(JSON.stringify(doc), ["matches"]);
    expect(skeleton.arrays[0]!.span).toBeUndefined();
    expect(skeleton.arrays[0]!.length).toBe(3);
  });

  // Valid JSON whose indentation does not follow its nesting: the guess is wrong, and
  // LayoutMismatch says so (the caller then scans again with byLayout: false).
  const misleading = {
    // "}\n  ]" inside the first element looks like the end of the array.
    "an early end": '{\n  "matches": [\n    {"a": [{}\n  ]},\n    {"b": 1}\n  ],\n  "n": 1\n}',
    // "},\n    {" inside the first element looks like the end of an element.
    "a separator inside an element":
      '{\n  "matches": [\n    {"a": [{},\n    {}]},\n    {"b": 1}\n  ],\n  "n": 1\n}',
  };
  it.each(Object.entries(misleading))(
    "catches %s, and walks the array without the guess",
    (_, text) => {
      expect(() => scan(text, ["matches"], undefined, 1)).toThrow(LayoutMismatch);
      const file = join(dir, `misleading-${fds.length}.json`);
      writeFileSync(file, text);
      const fd = openSync(file, "r");
      fds.push(fd);
      const options = {
        file,
        start: 0,
        patterns: [compilePattern("matches")],
        maxWholeBytes: 1 << 20,
      };
      const skeleton = scanDocument(fd, { ...options, byLayout: false });
      const elements = [...elementBatches(fd, skeleton.arrays[0]!, file, 1)].flat();
      expect(elements).toEqual((JSON.parse(text) as { matches: unknown[] }).matches);
    },
  );

  it("gives up when more than readWholeAbove bytes are read whole, streamed elements aside", () => {
    const text = JSON.stringify({ matches: [{ a: "x".repeat(100) }], other: "y".repeat(50) });
    const file = join(dir, "whole.json");
    writeFileSync(file, text);
    const fd = openSync(file, "r");
    fds.push(fd);
    const options = { file, start: 0, patterns: [compilePattern("matches")], maxWholeBytes: 1000 };
    for (const chunkBytes of [7, undefined]) {
      const run = (readWholeAbove: number) =>
        scanDocument(fd, { ...options, chunkBytes, readWholeAbove });
      expect(() => run(40)).toThrow(NotWorthStreaming);
      expect(run(70).arrays[0]!.length).toBe(1);
    }
  });

  it("gives up when more than 20 000 values are read whole (findings in a walked array)", () => {
    const text = JSON.stringify(Array.from({ length: 10_001 }, (_, i) => ({ i })));
    const file = join(dir, "walked.json");
    writeFileSync(file, text);
    const fd = openSync(file, "r");
    fds.push(fd);
    const run = (patterns: string[]) =>
      scanDocument(fd, {
        file,
        start: 0,
        patterns: patterns.map(compilePattern),
        maxWholeBytes: 1 << 20,
        readWholeAbove: Infinity,
      });
    expect(() => run(["[].Vulnerabilities"])).toThrow(NotWorthStreaming);
    expect(run(["matches"]).value).toHaveLength(10_001);
  });
});
