// Inputs built to exhaust the gate rather than to fool it: brace-expansion bombs and over-long
// globs from a policy or the command line, regex-hostile strings in reports, and JSON nested far
// deeper than any scanner writes. Each must end quickly in a verdict or a clear exit 2. (YAML
// bombs are in yaml-source.test.ts, random mutations in fuzz.test.ts.)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { imageRef } from "../src/model/image-ref.js";
import { GateError } from "../src/model/errors.js";
import { compileGlob } from "../src/policy/glob-pattern.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { PARSERS } from "../src/reports/parsers/index.js";
import { REPORTERS } from "../src/reporters/index.js";
import { scratch } from "./fuzz/outcome.js";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const bomb = "{a,b}".repeat(12); // 4,096 patterns
const work = scratch();
afterAll(() => work.dispose());

async function policyError(text: string): Promise<string> {
  try {
    await loadPolicy("/virtual/ztgate.yml", (p) => {
      if (p === "/virtual/ztgate.yml") return text;
      throw Object.assign(new Error("missing"), { code: "ENOENT" });
    });
  } catch (err) {
    expect(err).toBeInstanceOf(GateError);
    return (err as GateError).describe();
  }
  throw new Error("the policy loaded");
}

describe("globs are bounded wherever they come from", () => {
  const cases: [string, string, RegExp][] = [
    [
      "asset paths",
      `version: 1\nassets:\n  - { name: x, classification: public, paths: ["${bomb}"] }\n`,
      /ztgate\.yml:3:\d+: pattern "\{a,b\}.*" expands to more than 1000 patterns/,
    ],
    [
      "rule path",
      `version: 1\nrules:\n  - { id: r, when: { path: "${bomb}" }, action: block }\n`,
      /ztgate\.yml:3:\d+: rule "r": pattern .* expands to more than 1000 patterns/,
    ],
    [
      "waiver paths",
      `version: 1\nwaivers:\n  - { id: CVE-1, paths: ["${bomb}"], reason: why, owner: me, expires: 2026-12-01 }\n`,
      /ztgate\.yml:3:\d+: waiver for "CVE-1": pattern .* expands to more than 1000 patterns/,
    ],
    [
      "an over-long rule path",
      `version: 1\nrules:\n  - { id: r, when: { path: "${"a".repeat(513)}" }, action: block }\n`,
      /ztgate\.yml:3:\d+: .*must NOT have more than 512 characters/,
    ],
  ];
  it.each(cases)("%s", async (_name, text, message) => {
    expect(await policyError(text)).toMatch(message);
  });

  it.each([
    ["a brace bomb", `fixtures/${bomb}/*.json`, /expands to more than 1000 patterns/],
    [
      "an over-long pattern",
      `fixtures/*${"a".repeat(600)}`,
      /is 610 characters long \(at most 512\)/,
    ],
  ])("report arguments: %s", async (_name, arg, message) => {
    const r = await ztgate(["check", arg], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("keeps numeric ranges unexpanded instead of refusing them", () => {
    const m = compileGlob("build-{1..100000}/*.json");
    expect(m.set).toHaveLength(1);
    expect(m.match("build-4711/trivy.json")).toBe(true);
    expect(m.match("build-100001/trivy.json")).toBe(false);
  });
});

describe("strings in reports cannot make matching slow", () => {
  it("image names are cut at the OS decoration in linear time", () => {
    expect(imageRef("alpine:3.10 (alpine 3.10.2)")).toBe("alpine:3.10");
    expect(imageRef("registry/app:1  (debian 12)")).toBe("registry/app:1");
    // Quadratic with the regex this replaced: minutes at this length, so the test would time out.
    const hostile = " (".repeat(200_000);
    expect(imageRef(hostile)).toBe(hostile);
    expect(imageRef(`x${hostile})`)).toBe("x");
  });
});

describe("JSON nested far deeper than any scanner writes", () => {
  const deepArray = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  // Deeper than the stack allows a recursive walk (about 10,000 frames) in any parser.
  const deepValue = `${'{"a":['.repeat(15_000)}1${"]}".repeat(15_000)}`;

  it("as the whole report: unrecognised, exit 2 naming the file", async () => {
    const path = join(work.dir, "deep.json");
    writeFileSync(path, deepArray);
    const r = await ztgate(["check", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deep\.json: unrecognised format/);
  });

  // A deep value where each parser expects a string, an object or a list: every parser, forced.
  const reportWithDeepValues = JSON.stringify({
    SchemaVersion: 2,
    matches: "DEEP",
    runs: "DEEP",
    results: "DEEP",
    Results: [{ Target: "DEEP", Vulnerabilities: ["DEEP"] }],
    vulnerabilities: "DEEP",
    advisories: "DEEP",
    dependencies: "DEEP",
    components: "DEEP",
    findings: "DEEP",
  }).replaceAll('"DEEP"', deepValue);
  it.each(PARSERS.map((p) => [p.id]))("inside a %s report: no internal error", async (id) => {
    const path = join(work.dir, `deep-${id}.json`);
    writeFileSync(path, reportWithDeepValues);
    const r = await ztgate(["check", `${id}:${path}`, "-o", "json"]);
    expect(r.stderr).not.toMatch(/internal error/);
    if (r.code === 2) expect(r.stderr).toContain(path);
    else expect([0, 1]).toContain(r.code);
  });
});

describe("strings from reports cannot start a workflow command in error messages", () => {
  it("an error code with a newline and ::add-mask:: stays on the error line", async () => {
    const path = join(work.dir, "npm-error.json");
    const code = "EAUDIT\n::add-mask::hidden\r\n::error file=x::injected";
    writeFileSync(path, JSON.stringify({ error: { code, summary: "x" } }));
    const r = await ztgate(["check", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is an error report, not scan results: EAUDIT?::add-mask::hidden??");
    expect(r.stderr.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
  });
});

describe("prototype member names as values are plain words", () => {
  const trivy = (vuln: Record<string, unknown>, result: Record<string, unknown> = {}) =>
    JSON.stringify({
      SchemaVersion: 2,
      ArtifactName: "app",
      ArtifactType: "filesystem",
      Results: [
        {
          Target: "package-lock.json",
          Class: "lang-pkgs",
          Type: "npm",
          ...result,
          Vulnerabilities: [
            {
              VulnerabilityID: "CVE-2099-0001",
              PkgName: "qs",
              InstalledVersion: "6.10.2",
              FixedVersion: "6.10.3",
              Severity: "HIGH",
              Title: "t",
              ...vuln,
            },
          ],
        },
      ],
    });
  const cases: [string, string, RegExp][] = [
    ["a severity word", trivy({ Severity: "constructor" }), /UNKNOWN \(1\)|unknown/i],
    ["a Trivy class", trivy({}, { Class: "toString" }), /CVE-2099-0001/],
    [
      "an XML entity",
      `<?xml version="1.0"?><bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1"><components><component type="library" bom-ref="a"><name>x&constructor;</name><version>1</version></component></components><vulnerabilities><vulnerability><id>CVE-2099-0002</id><ratings><rating><severity>high</severity></rating></ratings><affects><target><ref>a</ref></target></affects></vulnerability></vulnerabilities></bom>`,
      /CVE-2099-0002/,
    ],
  ];
  it.each(cases)("%s", async (name, text, shown) => {
    const path = join(work.dir, `proto-${name.replace(/\W+/g, "-")}.json`);
    writeFileSync(path, text);
    const args = ["check", "-v", path, ...REPORTERS.flatMap((r) => ["-o", r.id])];
    const r = await ztgate(args);
    expect(r.stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(shown);
    expect(r.stdout).not.toMatch(/function|native code/);
  });

  it("a pack name in extends", async () => {
    expect(await policyError("version: 1\nextends: [toString]\n")).toMatch(
      /ztgate\.yml:2:\d+: unknown built-in pack "toString"/,
    );
  });
});

describe("finding text cannot start a workflow command in any output printed to a CI log", () => {
  const hostile = "x\n::add-mask::hidden\r\n::error file=a.js::forged \u001b[2K\u2028::warning::y";
  const report = JSON.stringify({
    SchemaVersion: 2,
    ArtifactName: "app",
    ArtifactType: "container_image",
    Results: [
      {
        Target: `img\n::error::target`,
        Class: "os-pkgs",
        Type: "alpine",
        Vulnerabilities: [
          {
            VulnerabilityID: "CVE-2099-0003",
            PkgName: `pkg\n::error::name`,
            InstalledVersion: "1",
            FixedVersion: "2",
            Severity: "CRITICAL",
            Title: hostile,
            Description: hostile,
          },
        ],
      },
    ],
  });
  it.each(REPORTERS.map((r) => [r.id]))("%s", async (id) => {
    const path = join(work.dir, "workflow-commands.json");
    writeFileSync(path, report);
    const r = await ztgate(["check", "-v", path, "-o", id]);
    expect(r.code).toBe(1);
    // The runner reads its log line by line, split at CR and LF (not at U+2028).
    const lines = r.stdout.split(/\r\n|\r|\n/);
    const commands = lines.filter((l) => l.trimStart().startsWith("::"));
    // The annotations reporter writes one command per annotation (and here there is one);
    // no other output may put "::" at the start of a line.
    expect(commands).toHaveLength(id === "annotations" ? 1 : 0);
    if (id === "console") expect(r.stdout).not.toContain("\u001b[2K");
  });
});

describe("lone surrogates in paths and URLs", () => {
  const report = JSON.stringify({
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "lint", rules: [{ id: "R1", helpUri: "https://x.test/\ud800" }] } },
        results: [
          {
            ruleId: "R1",
            level: "error",
            message: { text: "bad \udc00" },
            locations: [{ physicalLocation: { artifactLocation: { uri: "src/\ud800.js" } } }],
          },
        ],
      },
    ],
  });
  it.each(REPORTERS.map((r) => [r.id]))("%s renders them", async (id) => {
    const path = join(work.dir, "surrogates.sarif");
    writeFileSync(path, report);
    const r = await ztgate(["check", path, "-o", id]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(r.code);
  });
});
