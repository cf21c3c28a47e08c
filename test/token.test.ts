// The token never leaks. The CLI is run as a process with a canary token in every variable a
// runner or a user sets (GITHUB_TOKEN, GH_TOKEN, INPUT_GITHUB-TOKEN), on a blocking report, a
// gitleaks report whose secret IS the canary (found secrets are redacted), and a failing
// run; every byte it wrote (stdout, stderr, every output file) is searched for the canary.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPORTERS } from "../src/reporters/index.js";
import { scratch } from "./fuzz/outcome.js";

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
