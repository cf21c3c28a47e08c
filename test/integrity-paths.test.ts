// Issue 13 (verdict integrity): every path (report files, finding locations) is resolved
// against the repository root, whatever directory ztgate runs in, so an asset claimed by
// `paths:` keeps its classification (and its block rules) from a subfolder or from outside
// the repository; a path outside the repository never matches an asset, a rule path or a
// waiver path, and is reported instead of silently dropping to the default.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, realpathSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "../src/action/run.js";
import type { ActionIO } from "../src/action/types.js";
import { repositoryPath } from "../src/policy/assets.js";
import { readConfig } from "../src/action/inputs.js";
import { chooseRoot, dirsUpTo } from "../src/io/repo-root.js";
import { ztgate } from "./helpers/cli.js";
import { cliPath, makeTestRepo, repoRoot, type TestRepo } from "./helpers/git.js";

const POLICY = `version: 1
assets:
  - name: payments
    classification: restricted
    paths: ["services/payments/**"]
default-classification: internal
rules:
  - id: block-restricted
    when: { classification: restricted }
    action: block
  - id: info-other
    when: { classification: "<=confidential" }
    action: info
waivers:
  - id: out-abs
    paths: ["**"]
    reason: a path waiver must not cover a location outside the repository
    owner: alice@example.com
    expires: 2026-12-15
  - id: in-waived
    paths: ["services/payments/**"]
    reason: a path waiver still covers a repository path
    owner: alice@example.com
    expires: 2026-12-15
`;

let repo: TestRepo;
let work: string;

/** Gitleaks entries, one per kind of location path (the rule id names the case). */
function gitleaks(root: string): string {
  const cases: [string, string][] = [
    ["in-rel", "services/payments/rel.env"],
    ["in-dot", "./services/payments/dot.env"],
    ["in-abs", `${root}/services/payments/abs.env`],
    ["in-win", "services\\payments\\win.env"],
    ["in-dotdot", "services/other/../payments/dotdot.env"],
    ["in-waived", "services/payments/waived.env"],
    ["out-parent", "../outside/parent.env"],
    ["out-escape", "services/payments/../../../escape.env"],
    ["out-abs", "/elsewhere/services/payments/abs.env"],
    ["out-drive", "C:\\build\\services\\payments\\drive.env"],
  ];
  const entries = cases.map(([rule, file], i) => ({
    RuleID: rule,
    Description: `case ${rule}`,
    File: file,
    StartLine: i + 1,
    Secret: `s${i}`,
    Match: `s${i}`,
  }));
  return JSON.stringify(entries, null, 1) + "\n";
}

beforeAll(() => {
  repo = makeTestRepo();
  work = realpathSync(repo.work);
  repo.write("ztgate.yml", POLICY);
  repo.write("reports/gitleaks.json", gitleaks(work));
  mkdirSync(join(work, "services/payments/src"), { recursive: true });
  // npm audit names no file: the report's own path puts its findings in the payments asset.
  copyFileSync(
    join(repoRoot, "fixtures/real/npm-audit/one_vuln.json"),
    join(work, "services/payments/npm-audit.json"),
  );
  repo.commit("a payments service with reports");
});
afterAll(() => repo.cleanup());

const NPM_AUDIT = "services/payments/npm-audit.json";
const GITLEAKS = "reports/gitleaks.json";

/** Every directory level: the root, subfolders, and outside the repository (--policy in). */
const LEVELS = [
  { name: "root", dir: "." },
  { name: "services", dir: "services" },
  { name: "services/payments", dir: "services/payments" },
  { name: "services/payments/src", dir: "services/payments/src" },
  { name: "outside, --policy pointing in", dir: ".." },
];

/** The cwd of a level, and the --policy it passes (only from outside the repository). */
function at(level: { dir: string }): { cwd: string; policy: string[] } {
  const cwd = join(work, level.dir);
  const inside = level.dir !== "..";
  return { cwd, policy: inside ? [] : ["--policy", relative(cwd, join(work, "ztgate.yml"))] };
}

function reportArgs(cwd: string): string[] {
  return [relative(cwd, join(work, NPM_AUDIT)), relative(cwd, join(work, GITLEAKS))];
}

interface Row {
  id: string;
  verdict: string;
  asset?: string;
  classification: string;
}

async function checkJson(cwd: string, policy: string[]) {
  const r = await ztgate(["check", ...policy, ...reportArgs(cwd), "-o", "json"], { cwd });
  return { code: r.code, stderr: r.stderr, json: r.stdout };
}

