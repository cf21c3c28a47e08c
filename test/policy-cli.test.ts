// The policy language end to end, through the CLI, on real reports and the policies in
// fixtures/policies/ (issue 5's "done when" list).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../src/gate/evaluate.js";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const policy = (name: string) => `fixtures/policies/${name}/ztgate.yml`;
const DEMO = join(root, "fixtures/demo/payments-image.trivy.json");
const restrictedReport = "fixtures/real/trivy/issue_9092.json";
const publicReport = "fixtures/real/trivy/cvss_severity_source.json";

async function checkJson(args: string[]) {
  const r = await ztgate(["check", ...args, "-o", "json"], { cwd: root });
  return { ...r, evaluation: JSON.parse(r.stdout) as Evaluation };
}

function findingOf(evaluation: Evaluation, id: string) {
  const found = evaluation.findings.filter((e) => e.finding.id === id);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("data classification decides strictness", () => {
  const cases: [string, string[], number, string, string, string][] = [
    ["restricted asset", [restrictedReport], 1, "block", "payments-api", "restricted"],
    ["public asset", [publicReport], 0, "warn", "docs-site", "public"],
    // One finding after dedupe, found in both reports: the strictest asset owns it.
    ["both reports", [restrictedReport, publicReport], 1, "block", "payments-api", "restricted"],
  ];
  it.each(cases)("the same CVE on a %s", async (_name, reports, code, verdict, asset, cls) => {
    const { code: exit, evaluation } = await checkJson([
      ...reports,
      "--policy",
      policy("classification"),
    ]);
    expect(exit).toBe(code);
    const e = findingOf(evaluation, "CVE-2023-37920");
    expect(e).toMatchObject({ verdict, asset, classification: cls });
    expect(e.controls).toContain("vulnerable-components");
    expect(e.finding.foundBy).toHaveLength(reports.length);
  });

  it("explains the decision: asset, classification, rules considered, scanners", async () => {
    const r = await ztgate(
      [
        "explain",
        "CVE-2023-37920",
        restrictedReport,
        publicReport,
        "--policy",
        policy("classification"),
      ],
      { cwd: root },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /asset: +payments-api \(restricted, owner team-payments\) via report fixtures\/real\/trivy\/issue_9092\.json/,
    );
    expect(r.stdout).toMatch(
      /block +zt-block-fixable-high-sensitive \(built-in:zero-trust\) +<- decided/,
    );
    expect(r.stdout).toMatch(/warn +zt-warn-high-vulnerabilities/);
    expect(r.stdout).toContain(`trivy in ${restrictedReport}; trivy in ${publicReport}`);
    expect(r.stdout).toMatch(/verdict: +BLOCK/);
  });

  it("explains by fingerprint prefix, and fails when nothing matches", async () => {
    const { evaluation } = await checkJson([publicReport, "--policy", policy("classification")]);
    const fingerprint = findingOf(evaluation, "CVE-2023-37920").finding.fingerprint;
    const r = await ztgate(["explain", fingerprint.slice(0, 8), publicReport, "-o", "json"], {
      cwd: root,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].finding.fingerprint).toBe(fingerprint);
    const none = await ztgate(["explain", "CVE-1999-9999", publicReport], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no finding with fingerprint or id "CVE-1999-9999"');
  });
});

describe("required evidence fails closed (exit 2, naming what is missing)", () => {
  it("names the missing layer", async () => {
    const r = await ztgate(
      ["check", "fixtures/demo/clean-image.trivy.json", "--policy", policy("evidence")],
      {
        cwd: root,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('required layer "iac" has no report');
    expect(r.stderr).not.toContain('"image"');
    expect(r.stdout).toContain("CANNOT DECIDE");
  });

  it("names the stale report, and reports one without a timestamp", async () => {
    const reports = [
      "fixtures/demo/api-image.trivy.json", // CreatedAt 2021-08-25: stale on 2026-11-22
      "fixtures/demo/clean-image.trivy.json", // no CreatedAt
      "fixtures/real/trivy/issue_9170.json", // iac evidence
    ];
    const { code, evaluation, stderr } = await checkJson([
      ...reports,
      "--policy",
      policy("evidence"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /fixtures\/demo\/api-image\.trivy\.json: report is stale: created 2021-08-25/,
    );
    expect(evaluation.warnings.join("\n")).toContain(
      "fixtures/demo/clean-image.trivy.json: report has no timestamp",
    );
    expect(evaluation.coverage.image).toHaveLength(2);
    expect(evaluation.coverage.iac).toEqual(["fixtures/real/trivy/issue_9170.json"]);
  });

  it("passes when every required layer has a fresh report", async () => {
    const r = await ztgate(
      [
        "check",
        "fixtures/demo/clean-image.trivy.json",
        "fixtures/real/trivy/issue_9170.json",
        "--policy",
        policy("evidence"),
      ],
      { cwd: root, now: new Date("2026-11-22T00:00:00Z") },
    );
    // issue_9170.json has no timestamp either: a warning, not a failure (require.timestamps is off).
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Evidence: image \(1\), iac \(1\)/);
  });
});

describe("waivers are reported in console and JSON output", () => {
  const args = ["fixtures/demo/payments-image.trivy.json", "--policy", policy("waivers")];

  it("JSON: every waiver with its state; only active ones waive", async () => {
    const { code, evaluation } = await checkJson(args);
    const status = Object.fromEntries(evaluation.waivers.map((w) => [w.id, w.status]));
    expect(status).toEqual({
      "CVE-2019-12900": "active",
      "CVE-2020-28196": "expired",
      "CVE-2018-1324": "over-long",
      "CVE-1999-0001": "unused",
      "CVE-2020-15999": "expiring-soon",
    });
    expect(findingOf(evaluation, "CVE-2019-12900")).toMatchObject({
      verdict: "waived",
      waivedVerdict: "block",
      waiver: { owner: "alice@example.com", ticket: "PAY-77" },
    });
    // Expired and over-long waivers stop matching: the findings keep their verdicts.
    expect(findingOf(evaluation, "CVE-2020-28196").verdict).toBe("block");
    expect(findingOf(evaluation, "CVE-2018-1324").verdict).toBe("info");
    expect(code).toBe(1);
  });

  it("console: the waivers that need attention, with owner and place", async () => {
    const r = await ztgate(["check", ...args], { cwd: root });
    expect(r.stdout).toMatch(
      /EXPIRED +CVE-2020-28196 \(owner carol@example\.com, .*ztgate\.yml:\d+\): expired on 2026-06-30/,
    );
    expect(r.stdout).toMatch(/OVER-LONG +CVE-2018-1324 .*max-waiver-days \(90\)/);
    expect(r.stdout).toMatch(/UNUSED +CVE-1999-0001 .*matched no finding/);
    expect(r.stdout).toMatch(/EXPIRING +CVE-2020-15999 .*expires in 9 day\(s\)/);
    expect(r.stdout).toMatch(/^WAIVED \(2\)\n {2}critical +CVE-2019-12900 .* \(waived by /m);
  });
});

describe("ztgate test", () => {
  it("passes on every built-in pack", async () => {
    const r = await ztgate(["test", "--pack", "default", "--pack", "zero-trust"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ztgate test: \d+ passed, 0 failed/);
    expect(r.stdout).not.toContain("has no examples");
  });

  it("runs *.test.yml beside the policy", async () => {
    const r = await ztgate(["test", "--policy", policy("classification")], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 failed \(\d+ rules, 1 test files\)/);
  });

  it("checks pack examples against their pack, so a stricter local rule cannot break them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-test-"));
    writeFileSync(
      join(dir, "ztgate.yml"),
      [
        "version: 1",
        "extends: [zero-trust]",
        "rules:",
        "  - id: block-everything",
        "    when: {}",
        "    action: block",
        "    examples:",
        "      - { finding: { id: DL3008, severity: low }, verdict: block }",
        "",
      ].join("\n"),
    );
    const r = await ztgate(["test"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 failed \(19 rules, 0 test files\)/);
  });

  it("fails (exit 1) on a broken example, naming the rule and the example", async () => {
    const r = await ztgate(["test", "--policy", policy("broken-example")], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'FAIL rule block-critical (fixtures/policies/broken-example/ztgate.yml) example #1 "high is not critical": rule did not match',
    );
    expect(r.stderr).toContain("expected verdict block, got info");
    expect(r.stderr).toMatch(/1 failed/);
  });
});

describe("ztgate init, validate and schema", () => {
  it("init writes a valid, testable starter and never overwrites without --force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-init-"));
    const first = await ztgate(["init"], { cwd: dir });
    expect(first.code).toBe(0);
    const written = readFileSync(join(dir, "ztgate.yml"), "utf8");
    expect(written).toContain("# yaml-language-server: $schema=");
    expect((await ztgate(["validate"], { cwd: dir })).code).toBe(0);
    expect((await ztgate(["test"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "ztgate.yml"), "version: 1\n");
    const again = await ztgate(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("ztgate.yml: already exists; not overwritten");
    expect(readFileSync(join(dir, "ztgate.yml"), "utf8")).toBe("version: 1\n");
    expect((await ztgate(["init", "--force"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "ztgate.yml"), "utf8")).toBe(written);
  });

  it("validate names file:line:column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-validate-"));
    const file = join(dir, "p.yml");
    writeFileSync(
      file,
      "version: 1\nwaivers:\n  - id: CVE-2024-1\n    reason: because\n    expires: 2026-12-01\n",
    );
    const r = await ztgate(["validate", "--policy", file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:3:5: missing required key "owner" at /waivers/0`);
  });

  it("validate lists expired and over-long waivers as warnings", async () => {
    const r = await ztgate(["validate", "--policy", policy("waivers")], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/waivers\/ztgate\.yml:\d+: waiver for CVE-2020-28196 is expired/);
    expect(r.stdout).toMatch(/waiver for CVE-2018-1324 is over-long/);
    expect(r.stdout).not.toContain("CVE-2019-12900");
  });

  it("schema prints the published JSON Schema", async () => {
    const r = await ztgate(["schema"]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed).toEqual(
      JSON.parse(readFileSync(join(root, "schema/policy.schema.json"), "utf8")),
    );
  });
});

describe("--policy built-in:NAME uses a built-in pack without a file", () => {
  const cases: [string, string[], number, RegExp][] = [
    [
      "check, zero-trust",
      ["check", "--policy", "built-in:zero-trust", DEMO],
      1,
      /policy built-in:zero-trust\)/,
    ],
    [
      "check, default",
      ["check", "--policy", "built-in:default", DEMO],
      1,
      /policy built-in:default\)/,
    ],
    ["validate", ["validate", "--policy", "built-in:zero-trust"], 0, /built-in:zero-trust/],
    [
      "an unknown pack is exit 2",
      ["check", "--policy", "built-in:nope", DEMO],
      2,
      /unknown built-in pack "nope" \(one of: default, zero-trust, licenses\)/,
    ],
  ];
  it.each(cases)("%s", async (_name, args, code, output) => {
    const r = await ztgate(args);
    expect(r.code).toBe(code);
    expect(r.stdout + r.stderr).toMatch(output);
  });
});
