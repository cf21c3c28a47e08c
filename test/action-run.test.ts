// runAction in-process with a fake GitHub: the comment modes, failed deliveries that never
// change the verdict, and events without a pull request.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../src/action/run.js";
import { commentMarker } from "../src/action/messages.js";
import type { ActionIO, GitHubPort } from "../src/action/types.js";
import { readConfig, type InputName } from "../src/action/inputs.js";
import { evaluateFixtures, NOW, ROOT } from "./helpers/evaluations.js";

const BLOCKED = join(ROOT, "fixtures/demo/payments-image.trivy.json");
const CLEAN = join(ROOT, "fixtures/demo/clean-image.trivy.json");

function fakeIO() {
  const outputs: Record<string, string> = {};
  const warnings: string[] = [];
  let stdout = "";
  let summary = "";
  const io: ActionIO = {
    cwd: ROOT,
    now: NOW,
    version: "0.0.0-test",
    job: "gate",
    setOutput: (n, v) => void (outputs[n] = v),
    print: (t) => void (stdout += t),
    warning: (m) => void warnings.push(m),
    appendSummary: (m) => void (summary += m),
    writeFile: () => {
      throw new Error("EACCES: permission denied");
    },
  };
  return { io, outputs, warnings, stdout: () => stdout, summary: () => summary };
}

function fakeGitHub(options: { pr?: boolean; fail?: unknown } = {}) {
  const calls: string[] = [];
  const act = <T>(name: string, value: T) => {
    calls.push(name);
    if (options.fail) return Promise.reject(options.fail);
    return Promise.resolve(value);
  };
  const port: GitHubPort = {
    hasPullRequest: () => options.pr ?? true,
    changedFiles: () => act("changedFiles", new Set<string>()),
    upsertComment: (marker, body) => {
      expect(body.startsWith(marker)).toBe(true);
      return act("upsertComment", "https://github.com/c/1");
    },
    deleteComment: () => act("deleteComment", true),
    createCheckRun: (run) => act(`createCheckRun:${run.conclusion}`, "https://github.com/r/1"),
  };
  return { port, calls };
}

const config = (inputs: Partial<Record<InputName, string>>) =>
  readConfig((n) => inputs[n] ?? "", {});

