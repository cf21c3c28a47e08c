// Trusted policy (issue 15): the policy at a commit decides (`check --policy-from REF`, the
// action's base commit in a pull request), every file it extends is read at the same commit,
// the working tree's policy is only shown beside it with what it changes, and a directory
// holding both ztgate.yml and .ztgate.yml is exit 2 naming both, on disk and at a ref.
import { copyFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { targetFromEvent } from "../src/action/event-target.js";
import type { ReadFileAt } from "../src/action/policy-contents.js";
import { choosePolicy } from "../src/action/trusted-policy.js";
import { loadPolicyWith } from "../src/policy/load.js";
import { policyDiff } from "../src/policy/policy-diff.js";
import { ztgate } from "./helpers/cli.js";
import { makeTestRepo, repoRoot, type TestRepo } from "./helpers/git.js";

/** Two blocking findings under the default pack (CVE-2019-12900 libbz2, CVE-2020-28196 krb5-libs). */
const REPORT = join(repoRoot, "fixtures/demo/payments-image.trivy.json");

const BASE = `version: 1
extends: [./packs/base.yml]
settings:
  fail-on: block
`;
const PACK = `version: 1
rules:
  - id: block-fixable-high
    when: { severity: ">=high", fixable: true }
    action: block
`;
/** Every way a change could let itself pass: weaker rule, a waiver, fail-on never. */
const WEAKENED = `version: 1
extends: [./packs/base.yml]
rules:
  - id: block-fixable-high
    when: { severity: ">=critical", fixable: true }
    action: warn
waivers:
  - { id: CVE-2020-28196, package: krb5-libs, reason: later, owner: mallory@example.com, expires: 2026-12-31 }
settings:
  fail-on: never
`;

let repo: TestRepo;
beforeEach(() => {
  repo = makeTestRepo();
  repo.write("ztgate.yml", BASE);
  repo.write("packs/base.yml", PACK);
  copyFileSync(REPORT, join(repo.work, "image.json"));
  repo.commit("base policy");
});
afterEach(() => repo.cleanup());

const check = (...args: string[]) => ztgate(["check", "image.json", ...args], { cwd: repo.work });

describe("check --policy-from REF", () => {
  it("the policy at REF decides; the working tree's weakening is listed, not applied", async () => {
    repo.write("ztgate.yml", WEAKENED);
    const plain = await check("-q");
    expect(plain.code).toBe(0); // the weakened policy alone would pass
    const r = await check("--policy-from", "HEAD");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const sha = repo.git("rev-parse", "HEAD").output.trim().slice(0, 12);
    expect(r.stdout).toContain(
      `with the working tree's policy: PASS WITH WARNINGS; with the policy at HEAD (${sha}): BLOCKED`,
    );
    for (const line of [
      '  rule "block-fixable-high" weakened: "block → warn"',
      '  rule "block-fixable-high" changed: ',
      '  waiver "CVE-2020-28196" added: "package krb5-libs, owner mallory@example.com, no approver, expires 2026-12-31"',
      '  setting "fail-on" weakened: "block → never"',
    ]) {
      expect(r.stdout).toContain(line);
    }
    expect(r.stdout).toMatch(/ztgate: BLOCKED .*policy \S*ztgate\.yml at HEAD \(/);
  });

  it("reads every file the policy extends at REF: weakening only the pack changes nothing", async () => {
    repo.write("packs/base.yml", PACK.replace("action: block", "action: ignore"));
    const r = await check("--policy-from", "HEAD", "-o", "markdown");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("### Policy changed (1 change)");
    expect(r.stdout).toContain("- rule `block-fixable-high` weakened: `block → ignore`");
    expect(r.stdout).toMatch(
      /\*\*with the working tree's policy: PASS; with the policy at HEAD \([0-9a-f]{12}\): BLOCKED\.\*\*/,
    );
  });

  it("an unchanged policy adds no section and decides as usual", async () => {
    const r = await check("--policy-from", "HEAD");
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("POLICY CHANGED");
  });

  it("a base without a policy file is gated by the built-in default, not by the added file", async () => {
    repo.git("rm", "-q", "ztgate.yml");
    repo.commit("no policy");
    repo.write("ztgate.yml", WEAKENED);
    const r = await check("--policy-from", "HEAD");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/policy built-in:default at HEAD/);
    expect(r.stdout).toContain("POLICY CHANGED");
  });

  it("a --policy path is read at REF too", async () => {
    repo.write("config/gate.yml", BASE.replace("./packs", "../packs"));
    repo.commit("moved");
    repo.write("config/gate.yml", WEAKENED.replace("./packs", "../packs"));
    const r = await check("--policy", "config/gate.yml", "--policy-from", "HEAD");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('setting "fail-on" weakened');
  });

  it.each([
    {
      name: "a ref git does not know",
      setup: () => {},
      ref: "no-such-branch",
      error: /--policy-from no-such-branch: not a commit in this repository/,
    },
    {
      name: "an option-looking ref",
      setup: () => {},
      ref: "=--output=x",
      error: /--policy-from --output=x: not a commit/,
    },
    {
      name: "a symbolic link at the policy's path at REF",
      setup: () => {
        rmSync(join(repo.work, "ztgate.yml"));
        symlinkSync("packs/base.yml", join(repo.work, "ztgate.yml"));
        repo.commit("link");
      },
      ref: "HEAD",
      error:
        /ztgate\.yml: the policy at HEAD \([0-9a-f]{12}\): is a symbolic link: .*never followed/,
    },
    {
      name: "an extends that leaves the repository",
      setup: () => {
        repo.write("ztgate.yml", "version: 1\nextends: [../../outside.yml]\n");
        repo.commit("outside");
      },
      ref: "HEAD",
      error: /outside\.yml: the policy at HEAD \([0-9a-f]{12}\): is outside the repository /,
    },
    {
      name: "an extends missing at REF (present in the working tree)",
      setup: () => {
        repo.write("ztgate.yml", "version: 1\nextends: [./packs/new.yml]\n");
        repo.commit("new pack not committed");
        repo.write("packs/new.yml", PACK);
      },
      ref: "HEAD",
      error:
        /the policy at HEAD \([0-9a-f]{12}\): extends "\.\/packs\/new\.yml", which does not exist/,
    },
    {
      name: "both policy files at REF",
      setup: () => {
        repo.write(".ztgate.yml", BASE);
        repo.commit("second file");
        rmSync(join(repo.work, ".ztgate.yml"));
      },
      ref: "HEAD",
      error: /both .*ztgate\.yml and .*\.ztgate\.yml exist at HEAD/,
    },
  ])("$name is exit 2", async ({ setup, ref, error }) => {
    setup();
    const r = await check(ref.startsWith("=") ? `--policy-from${ref}` : `--policy-from=${ref}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(error);
  });
});

describe("both ztgate.yml and .ztgate.yml", () => {
  it.each([
    { name: "in the working directory", dir: "." },
    { name: "in a parent up to the git top level", dir: "sub" },
  ])("$name: exit 2 naming both", async ({ dir }) => {
    repo.write(".ztgate.yml", "version: 1\nsettings: { fail-on: never }\n");
    repo.write("sub/.keep", "");
    const r = await ztgate(["check", join(repo.work, "image.json")], {
      cwd: join(repo.work, dir),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `both ${join(repo.work, "ztgate.yml")} and ${join(repo.work, ".ztgate.yml")} exist: keep one`,
    );
  });
});

describe("policyDiff", () => {
  const load = (text: string) => loadPolicyWith("/p/ztgate.yml", () => text);
  const diff = async (a: string, b: string) =>
    policyDiff(await load(a), await load(b)).map(
      (c) => `${c.area} ${c.subject} ${c.kind}: ${c.detail}`,
    );
  const waiver = (expires: string, extra = "") =>
    `version: 1\nwaivers:\n  - { id: CVE-1, package: p, reason: not yet, owner: o, expires: ${expires}${extra} }\n`;

  it.each([
    {
      name: "same text",
      a: BASE.replace(/extends.*\n/, ""),
      b: BASE.replace(/extends.*\n/, ""),
      want: [],
    },
    {
      name: "rule removed",
      a: PACK,
      b: "version: 1\n",
      want: ["rule block-fixable-high removed: was block"],
    },
    {
      name: "rule added",
      a: "version: 1\n",
      b: PACK,
      want: ['rule block-fixable-high added: block when {"fixable":true,"severity":">=high"}'],
    },
    {
      name: "deadline loosened: removed and added",
      a: "version: 1\ndeadlines: [{ severity: high, days: 30 }]\n",
      b: "version: 1\ndeadlines: [{ severity: high, days: 60 }]\n",
      want: [
        'deadline high: 30 days removed: {"action":"block","days":30,"label":"high: 30 days","severities":["high"]}',
        'deadline high: 60 days added: {"action":"block","days":60,"label":"high: 60 days","severities":["high"]}',
      ],
    },
    {
      name: "budget raised",
      a: "version: 1\nbudgets: [{ id: all, max: { high: 0 } }]\n",
      b: "version: 1\nbudgets: [{ id: all, max: { high: 5 } }]\n",
      want: [
        'budget all changed: {"action":"block","id":"all","max":{"high":0},"scopeLabel":"all findings"} → {"action":"block","id":"all","max":{"high":5},"scopeLabel":"all findings"}',
      ],
    },
    {
      name: "waiver extended",
      a: waiver("2026-12-01"),
      b: waiver("2027-01-01"),
      want: ["waiver CVE-1 extended: expires 2026-12-01 → 2027-01-01"],
    },
    {
      name: "waiver given an approver",
      a: waiver("2026-12-01"),
      b: waiver("2026-12-01", ", approved-by: bob"),
      want: ["waiver CVE-1 changed: package p, owner o, approved by bob, expires 2026-12-01"],
    },
    {
      name: "waiver widened (package dropped): removed and added",
      a: waiver("2026-12-01"),
      b: waiver("2026-12-01").replace("package: p, ", ""),
      want: [
        "waiver CVE-1 added: owner o, no approver, expires 2026-12-01",
        "waiver CVE-1 removed: package p, owner o, no approver, expires 2026-12-01",
      ],
    },
    {
      name: "a required layer dropped",
      a: "version: 1\nrequire: { layers: [image, iac] }\n",
      b: "version: 1\nrequire: { layers: [image] }\n",
      want: ['require layers weakened: ["image","iac"] → ["image"]'],
    },
    {
      name: "max-report-age removed",
      a: "version: 1\nrequire: { max-report-age: 7d }\n",
      b: "version: 1\n",
      want: ["require max-report-age weakened: 7d → (unset)"],
    },
    {
      name: "settings compared key by key",
      a: "version: 1\nsettings: { unknown-severity: high, max-waiver-days: 90 }\n",
      b: "version: 1\nsettings: { unknown-severity: low }\n",
      want: [
        "setting max-waiver-days changed: 90 → (unset)",
        "setting unknown-severity changed: high → low",
      ],
    },
    {
      name: "asset classification lowered",
      a: "version: 1\nassets: [{ name: pay, classification: restricted, paths: ['pay/**'] }]\n",
      b: "version: 1\nassets: [{ name: pay, classification: public, paths: ['pay/**'] }]\n",
      want: [
        'asset pay changed: {"classification":"restricted","name":"pay","paths":["pay/**"]} → {"classification":"public","name":"pay","paths":["pay/**"]}',
      ],
    },
    {
      name: "default classification",
      a: "version: 1\ndefault-classification: internal\n",
      b: "version: 1\ndefault-classification: public\n",
      want: ["setting default-classification changed: internal → public"],
    },
  ])("$name", async ({ a, b, want }) => {
    expect(await diff(a, b)).toEqual(want);
  });

  it("a difference no line explains is still a change (a field added later cannot hide)", async () => {
    const base = await load("version: 1\n");
    const cyclic: Record<string, unknown> = { weaker: true };
    cyclic.self = cyclic; // compiled objects may point back: the comparison must still end
    const head = { ...(await load("version: 1\n")), newField: cyclic };
    expect(policyDiff(base, head)).toEqual([
      { area: "policy", kind: "changed", subject: "policy", detail: "changed" },
    ]);
  });
});

describe("the action's base policy (choosePolicy)", () => {
  const head = (sha: string | undefined) => ({ sha, ref: "main", change: "this PR" });
  const choose = (sha: string | undefined, readFileAt?: ReadFileAt) =>
    choosePolicy(
      { policy: undefined, policySource: "base" },
      {
        cwd: repo.work,
        root: repo.work,
        policyPath: join(repo.work, "ztgate.yml"),
        base: head(sha),
      },
      readFileAt,
    );

  it("reads the base commit from git when the checkout has it, and labels both sides", async () => {
    const sha = repo.git("rev-parse", "HEAD").output.trim();
    repo.write("ztgate.yml", WEAKENED);
    const chosen = await choose(sha);
    expect(chosen.trusted.settings.failOn).toBe("block");
    // Named by its repository path, not the runner's absolute one (issue 16).
    expect(chosen.trusted.source).toBe(`ztgate.yml at main (${sha.slice(0, 12)})`);
    expect(chosen.proposed?.labels).toEqual({
      deciding: "the base policy",
      proposed: "this PR's policy",
    });
    expect(chosen.proposed?.policy.settings.failOn).toBe("never");
  });

  it("a base commit the checkout lacks is read through the contents API, else exit 2", async () => {
    const absent = "f".repeat(40);
    await expect(choose(absent)).rejects.toThrow(
      `the base commit ${absent} is not in the checkout (a shallow clone: fetch-depth: 0 fetches it) and there is no github-token`,
    );
    const asked: string[] = [];
    const chosen = await choose(absent, async (path, ref) => {
      asked.push(`${ref}:${path}`);
      return path === ".ztgate.yml"
        ? { kind: "file", text: "version: 1\nsettings: { fail-on: warn }\n" }
        : undefined;
    });
    expect(asked).toEqual([`${absent}:ztgate.yml`, `${absent}:.ztgate.yml`]);
    expect(chosen.trusted.settings.failOn).toBe("warn");
    await expect(
      choose(absent, async (path) => (path === "ztgate.yml" ? { kind: "symlink" } : undefined)),
    ).rejects.toThrow("is a symbolic link: a policy is read as a file, never followed");
  });

  it("a built-in pack needs no base commit", async () => {
    const chosen = await choosePolicy(
      { policy: "built-in:zero-trust", policySource: "base" },
      { cwd: repo.work, root: repo.work, policyPath: "built-in:zero-trust", base: head(undefined) },
      undefined,
    );
    expect(chosen.trusted.source).toBe("built-in:zero-trust");
  });

  it.each([undefined, "main", "e5bd3914"])(
    "a base sha of %j is exit 2 (never the PR's policy)",
    async (sha) => {
      await expect(choose(sha)).rejects.toThrow(
        /the event names no base commit .*policy-source: head/,
      );
    },
  );

  it("finds the base in pull_request, pull_request_target and merge_group payloads", () => {
    const env = { GITHUB_REPOSITORY: "acme/payments", GITHUB_SHA: "0".repeat(40) };
    const pr = {
      pull_request: {
        number: 1,
        head: { sha: "1".repeat(40) },
        base: { sha: "2".repeat(40), ref: "main" },
      },
    };
    for (const name of ["pull_request", "pull_request_target"]) {
      expect(targetFromEvent(name, pr, env).base).toEqual({
        sha: "2".repeat(40),
        ref: "main",
        change: "this PR",
      });
    }
    const mg = {
      merge_group: {
        head_sha: "3".repeat(40),
        base_sha: "4".repeat(40),
        base_ref: "refs/heads/main",
      },
    };
    expect(targetFromEvent("merge_group", mg, env).base).toEqual({
      sha: "4".repeat(40),
      ref: "main",
      change: "this merge group",
    });
    expect(targetFromEvent("push", {}, env).base).toBeUndefined();
  });
});
