// Findings share what most of a report's findings hold alike (issue 19, P5): the one-source
// list, empty lists and "no fix". Sharing must not change a value, an identity or a merge.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dedupe } from "../src/model/dedupe.js";
import { fingerprintOf } from "../src/model/fingerprint.js";
import { makeFinding, type FindingInput } from "../src/model/make-finding.js";
import { evaluateFixtures } from "./helpers/evaluations.js";

const input = (over: Partial<FindingInput> = {}): FindingInput & { aliases: string[] } => ({
  tool: "grype",
  layer: "image",
  id: "CVE-2024-1234",
  title: "t",
  severity: "high",
  package: { name: "openssl", version: "3.0.1" },
  aliases: [],
  ...over,
});

describe("fingerprints are the first 16 hex digits of the key's SHA-256", () => {
  const sha = (key: string) => createHash("sha256").update(key).digest("hex").slice(0, 16);
  it.each([
    ["a package finding", input(), "CVE-2024-1234\0openssl\x003.0.1\0"],
    [
      "a located finding",
      input({ package: undefined, id: "CKV_AWS_1", location: { path: "main.tf", startLine: 3 } }),
      "CKV_AWS_1\0\0\0main.tf:3",
    ],
    [
      "a GHSA with a CVE alias",
      input({ id: "GHSA-x", aliases: ["cve-1"] }),
      "CVE-1\0openssl\x003.0.1\0",
    ],
  ])("%s", (_name, f, key) => {
    expect(fingerprintOf(f)).toBe(sha(key));
    expect(makeFinding(f, "r.json").fingerprint).toBe(sha(key));
  });
});

describe("shared lists are frozen and equal to what they replace", () => {
  const a = makeFinding(input(), "a.json");
  const b = makeFinding(input({ id: "CVE-2024-9" }), "a.json");
  const c = makeFinding(input({ tool: "trivy" }), "c.json");
  it.each([
    ["foundBy", a.foundBy, [{ tool: "grype", report: "a.json" }]],
    ["aliases", a.aliases, []],
    ["cwe", a.cwe, []],
    [
      "fix versions",
      makeFinding(input({ fix: { available: false, versions: [] } }), "a.json").fix!.versions,
      [],
    ],
  ])("%s", (_name, list, value) => {
    expect(list).toEqual(value);
    expect(Object.isFrozen(list)).toBe(true);
    expect(() => (list as unknown[]).push("x")).toThrow(TypeError);
  });
  it("one report's findings share their source list; another report's have their own", () => {
    expect(b.foundBy).toBe(a.foundBy);
    expect(c.foundBy).not.toBe(a.foundBy);
    expect(c.foundBy).toEqual([{ tool: "trivy", report: "c.json" }]);
  });
  it("values a scanner gave are kept as given", () => {
    const fix = { available: true, versions: ["3.0.2"] };
    const f = makeFinding(input({ fix, cwe: ["CWE-79"], aliases: ["GHSA-1"] }), "a.json");
    expect([f.fix, f.cwe, f.aliases]).toEqual([fix, ["CWE-79"], ["GHSA-1"]]);
  });
  it("merging findings with shared lists builds new lists and leaves the shared ones alone", () => {
    const [merged] = dedupe([a, c]);
    expect(merged!.foundBy).toEqual([
      { tool: "grype", report: "a.json" },
      { tool: "trivy", report: "c.json" },
    ]);
    expect(a.foundBy).toEqual([{ tool: "grype", report: "a.json" }]);
    expect(b.foundBy).toEqual([{ tool: "grype", report: "a.json" }]);
  });
});

describe("evaluated findings share their control lists", () => {
  it("equal lists are one frozen array, shared by the findings that have it", () => {
    const { findings } = evaluateFixtures("real/grype/dd-samples__juice_shop-grype-sca.json");
    const byNames = new Map<string, string[]>();
    for (const e of findings) {
      const key = e.controls.join(",");
      expect(e.controls).toBe(byNames.get(key) ?? e.controls);
      byNames.set(key, e.controls);
      expect(Object.isFrozen(e.controls)).toBe(true);
    }
    expect(findings.length).toBeGreaterThan(byNames.size);
  });
});
