// Issue 16: what the action shows lands where a reviewer reads it. The annotation budget keeps
// ztgate's own lines, notes stay separate quotes, matrix legs keep their own comment and
// check run, warn-only annotates as warnings, comment-content carries the comment, the check
// run says how many annotations it got, and the policy is named by its repository path.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig, matrixValues, type InputName } from "../src/action/inputs.js";
import { runAction } from "../src/action/run.js";
import { commentMarker, runKey } from "../src/action/messages.js";
import type { ActionIO, CheckRunInput, GitHubPort } from "../src/action/types.js";
import { renderUndecidedMarkdown } from "../src/reporters/markdown.js";
import { NOW, ROOT } from "./helpers/evaluations.js";

const BLOCKED = join(ROOT, "fixtures/demo/payments-image.trivy.json");

/** A Trivy fs report (schema of fixtures/demo/*.trivy.json) with `n` fixable critical CVEs. */
function manyBlocking(n: number, target = "/github/workspace/app/package-lock.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-outputs-"));
  const file = join(dir, "trivy.json");
  const vulns = Array.from({ length: n }, (_, i) => ({
    VulnerabilityID: `CVE-2026-${20000 + i}`,
    PkgName: `pkg-${i}`,
    InstalledVersion: "1.0.0",
    FixedVersion: "1.0.1",
    Severity: "CRITICAL",
    Title: `built vulnerability ${i}`,
  }));
  const report = {
    SchemaVersion: 2,
    ArtifactName: ".",
    ArtifactType: "filesystem",
    Results: [{ Target: target, Class: "lang-pkgs", Type: "npm", Vulnerabilities: vulns }],
  };
  writeFileSync(file, JSON.stringify(report));
  return file;
}

function fakeIO(extra: Partial<ActionIO> = {}) {
  const outputs: Record<string, string> = {};
  const warnings: string[] = [];
  let stdout = "";
  let summary = "";
  const io: ActionIO = {
    cwd: ROOT,
    workspace: ROOT,
    now: NOW,
    version: "0.0.0-test",
    job: "gate",
    setOutput: (n, v) => void (outputs[n] = v),
    print: (t) => void (stdout += t),
    warning: (m) => void warnings.push(m),
    appendSummary: (m) => void (summary += m),
    writeFile: () => undefined,
    ...extra,
  };
  return { io, outputs, warnings, stdout: () => stdout, summary: () => summary };
}

function fakeGitHub(fail?: { status: number; message: string }) {
  const comments: { marker: string; body: string }[] = [];
  const runs: CheckRunInput[] = [];
  const maybe = <T>(value: T) =>
    fail ? Promise.reject(Object.assign(new Error(fail.message), fail)) : Promise.resolve(value);
  const port: GitHubPort = {
    hasPullRequest: () => true,
    changedFiles: () => Promise.resolve(new Set<string>()),
    upsertComment: (marker, body) => {
      comments.push({ marker, body });
      return maybe("https://github.com/o/r/pull/1#issuecomment-1");
    },
    deleteComment: () => maybe(true),
    createCheckRun: (run) => {
      runs.push(run);
      return maybe("https://github.com/o/r/runs/1");
    },
  };
  return { port, comments, runs };
}

const config = (inputs: Partial<Record<InputName, string>>) =>
  readConfig((n) => inputs[n] ?? "", {});