function rowsOf(json: string): Row[] {
  const evaluation = JSON.parse(json) as {
    findings: {
      finding: { id: string };
      verdict: string;
      asset?: string;
      classification: string;
    }[];
  };
  return evaluation.findings
    .map((e) => ({
      id: e.finding.id,
      verdict: e.verdict,
      asset: e.asset,
      classification: e.classification,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe("the same verdicts and assets from every directory", () => {
  it.each(LEVELS)("from $name", async (level) => {
    const { cwd, policy } = at(level);
    const r = await checkJson(cwd, policy);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const rows = rowsOf(r.json);
    const byId = new Map(rows.map((row) => [row.id, row]));
    // The npm audit findings: placed by their report's repository path.
    const audit = rows.filter((row) => !row.id.startsWith("in-") && !row.id.startsWith("out-"));
    expect(audit.length).toBeGreaterThan(0);
    for (const row of audit) {
      expect(row).toMatchObject({ verdict: "block", asset: "payments" });
    }
    for (const id of ["in-rel", "in-dot", "in-abs", "in-win", "in-dotdot"]) {
      expect(byId.get(id), id).toEqual({
        id,
        verdict: "block",
        asset: "payments",
        classification: "restricted",
      });
    }
    expect(byId.get("in-waived")).toMatchObject({ verdict: "waived", asset: "payments" });
  });

  it.each(LEVELS)(
    "from $name: a location outside the repository matches no asset and no path waiver, and is reported",
    async (level) => {
      const { cwd, policy } = at(level);
      const r = await checkJson(cwd, policy);
      const byId = new Map(rowsOf(r.json).map((row) => [row.id, row]));
      for (const id of ["out-parent", "out-escape", "out-abs", "out-drive"]) {
        expect(byId.get(id), id).toEqual({
          id,
          verdict: "info",
          asset: undefined,
          classification: "internal",
        });
      }
      const { warnings } = JSON.parse(r.json) as { warnings: string[] };
      const outside = warnings.filter((w) => w.includes("outside the repository root"));
      expect(outside).toHaveLength(1);
      expect(outside[0]).toContain("4 finding(s)");
      expect(outside[0]).toContain(work);
    },
  );
});

// Metamorphic: the JSON evaluation is the same from every level, apart from the policy path
// as it was typed (rule and waiver sources name it).
describe("metamorphic: identical JSON output from every directory level", () => {
  it("every level gives the root's output", async () => {
    const outputs = await Promise.all(
      LEVELS.map(async (level) => {
        const { cwd, policy } = at(level);
        const r = await checkJson(cwd, policy);
        const typed = policy[1] ?? join(work, "ztgate.yml");
        return r.json.split(JSON.stringify(typed).slice(1, -1)).join("<policy>");
      }),
    );
    expect(outputs[0]).toContain("<policy>");
    for (const output of outputs.slice(1)) expect(output).toBe(outputs[0]);
  });
});

describe("the built CLI from a subfolder", () => {
  it("blocks the restricted asset and names the repository root with -v", () => {
    const cwd = join(work, "services/payments");
    const r = spawnSync(process.execPath, [cliPath, "check", "-v", ...reportArgs(cwd)], {
      cwd,
      env: repo.env,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`ztgate: repository root ${work}`);
    expect(r.stdout).toMatch(/BLOCK/);
  });
});

describe("explain", () => {
  it("names the root and says a location is outside the repository", async () => {
    const cwd = join(work, "services");
    const r = await ztgate(["explain", "out-abs", ...reportArgs(cwd)], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`repository root: ${work}`);
    expect(r.stdout).toContain("/elsewhere/services/payments/abs.env is outside the repository");
    const inside = await ztgate(["explain", "in-abs", ...reportArgs(cwd)], { cwd });
    expect(inside.stdout).toContain("asset:     payments (restricted)");
  });
});

describe("repositoryPath: a path's repository form, or undefined outside the repository", () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ["src/a.ts", "/repo", "src/a.ts"],
    ["./src/a.ts", "/repo", "src/a.ts"],
    ["src\\win\\a.ts", "/repo", "src/win/a.ts"],
    ["/repo/src/a.ts", "/repo", "src/a.ts"],
    ["/repo/", "/repo", "."],
    ["src/x/../a.ts", "/repo", "src/a.ts"],
    ["../a.ts", "/repo", undefined],
    ["..", "/repo", undefined],
    ["src/../../a.ts", "/repo", undefined],
    ["/repo/../other/a.ts", "/repo", undefined],
    ["/repository-two/a.ts", "/repo", undefined],
    ["/elsewhere/a.ts", "/repo", undefined],
    ["C:/code/a.c", "/repo", undefined],
    ["C:\\code\\a.c", "/repo", undefined],
    ["\\\\server\\share\\a.c", "/repo", undefined],
    ["//server/share/a.c", "/repo", undefined],
    ["/elsewhere/a.ts", undefined, undefined],
    ["src/a.ts", undefined, "src/a.ts"],
  ];
  it.each(cases)("%s (root %s) → %s", (path, root, expected) => {
    expect(repositoryPath(path, root)).toBe(expected);
  });
});

describe("chooseRoot: the repository root rule", () => {
  const tops: Record<string, string> = {
    "/repo/ci": "/repo",
    "/repo/sub": "/repo",
    "/other": "/other",
  };
  const topLevel = (dir: string) => tops[dir];
  const cases: [string, Parameters<typeof chooseRoot>[0], string][] = [
    [
      "git top of the policy's directory",
      { cwd: "/other", policyFile: "/repo/ci/ztgate.yml" },
      "/repo",
    ],
    ["relative policy resolved from the cwd", { cwd: "/repo", policyFile: "ci/z.yml" }, "/repo"],
    ["else git top of the cwd", { cwd: "/repo/sub", policyFile: "/nogit/z.yml" }, "/repo"],
    ["else the policy's directory", { cwd: "/nogit2", policyFile: "/nogit/z.yml" }, "/nogit"],
    ["built-in policy: git top of the cwd", { cwd: "/repo/sub" }, "/repo"],
    ["built-in policy, no git: the cwd", { cwd: "/nogit" }, "/nogit"],
    [
      "the action's workspace first",
      { cwd: "/x", policyFile: "/repo/ci/z.yml", workspace: "/ws" },
      "/ws",
    ],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(chooseRoot(input, topLevel)).toBe(expected);
  });

  it("looks for the policy from the cwd up to the top level, nearest first", () => {
    expect(dirsUpTo("/repo/a/b", "/repo")).toEqual(["/repo/a/b", "/repo/a", "/repo"]);
    expect(dirsUpTo("/repo", "/repo")).toEqual(["/repo"]);
    expect(dirsUpTo("/elsewhere", "/repo")).toEqual(["/elsewhere"]);
    expect(dirsUpTo("/repo2/a", "/repo")).toEqual(["/repo2/a"]);
    expect(dirsUpTo("/repo/a", undefined)).toEqual(["/repo/a"]);
  });
});

describe("the local gate and the action use the same root", () => {
  const LOCAL = `${POLICY}local:\n  reports: ["${NPM_AUDIT}", "${GITLEAKS}"]\n`;

  it("hook run from a subfolder finds the policy and reads local.reports from the root", async () => {
    repo.write("ztgate.yml", LOCAL);
    try {
      const r = await ztgate(["hook", "run", "-o", "json"], { cwd: join(work, "services") });
      expect(r.code).toBe(1);
      expect(rowsOf(r.stdout).find((row) => row.id === "in-rel")).toMatchObject({
        verdict: "block",
        asset: "payments",
      });
    } finally {
      repo.write("ztgate.yml", POLICY);
    }
  });

  it("baseline write from a subfolder records the verdicts check gives", async () => {
    repo.write("ztgate.yml", LOCAL);
    try {
      const cwd = join(work, "services/payments/src");
      const r = await ztgate(["baseline", "write", "base.json"], { cwd });
      expect(r.stderr).toBe("");
      const written = JSON.parse(readFileSync(join(cwd, "base.json"), "utf8")) as {
        findings: { id: string; verdict: string }[];
      };
      expect(written.findings.find((f) => f.id === "in-abs")?.verdict).toBe("block");
    } finally {
      repo.write("ztgate.yml", POLICY);
    }
  });

  it("the action takes GITHUB_WORKSPACE as the root, from a step's working-directory", async () => {
    const outputs: Record<string, string> = {};
    const io: ActionIO = {
      cwd: join(work, "services/payments"),
      workspace: work,
      now: new Date("2026-11-22T00:00:00Z"),
      version: "0.0.0-test",
      job: "gate",
      setOutput: (n, v) => void (outputs[n] = v),
      print: () => undefined,
      warning: () => undefined,
      appendSummary: () => undefined,
      writeFile: () => undefined,
    };
    const inputs: Record<string, string> = {
      reports: "npm-audit.json\n../../reports/gitleaks.json",
      policy: "../../ztgate.yml",
      "job-summary": "false",
    };
    const config = readConfig((n) => inputs[n] ?? "", {});
    const result = await runAction(config, io, undefined);
    expect(result).toEqual({ status: "blocked", message: expect.any(String) });
    expect(outputs.outcome).toBe("fail");
    // The npm audit findings and the five repository-path secrets in payments block.
    expect(Number(outputs.blocked)).toBeGreaterThan(5);
  });
});

describe("a report typed through a symlink to the repository", () => {
  it("is named by its repository path and still places its findings", async () => {
    const link = join(repo.dir, "link-to-work");
    symlinkSync(work, link);
    const r = await ztgate(["check", join(link, NPM_AUDIT), join(link, GITLEAKS), "-o", "json"], {
      cwd: join(work, "services"),
    });
    const evaluation = JSON.parse(r.stdout) as { reports: { path: string }[] };
    expect(evaluation.reports.map((x) => x.path)).toEqual([NPM_AUDIT, GITLEAKS]);
    expect(r.code).toBe(1);
  });
});