describe("runAction", () => {
  it.each([
    ["always", BLOCKED, "upsertComment"],
    ["always", CLEAN, "upsertComment"],
    ["on-failure", BLOCKED, "upsertComment"],
    ["on-failure", CLEAN, "deleteComment"],
    ["never", BLOCKED, undefined],
  ])("comment: %s on %s", async (comment, report, call) => {
    const { io } = fakeIO();
    const gh = fakeGitHub();
    await runAction(config({ reports: report, comment }), io, gh.port);
    expect(gh.calls.filter((c) => c.endsWith("Comment"))).toEqual(call ? [call] : []);
  });

  it("comments nothing without a pull request (push, merge_group, workflow_dispatch)", async () => {
    const gh = fakeGitHub({ pr: false });
    await runAction(config({ reports: BLOCKED }), fakeIO().io, gh.port);
    expect(gh.calls).not.toContain("upsertComment");
  });

  it.each([
    [BLOCKED, "createCheckRun:failure"],
    [CLEAN, "createCheckRun:success"],
    [join(ROOT, "fixtures/real/trivy/legacy_many_vulns.json"), "createCheckRun:neutral"],
  ])("check run conclusion for %s", async (report, call) => {
    const gh = fakeGitHub();
    await runAction(config({ reports: report, "check-run": "true" }), fakeIO().io, gh.port);
    expect(gh.calls).toContain(call);
  });

  it.each([
    ["a 403", Object.assign(new Error("Resource not accessible by integration"), { status: 403 })],
    ["a 500", Object.assign(new Error("Server Error"), { status: 500 })],
    ["a network error", new Error("getaddrinfo ENOTFOUND api.github.com")],
  ])("keeps the verdict when delivery fails with %s", async (_what, fail) => {
    for (const report of [BLOCKED, CLEAN]) {
      const quiet = await runAction(config({ reports: report }), fakeIO().io, undefined);
      const f = fakeIO();
      const result = await runAction(
        config({ reports: report, "check-run": "true", "sarif-file": "x.sarif" }),
        f.io,
        fakeGitHub({ fail }).port,
      );
      expect(result).toEqual(quiet);
      expect(f.warnings.map((w) => w.split(" failed:")[0])).toEqual([
        "Writing x.sarif",
        "Listing the changed files",
        "The pull request comment",
        "The check run",
      ]);
      expect(f.summary()).toContain("The check run failed");
    }
  });

  it("fails on warnings when fail-on is warn, with its own reason", async () => {
    const report = join(ROOT, "fixtures/real/trivy/legacy_many_vulns.json");
    const result = await runAction(
      config({ reports: report, "fail-on": "warn" }),
      fakeIO().io,
      undefined,
    );
    expect(result).toEqual({
      status: "blocked",
      message: expect.stringMatching(
        /^ztgate failed this change: \d+ warnings and fail-on is warn$/,
      ),
    });
  });

  it("cannot decide on a bad policy, and says so on one line", async () => {
    const f = fakeIO();
    const result = await runAction(
      config({ reports: BLOCKED, policy: join(ROOT, "missing-policy.yml") }),
      f.io,
      undefined,
    );
    expect(result).toEqual({
      status: "undecided",
      message: expect.stringMatching(
        /^ztgate could not decide: .*missing-policy\.yml: policy does not exist$/,
      ),
    });
    expect(f.outputs.outcome).toBe("error");
  });

  it("cannot decide on missing evidence: reports it all, comments even with on-failure", async () => {
    const f = fakeIO();
    const gh = fakeGitHub();
    const policy = join(ROOT, "fixtures/policies/evidence/ztgate.yml");
    const result = await runAction(
      config({ reports: BLOCKED, policy, comment: "on-failure", "check-run": "true" }),
      f.io,
      gh.port,
    );
    expect(result).toEqual({
      status: "undecided",
      message: expect.stringMatching(/^ztgate could not decide: .*\biac\b/),
    });
    expect(f.outputs.outcome).toBe("error");
    expect(gh.calls).toEqual(expect.arrayContaining(["upsertComment", "createCheckRun:failure"]));
    expect(f.summary()).toContain("## ⛔ ztgate: could not decide (missing or stale evidence)");
    expect(f.summary()).toContain("### Blocking findings");
  });

  it("a baseline of the same findings shows them as existing, and they no longer block", async () => {
    const { makeBaseline, serialiseBaseline } = await import("../src/gate/baseline.js");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "ztgate-bl-")), "baseline.json");
    writeFileSync(
      file,
      serialiseBaseline(makeBaseline(evaluateFixtures("demo/payments-image.trivy.json"), NOW)),
    );
    const f = fakeIO();
    const blocked = await runAction(config({ reports: BLOCKED }), fakeIO().io, undefined);
    expect(blocked.status).toBe("blocked");
    const result = await runAction(config({ reports: BLOCKED, baseline: file }), f.io, undefined);
    expect(result).toEqual({ status: "pass" });
    expect(f.summary()).toContain("existing (shown, not deciding)");
    expect(f.warnings).toEqual([]);
  });

  it("keeps one sticky comment per job", () => {
    expect(commentMarker("gate")).toBe("<!-- ztgate:sticky job=gate -->");
    expect(commentMarker("a b-->")).toBe("<!-- ztgate:sticky job=a%20b--%3E -->");
  });
});

describe("runAction with a baseline", () => {
  it("blocks only on findings the baseline does not record, and names the new one", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { makeBaseline, serialiseBaseline } = await import("../src/gate/baseline.js");
    const { loadPolicy } = await import("../src/io/policy-file.js");
    const { runCheck } = await import("../src/run.js");
    const base = runCheck({
      reports: [{ path: CLEAN }],
      policy: await loadPolicy(undefined),
      now: NOW,
    });
    const file = join(mkdtempSync(join(tmpdir(), "ztgate-action-")), "baseline.json");
    writeFileSync(file, serialiseBaseline(makeBaseline(base.evaluation, NOW)));
    const blocked = await runAction(
      config({ reports: BLOCKED, baseline: file }),
      fakeIO().io,
      undefined,
    );
    expect(blocked).toMatchObject({ status: "blocked" });
    expect(blocked.status === "blocked" && blocked.message).toContain(
      "2 new blocking findings (first: critical CVE-2019-12900",
    );

    const now = runCheck({
      reports: [{ path: BLOCKED }],
      policy: await loadPolicy(undefined),
      now: NOW,
    });
    writeFileSync(file, serialiseBaseline(makeBaseline(now.evaluation, NOW)));
    const f = fakeIO();
    expect(await runAction(config({ reports: BLOCKED, baseline: file }), f.io, undefined)).toEqual({
      status: "pass",
    });
    expect(f.warnings).toEqual([]);
  });

  it("cannot decide on a corrupt baseline, naming the file", async () => {
    const f = fakeIO();
    const result = await runAction(
      config({ reports: BLOCKED, baseline: "package.json" }),
      f.io,
      undefined,
    );
    expect(result).toMatchObject({ status: "undecided" });
    expect(f.outputs.error).toMatch(/package\.json: not a ztgate baseline/);
  });
});

