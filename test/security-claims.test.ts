// SECURITY.md's claims are true, one test per claim: every bullet and table row under a `## `
// heading names the tests that prove it (test/helpers/claims.ts reads the form), each named
// file exists and holds the named title. A claim added without a test fails here. The claims
// that had no test elsewhere are tested at the end of this file, through the CLI and the
// committed dist/ only (no imports from src/, which is being reorganised).
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { claimProblems, claimsOf, hasTitle, referencesOf } from "./helpers/claims.js";
import { ztgate } from "./helpers/cli.js";

const ROOT = join(import.meta.dirname, "..");
const readRepoFile = (path: string) => {
  const full = join(ROOT, path);
  return existsSync(full) ? readFileSync(full, "utf8") : undefined;
};
const work = { dir: mkdtempSync(join(tmpdir(), "ztgate-claims-")) };
afterAll(() => rmSync(work.dir, { recursive: true, force: true }));

describe("SECURITY.md", () => {
  const text = readRepoFile("SECURITY.md")!;

  it("names an existing test for every claim", () => {
    expect(claimProblems(text, readRepoFile)).toEqual([]);
  });

  it("names only files that exist (src/ moves; a stale path is a claim about nothing)", () => {
    const named = [...text.matchAll(/`((?:src|test|examples|scripts|docs|\.ci)\/[\w./-]+)`/g)];
    const paths = [...new Set(named.map((m) => m[1]!.replace(/\/$/, "")))];
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it("has claims in every section (the parser finds them)", () => {
    const { claims } = claimsOf(text);
    expect(claims.length).toBeGreaterThan(40);
    const sections = new Set(claims.map((c) => c.section.split(" › ")[0]));
    expect([...sections].sort()).toEqual(
      ["Dependency audit in CI", "Fuzzing", "Limits", "Principles", "Threats and answers"].sort(),
    );
  });
});

describe("the claims parser is strict", () => {
  const files: Record<string, string> = {
    "test/a.test.ts":
      `it("reads a thing", () => {});\nconst rows = [["a row (with parens)", 1]];\n` +
      `it.skip("is not run yet", () => {});\nit.skipIf(ci)("runs elsewhere", () => {});`,
  };
  const read = (path: string) => files[path];
  const ok = '(test: `test/a.test.ts` › "reads a thing")';
  const cases: [string, string, RegExp | undefined][] = [
    ["a bullet with its test", `## S\n\n- it holds ${ok}\n`, undefined],
    ["a wrapped bullet", `## S\n\n- it holds\n  ${ok}.\n`, undefined],
    ["a table row", `## S\n\n| a | b |\n| --- | --- |\n| x | y ${ok} |\n`, undefined],
    [
      "two references",
      '## S\n\n- x (tests: `test/a.test.ts` › "reads a thing"; `test/a.test.ts` › "a row (with parens)")\n',
      undefined,
    ],
    ["the intro paragraph of a section", `## S\n\nA threat.\n\n- x ${ok}\n`, undefined],
    ["a bullet without a test", "## S\n\n- it holds\n", /line 3 \(S\): no \(test: \.\.\.\)/],
    ["a table row without a test", "## S\n\n| a |\n| --- |\n| x |\n", /line 5 \(S\): no/],
    [
      "a test that is not at the end",
      `## S\n\n- it holds ${ok} and more\n`,
      /no \(test: \.\.\.\) reference at its end/,
    ],
    [
      "a second paragraph",
      `## S\n\n- x ${ok}\n\nMore claims.\n`,
      /line 5 \(S\): a paragraph after the first block/,
    ],
    [
      "a lazy continuation line",
      `## S\n\n- x ${ok}\nunindented\n`,
      /a paragraph after the first block/,
    ],
    ["a missing file", '## S\n\n- x (test: `test/b.test.ts` › "t")\n', /b\.test\.ts is not/],
    ["a file outside test/", '## S\n\n- x (test: `src/a.ts` › "t")\n', /src\/a\.ts is not/],
    [
      "a skipped test",
      '## S\n\n- x (test: `test/a.test.ts` › "is not run yet")\n',
      /skips "is not run yet"/,
    ],
    [
      "a conditionally skipped test",
      '## S\n\n- x (test: `test/a.test.ts` › "runs elsewhere")\n',
      undefined,
    ],
    ["a missing title", '## S\n\n- x (test: `test/a.test.ts` › "reads")\n', /has no test "reads"/],
    [
      "tests: with one reference",
      '## S\n\n- x (tests: `test/a.test.ts` › "reads a thing")\n',
      /"tests:" two or more/,
    ],
    [
      "test: with two references",
      '## S\n\n- x (test: `test/a.test.ts` › "reads a thing"; `test/a.test.ts` › "reads a thing")\n',
      /"test:" takes one reference/,
    ],
    ["a malformed reference", '## S\n\n- x (test: test/a.test.ts › "t")\n', /expected at 0/],
    [
      "a claim under a ### heading",
      "## S\n\n### T\n\nThe threat.\n\n- x\n",
      /line 7 \(S › T\): no/,
    ],
  ];
  it.each(cases)("%s", (_name, markdown, problem) => {
    const problems = claimProblems(markdown, read);
    if (problem === undefined) expect(problems).toEqual([]);
    else expect(problems.join("\n")).toMatch(problem);
  });

  it("text before the first ## heading is not a claim", () => {
    expect(claimsOf("# Title\n\nIntro.\n\nMore intro.\n").claims).toEqual([]);
  });

  it("a title must be a whole string literal", () => {
    expect(hasTitle(`it("reads a thing")`, "reads a thing")).toBe(true);
    expect(hasTitle(`it("reads a thing quickly")`, "reads a thing")).toBe(false);
    expect(referencesOf("x").malformed).toBeDefined();
  });
});

// --- Claims that had no test elsewhere --------------------------------------------------------

const DEMO = join(ROOT, "fixtures/demo/payments-image.trivy.json");

describe("claims with no test elsewhere", () => {
  it("an added ignore rule does not weaken a block rule: the strictest match wins", async () => {
    const dir = join(work.dir, "strictest");
    mkdirSync(dir, { recursive: true });
    const policy = join(dir, "ztgate.yml");
    writeFileSync(
      policy,
      "version: 1\nextends: [default]\nrules:\n  - { id: let-it-through, when: { layer: image }, action: ignore }\n",
    );
    const r = await ztgate(["check", "--policy", policy, DEMO, "-o", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { verdict: string; rule?: string }[] };
    expect(out.findings.some((f) => f.verdict === "block")).toBe(true);
  });

  it("a policy taken from outside the repository (the base branch's) still places findings in its assets", async () => {
    // The recipe: `git show origin/$GITHUB_BASE_REF:ztgate.yml > "$RUNNER_TEMP/policy.yml"`.
    const repo = join(work.dir, "repo");
    const temp = join(work.dir, "runner-temp");
    mkdirSync(join(repo, "services/payments"), { recursive: true });
    mkdirSync(temp, { recursive: true });
    expect(spawnSync("git", ["init", "-q", repo]).status).toBe(0);
    writeFileSync(
      join(repo, "findings.json"),
      JSON.stringify({
        format: "ztgate-findings",
        version: 1,
        tool: "in-house",
        findings: [
          {
            layer: "code",
            id: "IH-1",
            severity: "low",
            location: { path: "services/payments/session.ts", startLine: 3 },
          },
        ],
      }),
    );
    writeFileSync(
      join(temp, "policy.yml"),
      'version: 1\nassets:\n  - { name: payments, classification: restricted, paths: ["services/payments/**"] }\n' +
        "rules:\n  - { id: block-restricted, when: { classification: restricted }, action: block }\n",
    );
    const r = await ztgate(
      ["check", "--policy", join(temp, "policy.yml"), "findings.json", "-o", "json"],
      { cwd: repo },
    );
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { verdict: string; asset?: string }[] };
    expect(out.findings).toMatchObject([{ verdict: "block", asset: "payments" }]);
  });

  it("a run that exits 2 writes no verdict file", async () => {
    const dir = join(work.dir, "no-verdict");
    mkdirSync(dir, { recursive: true });
    const outputs = ["json", "sarif", "markdown"].flatMap((f) => ["-o", `${f}=${join(dir, f)}`]);
    const r = await ztgate(["check", DEMO, join(dir, "missing.json"), ...outputs]);
    expect(r.code).toBe(2);
    for (const f of ["json", "sarif", "markdown"]) expect(existsSync(join(dir, f))).toBe(false);
  });

  it("an unexpected exception is an internal error, exit 2, never a verdict", async () => {
    // An invalid clock makes the JSON reporter throw a RangeError: a bug, not bad input.
    const r = await ztgate(["check", DEMO, "-o", "json"], { now: new Date(Number.NaN) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ztgate: internal error: /);
    expect(r.stdout).not.toMatch(/PASSED|BLOCKED/);
  });

  it("malformed % escapes in a purl and a SARIF URI are read as text", async () => {
    const dir = join(work.dir, "percent");
    mkdirSync(dir, { recursive: true });
    const sarif = join(dir, "lint.sarif");
    writeFileSync(
      sarif,
      JSON.stringify({
        version: "2.1.0",
        runs: [
          {
            tool: { driver: { name: "lint" } },
            results: [
              {
                ruleId: "R1",
                level: "error",
                message: { text: "m" },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: "src/%E0%A4%A.js%" } } },
                ],
              },
            ],
          },
        ],
      }),
    );
    const grype = join(dir, "grype.json");
    writeFileSync(
      grype,
      JSON.stringify({
        matches: [
          {
            vulnerability: { id: "CVE-2099-0001", severity: "High" },
            artifact: {
              name: "a",
              version: "1",
              type: "java-archive",
              purl: "pkg:maven/%zz/%E0@1",
            },
          },
        ],
      }),
    );
    for (const report of [sarif, grype]) {
      const r = await ztgate(["check", report, "-o", "json"]);
      expect(r.stderr).not.toMatch(/internal error/);
      expect([0, 1]).toContain(r.code);
      expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toHaveLength(1);
    }
  });
});

