// The token never leaks. The committed dist/action.js runs as a runner runs it, against the
// local fake GitHub API, with a canary token as its github-token input; the CLI runs with the
// canary in every variable a runner or a user sets (GITHUB_TOKEN, GH_TOKEN, INPUT_GITHUB-TOKEN).
// Both read a gitleaks report whose secret IS the canary (found secrets are redacted). Every
// byte they wrote is searched for it: stdout, stderr, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, every
// output file and every request the API received (path and body; only the Authorization
// header may carry it).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPORTERS } from "../src/reporters/index.js";
import { scratch } from "./fuzz/outcome.js";
import { runActionProcess } from "./helpers/action-process.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { loadGitHubOpenApi } from "./helpers/openapi.js";

const root = join(import.meta.dirname, "..");
const CANARY = "ghp_CanaryTokenThatMustNeverAppear0123456789";
const work = scratch();
afterAll(() => work.dispose());

const env = {
  PATH: process.env.PATH ?? "",
  NO_COLOR: "1",
  GITHUB_TOKEN: CANARY,
  GH_TOKEN: CANARY,
  "INPUT_GITHUB-TOKEN": CANARY,
  INPUT_GITHUB_TOKEN: CANARY,
};

function gitleaksReport(): string {
  const path = join(work.dir, "gitleaks.json");
  const leak = {
    Description: "GitHub Personal Access Token",
    StartLine: 3,
    EndLine: 3,
    StartColumn: 9,
    EndColumn: 9 + CANARY.length,
    Match: `token: ${CANARY}`,
    Secret: CANARY,
    File: "config/ci.yml",
    Commit: "74d53286c550630f80847d37f68aa3065554ac81",
    Entropy: 4.5,
    Author: "a",
    Email: "a@example.com",
    Date: "2026-11-20T10:00:00Z",
    Message: "add config",
    Tags: [],
    RuleID: "github-pat",
  };
  writeFileSync(path, JSON.stringify([leak]));
  return path;
}

function runCli(args: string[]) {
  return spawnSync(process.execPath, [join(root, "dist/cli.js"), ...args], {
    cwd: work.dir,
    env,
    encoding: "utf8",
  });
}

describe("the canary token appears in nothing ztgate writes", () => {
  const outDir = join(work.dir, "out");
  const outputs = REPORTERS.flatMap((r) => ["-o", `${r.id}=${join(outDir, `report.${r.id}`)}`]);
  const runs: [string, string[], number][] = [
    [
      "a blocked run with every output format",
      [
        "check",
        "-v",
        join(root, "fixtures/demo/payments-image.trivy.json"),
        gitleaksReport(),
        ...outputs,
        "-o",
        "console",
      ],
      1,
    ],
    ["a run that cannot decide", ["check", join(work.dir, "missing.json")], 2],
    ["parse output", ["parse", gitleaksReport(), "-o", "json"], 0],
  ];
  it.each(runs)("%s", (_name, args, code) => {
    const r = runCli(args);
    expect(r.status).toBe(code);
    const written = code === 1 ? readdirSync(outDir).map((f) => join(outDir, f)) : [];
    if (code === 1) expect(written).toHaveLength(REPORTERS.length);
    for (const text of [r.stdout, r.stderr, ...written.map((f) => readFileSync(f, "utf8"))]) {
      expect(text).not.toContain(CANARY);
    }
    if (code === 1) expect(r.stdout).toContain("github-pat");
  });
});

describe("the canary token appears in nothing the action writes or sends", () => {
  // A failed step is exit 1 either way; the outcome output says which.
  const runs: [string, string, "fail" | "error"][] = [
    [
      "a blocked pull request: comment, check run, annotations, summary, SARIF, JSON",
      "reports/*.json",
      "fail",
    ],
    ["a run that cannot decide", "reports/missing-*.json", "error"],
  ];
  it.each(runs)("%s", async (_name, reports, outcome) => {
    const workspace = join(work.dir, `action-${outcome}`);
    mkdirSync(join(workspace, "reports"), { recursive: true });
    writeFileSync(
      join(workspace, "reports/image.json"),
      readFileSync(join(root, "fixtures/demo/payments-image.trivy.json")),
    );
    writeFileSync(join(workspace, "reports/gitleaks.json"), readFileSync(gitleaksReport()));
    // GitHub's own alerts are read with the token too: a secret-scanning alert whose secret
    // is the canary (asked with hide_secret; redacted were it sent), code scanning not found.
    const secrets = JSON.parse(
      readFileSync(
        join(
          root,
          "fixtures/real/github-alerts/secret-scanning__github_secrets_detection_report_many_vul.json",
        ),
        "utf8",
      ),
    ) as object[];
    const gh = new FakeGitHub(loadGitHubOpenApi(), {
      token: CANARY,
      changedFiles: ["config/ci.yml"],
      alerts: {
        "secret-scanning/list-alerts-for-repo": secrets.map((a) => ({ ...a, secret: CANARY })),
      },
    });
    const apiUrl = await gh.start();
    try {
      const run = await runActionProcess({
        workspace,
        apiUrl,
        eventName: "pull_request",
        inputs: {
          reports: `${reports}`,
          comment: "always",
          annotations: "true",
          "check-run": "true",
          "job-summary": "true",
          "sarif-file": "out/ztgate.sarif",
          "json-file": "out/evaluation.json",
          "github-token": CANARY,
          "github-alerts": "secret-scanning,code-scanning",
        },
      });
      expect(run.code).toBe(1);
      expect(run.outputs.outcome).toBe(outcome);
      expect(gh.problems).toEqual([]);
      const outDir = join(workspace, "out");
      const blocked = outcome === "fail";
      const files = blocked
        ? readdirSync(outDir).map((f) => readFileSync(join(outDir, f), "utf8"))
        : [];
      if (blocked) {
        expect(files).toHaveLength(2);
        expect(gh.requests.map((r) => r.operationId)).toEqual(
          expect.arrayContaining(["issues/create-comment", "checks/create"]),
        );
        expect(run.summary).toContain("github-pat");
      }
      const sent = gh.requests.flatMap((r) => [r.path, JSON.stringify(r.body ?? "")]);
      for (const text of [run.stdout, run.stderr, run.outputText, run.summary, ...files, ...sent]) {
        expect(text).not.toContain(CANARY);
      }
    } finally {
      await gh.close();
    }
  });
});