describe("runAction with the kev input and openvex-file", () => {
  it("a KEV-listed CVE the scanner did not flag blocks; the OpenVEX file is written", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const policy = join(mkdtempSync(join(tmpdir(), "ztgate-kev-")), "ztgate.yml");
    writeFileSync(
      policy,
      "version: 1\nrules:\n  - id: kev\n    when: { kev: true }\n    action: block\n" +
        "settings:\n  enrichment-max-age-days: 365\n",
    );
    const reports = join(ROOT, "fixtures/real/trivy/scheme_2_many_vulns.json");
    const kev =
      "fixtures/real/kev-epss/cisagov-kev-data__known_exploited_vulnerabilities_2025.01.24.json";
    const before = await runAction(config({ reports, policy }), fakeIO().io, undefined);
    expect(before, JSON.stringify(before)).toEqual({ status: "pass" });
    const f = fakeIO();
    const written = new Map<string, string>();
    f.io.writeFile = (file, text) => void written.set(file, text);
    const inputs = { reports, policy, kev, "openvex-file": "out.openvex.json" };
    const result = await runAction(config(inputs), f.io, undefined);
    expect(result.status).toBe("blocked");
    expect(f.summary()).toContain("CVE-2020-15999");
    expect(f.outputs["openvex-file"]).toBe("out.openvex.json");
    const doc = JSON.parse(written.get("out.openvex.json")!) as { "@context": string };
    expect(doc["@context"]).toBe("https://openvex.dev/ns/v0.2.0");
  });
});

describe("runAction with github-alerts", () => {
  it("without a token or repository to read them with, it cannot decide (never zero alerts)", async () => {
    const { io, outputs } = fakeIO();
    const result = await runAction(config({ "github-alerts": "dependabot" }), io, undefined);
    expect(result).toEqual({
      status: "undecided",
      message:
        'ztgate could not decide: input "github-alerts" needs github-token and GITHUB_REPOSITORY',
    });
    expect(outputs.outcome).toBe("error");
  });

  it("alerts read through the port are evidence beside the report files", async () => {
    const { io, outputs, summary } = fakeIO();
    const asked: string[][] = [];
    io.readAlerts = (kinds) => {
      asked.push([...kinds]);
      return Promise.resolve([
        {
          kind: "secret-scanning",
          read: "the default branch",
          problem: "missing permission (403)",
        },
      ]);
    };
    const result = await runAction(
      config({ reports: CLEAN, "github-alerts": "secret-scanning" }),
      io,
      undefined,
    );
    expect(asked).toEqual([["secret-scanning"]]);
    expect(result).toEqual({ status: "pass" });
    expect(outputs.outcome).toBe("pass");
    expect(summary()).toContain("github:secret-scanning was not read: missing permission (403)");
  });
});

describe("runAction with budgets", () => {
  it("names the exceeded budget when it, and no finding, blocks the change", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-action-budget-"));
    const policy = join(dir, "ztgate.yml");
    // legacy_many_vulns: 19 high findings, which warn under the default pack.
    writeFileSync(
      policy,
      "version: 1\nextends: [default]\nbudgets:\n  - { id: all, max: { high: 18 } }\n",
    );
    const { io } = fakeIO();
    const report = join(ROOT, "fixtures/real/trivy/legacy_many_vulns.json");
    const result = await runAction(
      config({ reports: report, policy, comment: "never" }),
      io,
      fakeGitHub({ pr: false }).port,
    );
    expect(result).toEqual({
      status: "blocked",
      message: "ztgate blocked this change: budget all (all findings) exceeded: 19 high (max 18)",
    });
    rmSync(dir, { recursive: true, force: true });
  });
});