describe(".ci/dogfood gates this project's npm audit", () => {
  const bin = join(work.dir, "fake-npm");
  mkdirSync(bin, { recursive: true });
  // npm audit, faked: it writes the report named by FAKE_AUDIT and exits 1 as npm audit does.
  writeFileSync(join(bin, "npm"), '#!/bin/sh\ncat "$FAKE_AUDIT"\nexit 1\n');
  chmodSync(join(bin, "npm"), 0o755);
  const dogfood = (report: string, extra: Record<string, string> = {}) =>
    spawnSync("bash", [join(ROOT, ".ci/dogfood")], {
      env: {
        PATH: `${bin}:${process.env.PATH ?? ""}`,
        NO_COLOR: "1",
        FAKE_AUDIT: join(ROOT, report),
        ...extra,
      },
      encoding: "utf8",
    });
  const cases: [string, string, Record<string, string>, number, RegExp | undefined][] = [
    ["a clean audit passes", "fixtures/real/npm-audit/no_vuln.json", {}, 0, undefined],
    ["a blocked finding fails CI", "fixtures/real/npm-audit/one_vuln.json", {}, 1, undefined],
    [
      "an error report is UNVERIFIED and passes",
      "test/data/npm-enoaudit.json",
      {},
      0,
      /is an error report, not scan results: ENOAUDIT[\s\S]*UNVERIFIED: .*dependencies were not checked in this run/,
    ],
    [
      "an error report fails with ZTGATE_AUDIT_REQUIRED=1",
      "test/data/npm-enoaudit.json",
      { ZTGATE_AUDIT_REQUIRED: "1" },
      2,
      /UNVERIFIED/,
    ],
    ["any other exit 2 fails CI", "test/data/truncated.json", {}, 2, /is not valid JSON/],
  ];
  it.each(cases)("%s", (_name, report, extra, code, stderr) => {
    const r = dogfood(report, extra);
    expect(r.status, r.stderr).toBe(code);
    if (stderr) expect(r.stderr).toMatch(stderr);
    if (!report.includes("enoaudit")) expect(r.stderr).not.toMatch(/UNVERIFIED/);
  });
});
