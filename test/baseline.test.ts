// Baselines on real reports: recorded findings stop blocking, new ones still do.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyBaseline, makeBaseline, parseBaseline } from "../src/gate/baseline.js";
import { GateError } from "../src/model/errors.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { runCheck } from "../src/run.js";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const trivy = (name: string) => join(root, "fixtures/real/trivy", name);
const dir = mkdtempSync(join(tmpdir(), "ztgate-baseline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Blocking (secrets, fixable criticals), warning and info findings from three real reports.
const K_CLIENT = trivy("dd-samples__k-client_trivy-report.json");
const reports = [
  K_CLIENT,
  trivy("misconfigurations_and_secrets.json"),
  trivy("legacy_many_vulns.json"),
];

/** The k-client report of a later day: the same findings plus one new fixable critical. */
function kClientWithOneNewCritical(): string {
  const later = JSON.parse(readFileSync(K_CLIENT, "utf8"));
  const other = JSON.parse(readFileSync(trivy("scheme_2_many_vulns.json"), "utf8"));
  const critical = other.Results[0].Vulnerabilities.find(
    (v: { Severity: string }) => v.Severity === "CRITICAL",
  );
  later.Results[0].Vulnerabilities.push(critical);
  const file = join(dir, "k-client-later.json");
  writeFileSync(file, JSON.stringify(later));
  return file;
}

describe("ztgate baseline write + check --baseline", () => {
  const baselineFile = join(dir, "baseline.json");

  it("records every finding, and the same reports then pass with every finding existing", async () => {
    const before = await ztgate(["check", "-q", ...reports]);
    expect(before.code).toBe(1);

    const write = await ztgate(["baseline", "write", baselineFile, ...reports]);
    expect(write.code).toBe(0);
    const written = JSON.parse(readFileSync(baselineFile, "utf8"));
    expect(written).toMatchObject({ format: "ztgate-baseline", version: 1 });
    const evaluation = JSON.parse((await ztgate(["check", "-o", "json", ...reports])).stdout);
    expect(written.findings).toHaveLength(evaluation.counts.total);
    expect(written.findings[0]).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      id: expect.any(String),
      ...(written.findings[0].package ? { package: expect.stringContaining("@") } : {}),
      verdict: expect.stringMatching(/^(block|warn|info|ignored|waived)$/),
      firstSeen: "2026-11-22",
    });

    const after = await ztgate(["check", "--baseline", baselineFile, ...reports]);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^BLOCK \(\d+: 0 new, \d+ existing\)$/m);
    expect(after.stdout).toContain(`0 new blocking;`);
    expect(after.stdout).toContain(`${evaluation.counts.total} existing, 0 new, 0 fixed since`);
  });

  it("blocks on one new critical finding and names only that one", async () => {
    const later = [kClientWithOneNewCritical(), ...reports.slice(1)];
    const r = await ztgate(["check", "--baseline", baselineFile, "-o", "console", ...later]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("ztgate: BLOCKED (1 new blocking: CVE-2019-12900; 0 new warning;");

    const json = JSON.parse(
      (await ztgate(["check", "--baseline", baselineFile, "-o", "json", ...later])).stdout,
    );
    const fresh = json.findings.filter((e: { baseline: string }) => e.baseline === "new");
    expect(fresh.map((e: { finding: { id: string } }) => e.finding.id)).toEqual(["CVE-2019-12900"]);
    expect(fresh[0]).toMatchObject({ verdict: "block", finding: { severity: "critical" } });
    expect(json.baseline).toMatchObject({ new: 1, gone: 0 });
  });

  it("counts a finding whose verdict got stricter since the baseline as new", async () => {
    const now = new Date("2026-11-22T00:00:00Z");
    const builtin = await loadPolicy(undefined);
    const lenientPolicy = {
      ...builtin,
      rules: [],
      settings: {
        failOn: "block" as const,
        unknownSeverity: "high" as const,
        defaultAction: "warn" as const,
      },
    };
    const requests = [{ path: trivy("scheme_2_many_vulns.json") }];
    const lenient = runCheck({ reports: requests, policy: lenientPolicy, now }).evaluation;
    const recorded = parseBaseline(JSON.stringify(makeBaseline(lenient, now)), "b.json");
    const strict = runCheck({ reports: requests, policy: builtin, now }).evaluation;
    const applied = applyBaseline(strict, recorded, "b.json");
    expect(applied.outcome).toBe("fail");
    const escalated = applied.findings.filter((e) => e.baseline === "new").map((e) => e.verdict);
    expect(escalated).toEqual(["block", "block"]);
  });

  const bad: [string, string, RegExp][] = [
    ["not JSON", "{", /bad\.json: baseline is not valid JSON/],
    ["another JSON file", `{"findings": []}`, /bad\.json: not a ztgate baseline/],
    [
      "a newer format version",
      `{"format": "ztgate-baseline", "version": 2, "findings": []}`,
      /bad\.json: baseline version 2 is not supported/,
    ],
    [
      "malformed entries",
      `{"format": "ztgate-baseline", "version": 1, "findings": [{"id": "x"}]}`,
      /bad\.json: baseline findings must be a list/,
    ],
  ];
  it.each(bad)("a baseline that is %s is exit 2 naming the file", async (_n, text, message) => {
    writeFileSync(join(dir, "bad.json"), text);
    const r = await ztgate(["check", "--baseline", "bad.json", reports[0]!], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("takes the reports from local.reports when none are given", async () => {
    const policy = join(dir, "ztgate.yml");
    writeFileSync(
      policy,
      `version: 1\nextends: [default]\nlocal:\n  reports: [${JSON.stringify(K_CLIENT)}]\n`,
    );
    const file = join(dir, "from-local.json");
    const r = await ztgate(["baseline", "write", file, "--policy", policy]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote .*from-local\.json: 24 findings from 1 reports \(6 block/);
    const none = await ztgate(["baseline", "write", file], { cwd: dir + "/nowhere" });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no reports given and no local.reports");
  });

  it("cannot make missing evidence pass: a policy's required layers still fail the gate", async () => {
    const policy = join(root, "fixtures/policies/evidence/ztgate.yml");
    const image = [reports[0]!];
    const file = join(dir, "evidence-baseline.json");
    expect((await ztgate(["baseline", "write", file, "--policy", policy, ...image])).code).toBe(0);
    const r = await ztgate(["check", "--policy", policy, "--baseline", file, ...image]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("ztgate: CANNOT DECIDE");
    const json = await ztgate([
      "check",
      "-o",
      "json",
      "--policy",
      policy,
      "--baseline",
      file,
      ...image,
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({ outcome: "fail", baseline: { new: 0 } });
  });

  it("a missing baseline is exit 2 naming the file", async () => {
    const r = await ztgate(["check", "--baseline", "nope.json", reports[0]!], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.json: baseline does not exist");
  });
});

describe("a baseline with a key written twice", () => {
  // JSON.parse keeps the last "findings"; another reader would keep the first: refused.
  it("is refused naming the file, the key and its line", () => {
    const text = '{"format": "ztgate-baseline", "version": 1,\n"findings": [],\n"findings": []}';
    let caught: unknown;
    try {
      parseBaseline(text, "b.json");
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(GateError);
    const err = caught as GateError;
    expect([err.file, err.line]).toEqual(["b.json", 3]);
    expect(err.message).toMatch(/"findings" twice in one object.*baseline is refused/);
  });
});