const count = (text: string, level: string) =>
  text.split("\n").filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`))
    .length;

describe("the annotation budget keeps ztgate's own lines", () => {
  it.each([
    ["deliveries succeed", undefined],
    [
      "every delivery gets a 403",
      { status: 403, message: "Resource not accessible by integration" },
    ],
  ])("%s: the final error and every delivery warning fit in 10 per level", async (_case, fail) => {
    const f = fakeIO();
    const gh = fakeGitHub(fail);
    const result = await runAction(
      config({ reports: manyBlocking(25), "check-run": "true" }),
      f.io,
      gh.port,
    );
    expect(result.status).toBe("blocked");
    // The step's own lines: the final "ztgate blocked" error (action.ts out.fail) and one
    // warning per failed delivery (io.warning), after the finding annotations.
    const errors = count(f.stdout(), "error") + 1;
    const warnings = count(f.stdout(), "warning") + f.warnings.length;
    expect(errors).toBe(10);
    expect(warnings).toBeLessThanOrEqual(10);
    if (fail) expect(f.warnings.filter((w) => w.includes("403"))).toHaveLength(2);
  });

  it("a passing run keeps no error slot", async () => {
    const f = fakeIO();
    await runAction(config({ reports: manyBlocking(25), "warn-only": "true" }), f.io, undefined);
    // Warn-only: all are warnings; only the job-summary delivery is still to come.
    expect(count(f.stdout(), "warning")).toBe(9);
    expect(count(f.stdout(), "error")).toBe(0);
  });
});

describe("notes are separate quotes", () => {
  const notesOf = (md: string) => md.split("\n").filter((l) => l.includes("[!NOTE]")).length;
  const joined = (md: string) => /^> .*\n> \[!NOTE\]/m.test(md);

  it("in the comment, summary and check run of a run with several notes", async () => {
    const f = fakeIO();
    const gh = fakeGitHub({ status: 403, message: "Resource not accessible by integration" });
    await runAction(config({ reports: manyBlocking(25), "check-run": "true" }), f.io, gh.port);
    // The comment is rendered before its own delivery fails: one note fewer.
    for (const md of [f.summary(), gh.runs[0]!.summary, f.outputs["comment-content"]!]) {
      expect(notesOf(md)).toBeGreaterThanOrEqual(md === f.summary() ? 3 : 1);
      expect(joined(md)).toBe(false);
    }
  });

  it("in the report of a run that could not decide", () => {
    const md = renderUndecidedMarkdown("bad policy", { version: "t" }, { notes: ["one", "two"] });
    expect(notesOf(md)).toBe(2);
    expect(joined(md)).toBe(false);
  });

  it("never claim the job summary lists every finding", async () => {
    const f = fakeIO();
    await runAction(config({ reports: manyBlocking(25) }), f.io, undefined);
    expect(f.summary()).toMatch(/did not fit GitHub's limit/);
    expect(f.summary()).not.toMatch(/lists every finding/);
  });
});

describe("matrix legs keep their own comment and check run", () => {
  it.each([
    [{}, "gate"],
    [{ matrix: "null" }, "gate"],
    [{ matrix: "${{ toJSON(matrix) }}" }, "gate"],
    [{ matrix: '{"os":"ubuntu-latest","node":20}' }, "gate (ubuntu-latest, 20)"],
    [{ matrix: '{"os":"ubuntu-latest","node":20}', name: "payments" }, "payments"],
  ])("inputs %j → key %s", (inputs, key) => {
    expect(runKey("gate", config({ reports: "r.json", ...inputs }))).toBe(key);
  });

  it("two legs of one job write two comments and two check runs, each naming its key", async () => {
    const gh = fakeGitHub();
    for (const os of ["ubuntu-latest", "windows-latest"]) {
      const matrix = JSON.stringify({ os });
      await runAction(
        config({ reports: BLOCKED, matrix, "check-run": "true" }),
        fakeIO().io,
        gh.port,
      );
    }
    const markers = gh.comments.map((c) => c.marker);
    expect(new Set(markers).size).toBe(2);
    expect(markers[0]).toBe(commentMarker("gate (ubuntu-latest, 20)".replace(", 20", "")));
    expect(gh.runs.map((r) => r.name)).toEqual([
      "ztgate (gate (ubuntu-latest))",
      "ztgate (gate (windows-latest))",
    ]);
    expect(gh.comments[1]!.body).toContain("<sub>ztgate gate: gate (windows-latest)</sub>");
  });

  it("keys that differ only in punctuation get different markers", () => {
    expect(commentMarker("a b")).not.toBe(commentMarker("a_b"));
    expect(matrixValues('{"a":{"b":1},"c":true}')).toEqual(['{"b":1}', "true"]);
  });
});

describe("warn-only", () => {
  it.each([[{ "warn-only": "true" }], [{ "fail-on": "never" }]])(
    "%j: blocking findings are warnings, the step passes, the comment says so",
    async (inputs) => {
      const f = fakeIO();
      const gh = fakeGitHub();
      const result = await runAction(
        config({ reports: BLOCKED, "check-run": "true", ...inputs }),
        f.io,
        gh.port,
      );
      expect(result.status).toBe("pass");
      expect(count(f.stdout(), "error")).toBe(0);
      expect(f.stdout()).toMatch(/^::warning .*title=ztgate block \(warn-only\)%3A/m);
      expect(gh.comments[0]!.body).toMatch(
        /Warn-only \(fail-on: never\): \d+ findings? would block/,
      );
      expect(gh.runs[0]!.annotations.every((a) => a.annotation_level !== "failure")).toBe(true);
    },
  );

  it("refuses warn-only with a failing fail-on", () => {
    expect(() => config({ reports: "r.json", "warn-only": "true", "fail-on": "block" })).toThrow(
      /warn-only.*fail-on/,
    );
  });
});

describe("comment-content", () => {
  it("is the comment as posted", async () => {
    const f = fakeIO();
    const gh = fakeGitHub();
    await runAction(config({ reports: BLOCKED }), f.io, gh.port);
    expect(f.outputs["comment-content"]).toBe(gh.comments[0]!.body);
    expect(f.outputs["comment-content"]!.startsWith(commentMarker("gate"))).toBe(true);
  });

  it.each([
    ["comment: never", { comment: "never" }, true],
    ["no token (a fork's run)", {}, false],
  ])("is set with %s, for a workflow_run job to post", async (_case, inputs, withGitHub) => {
    const f = fakeIO();
    await runAction(
      config({ reports: BLOCKED, ...inputs }),
      f.io,
      withGitHub ? fakeGitHub().port : undefined,
    );
    expect(f.outputs["comment-content"]).toMatch(/ztgate/);
    expect(f.outputs["comment-content"]).toContain("CVE-");
  });
});

describe("the check run", () => {
  it.each([
    [
      3,
      "/github/workspace/app/package-lock.json",
      "3 annotations sent of 3 findings on a repository file.",
    ],
    [
      3,
      "/usr/lib/node_modules/x/package-lock.json",
      "0 annotations sent of 0 findings on a repository file.",
    ],
  ])("says how many annotations it got (%i findings at %s)", async (n, target, line) => {
    const gh = fakeGitHub();
    await runAction(
      config({ reports: manyBlocking(n, target), "check-run": "true" }),
      fakeIO().io,
      gh.port,
    );
    expect(gh.runs[0]!.summary).toContain(line);
    expect(gh.runs[0]!.annotations.map((a) => a.path)).toEqual(
      target.startsWith("/github") ? Array(n).fill("app/package-lock.json") : [],
    );
  });
});

describe("the policy is named by its repository path", () => {
  it("not by the runner's absolute path", async () => {
    const f = fakeIO();
    const policy = join(ROOT, "fixtures/policies/classification/ztgate.yml");
    await runAction(config({ reports: BLOCKED, policy }), f.io, undefined);
    expect(f.summary()).toContain("policy `fixtures/policies/classification/ztgate.yml`");
    expect(f.summary()).not.toContain(ROOT);
  });
});
