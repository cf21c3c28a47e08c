// The committed dist/action.js, run as a GitHub runner runs it (helpers/action-process.ts):
// INPUT_* variables, a real pull_request event payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// files, and GITHUB_API_URL pointing at a local server that validates every request against
// GitHub's OpenAPI description (helpers/fake-github.ts, helpers/openapi.ts).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runActionProcess, type Run } from "./helpers/action-process.js";
import { FakeGitHub, type FakeGitHubOptions } from "./helpers/fake-github.js";
import { ztgate } from "./helpers/cli.js";
import { loadGitHubOpenApi, type OpenApiValidator } from "./helpers/openapi.js";
import { sarifSchemaErrors } from "./helpers/sarif-schema.js";

const root = join(import.meta.dirname, "..");
const TOKEN = "ghs_e2eTestTokenThatMustNeverBePrinted0123";
const event = JSON.parse(readFileSync(join(root, "fixtures/github/pull_request.json"), "utf8")) as {
  number: number;
  pull_request: { head: { sha: string }; base: { sha: string } };
};
const REPORTS = [
  "trivy/misconfigurations_and_secrets.json",
  "trivy/trivy-golden__secrets.json",
  "trivy/legacy_many_vulns.json",
];
/** The pull request changed secret.txt: its blocking finding must be annotated first. */
const CHANGED = ["secret.txt", "src/app.ts"];

let api: OpenApiValidator;
let workspace: string;

const runAction = (apiUrl: string, inputs: Record<string, string>, eventName = "pull_request") =>
  runActionProcess({ workspace, apiUrl, inputs, eventName });

const INPUTS = {
  reports: "reports/*.json",
  comment: "always",
  annotations: "true",
  "check-run": "true",
  "job-summary": "true",
  "sarif-file": "out/ztgate.sarif",
  "json-file": "out/evaluation.json",
  "github-token": TOKEN,
};

async function withServer<T>(
  options: Partial<FakeGitHubOptions>,
  work: (gh: FakeGitHub, url: string) => Promise<T>,
) {
  const gh = new FakeGitHub(api, { token: TOKEN, changedFiles: CHANGED, ...options });
  const url = await gh.start();
  try {
    return await work(gh, url);
  } finally {
    await gh.close();
  }
}

const commands = (stdout: string, level: string) =>
  stdout.split("\n").filter((l) => l.startsWith(`::${level} file=`));

/** What the CLI decides for the same reports: the action must agree. */
async function expected() {
  const r = await ztgate([
    "check",
    ...REPORTS.map((f) => join(workspace, "reports", f.split("/")[1]!)),
    "-o",
    "json",
  ]);
  return JSON.parse(r.stdout) as {
    outcome: string;
    counts: { total: number; byVerdict: Record<"block" | "warn" | "info", number> };
  };
}

function expectNoTokenIn(run: Run) {
  for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
    expect(text).not.toContain(TOKEN);
  }
}

beforeAll(() => {
  api = loadGitHubOpenApi();
  workspace = mkdtempSync(join(tmpdir(), "ztgate-e2e-"));
  mkdirSync(join(workspace, "reports"));
  for (const f of REPORTS) {
    copyFileSync(join(root, "fixtures/real", f), join(workspace, "reports", f.split("/")[1]!));
  }
  copyFileSync(join(root, "fixtures/demo/clean-image.trivy.json"), join(workspace, "clean.json"));
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe("dist/action.js on a pull_request event", () => {
  it("blocks, annotates, comments once and updates it in place, creates a check run", async () => {
    const want = await expected();
    expect(want.outcome).toBe("fail");
    const v = want.counts.byVerdict;
    await withServer({}, async (gh, url) => {
      gh.comments.set(event.number, [
        // A person quoting the marker must not have their comment taken over.
        {
          id: 7,
          body: "LGTM, though <!-- ztgate:sticky job=security-gate --> is odd",
          user: { login: "octocat", type: "User" },
        },
      ]);
      const first = await runAction(url, INPUTS);
      expect(gh.problems).toEqual([]);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(1);
      expect(first.stdout).toMatch(
        new RegExp(
          `^::error::ztgate blocked this change: ${v.block} blocking findings \\(first: critical `,
          "m",
        ),
      );
      expect(first.outputs).toMatchObject({
        outcome: "fail",
        blocked: String(v.block),
        warned: String(v.warn),
        findings: String(want.counts.total),
        "sarif-file": "out/ztgate.sarif",
        "json-file": "out/evaluation.json",
      });

      // Annotations: 10 per level at most, less the slots kept for ztgate's own lines (the
      // final error; a warning each for the comment, check run and summary), blocking first,
      // the changed file's first.
      const errors = commands(first.stdout, "error");
      const warnings = commands(first.stdout, "warning");
      expect(errors).toHaveLength(Math.min(9, v.block));
      expect(warnings).toHaveLength(Math.min(7, v.warn));
      expect(errors[0]).toMatch(/^::error file=secret\.txt,line=1,/);
      expect(v.warn).toBeGreaterThan(10);
      expect(first.summary).toMatch(
        new RegExp(`> ${v.warn - 7} warning annotations, .* did not fit GitHub's limit`),
      );

      // Job summary: verdict, counts and the blocking findings.
      expect(first.summary).toContain("## ❌ ztgate: blocked");
      expect(first.summary).toContain("### Blocking findings");
      expect(first.summary).toContain("aws-access-key-id");

      // The sticky comment: one, by marker, with a link to the run.
      const bot = () => gh.comments.get(event.number)!.filter((c) => c.user.type === "Bot");
      expect(bot()).toHaveLength(1);
      expect(bot()[0]!.body.startsWith("<!-- ztgate:sticky job=security-gate -->")).toBe(true);
      expect(bot()[0]!.body).toContain("https://github.com/acme/payments/actions/runs/11223344");
      expect(first.outputs["comment-url"]).toBe(
        `https://github.com/acme/payments/pull/${event.number}#issuecomment-${bot()[0]!.id}`,
      );

      // The check run: on the head commit, failed, annotations in batches of 50.
      expect(gh.checkRuns).toHaveLength(1);
      const run = gh.checkRuns[0]!;
      expect(run.body).toMatchObject({
        name: "ztgate (security-gate)",
        head_sha: event.pull_request.head.sha,
        status: "completed",
        conclusion: "failure",
      });
      const batches = [run.body, ...(run.updates as Record<string, unknown>[])].map(
        (b) => (b.output as { annotations: unknown[] }).annotations.length,
      );
      expect(batches.length).toBeGreaterThan(1);
      expect(batches.slice(0, -1).every((n) => n === 50)).toBe(true);

      // The files: the SARIF is valid, the JSON is the evaluation.
      const sarif = JSON.parse(readFileSync(join(workspace, "out/ztgate.sarif"), "utf8")) as {
        runs: { results: unknown[] }[];
      };
      expect(sarifSchemaErrors(sarif)).toBe("");
      expect(sarif.runs[0]!.results).toHaveLength(want.counts.total);
      const json = JSON.parse(readFileSync(join(workspace, "out/evaluation.json"), "utf8")) as {
        outcome: string;
      };
      expect(json.outcome).toBe("fail");
      expectNoTokenIn(first);

      // Second run (a new push): the same comment is updated, no second one is posted.
      const before = bot()[0]!.id;
      gh.requests.length = 0;
      const second = await runAction(url, INPUTS);
      expect(gh.problems).toEqual([]);
      expect(second.code).toBe(1);
      expect(bot()).toHaveLength(1);
      expect(bot()[0]!.id).toBe(before);
      const ops = gh.requests.map((r) => r.operationId);
      expect(ops).toContain("issues/update-comment");
      expect(ops).not.toContain("issues/create-comment");
      expect(gh.comments.get(event.number)!.find((c) => c.id === 7)!.body).toMatch(/^LGTM/);
      expect(second.outputs["comment-url"]).toBe(first.outputs["comment-url"]);

      // The gate passes again with comment: on-failure: the failure comment is removed.
      const third = await runAction(url, {
        ...INPUTS,
        reports: "clean.json",
        comment: "on-failure",
      });
      expect(gh.problems).toEqual([]);
      expect(third.code).toBe(0);
      expect(third.outputs.outcome).toBe("pass");
      expect(bot()).toHaveLength(0);
      expect(third.stdout).not.toMatch(/^::error/m);
    });
  });

  it("with a read-only token (403 on comments and checks) still annotates, summarises and blocks", async () => {
    const want = await expected();
    await withServer(
      {
        forbidden: [
          "issues/create-comment",
          "issues/update-comment",
          "issues/delete-comment",
          "checks/create",
          "checks/update",
        ],
      },
      async (gh, url) => {
        const run = await runAction(url, INPUTS);
        expect(gh.problems).toEqual([]);
        expect(run.code).toBe(1);
        expect(run.outputs.outcome).toBe(want.outcome);
        expect(run.outputs.blocked).toBe(String(want.counts.byVerdict.block));
        expect(run.outputs["comment-url"]).toBeUndefined();
        expect(commands(run.stdout, "error")).toHaveLength(
          Math.min(9, want.counts.byVerdict.block),
        );
        // With ztgate's own lines the step stays within GitHub's 10 per level.
        expect(run.stdout.split("\n").filter((l) => l.startsWith("::error")).length).toBe(
          Math.min(9, want.counts.byVerdict.block) + 1,
        );
        expect(
          run.stdout.split("\n").filter((l) => l.startsWith("::warning")).length,
        ).toBeLessThanOrEqual(10);
        expect(run.stdout).toMatch(/^::warning::The pull request comment failed: 403 /m);
        expect(run.stdout).toMatch(/^::warning::The check run failed: 403 /m);
        expect(run.summary).toContain("## ❌ ztgate: blocked");
        expect(run.summary).toContain("The pull request comment failed: 403");
        expect(run.stdout).toMatch(/^::error::ztgate blocked this change/m);
        expect(gh.comments.get(event.number) ?? []).toHaveLength(0);
        expectNoTokenIn(run);
      },
    );
  });

  it("retries 5xx and rate-limited answers, then delivers", async () => {
    await withServer({ failFirst: 2 }, async (gh, url) => {
      const run = await runAction(url, INPUTS);
      expect(gh.problems).toEqual([]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/: 502; retry 1 in \d+ ms/);
      expect(run.stdout).toMatch(/: 429; retry 2 in \d+ ms/);
      expect(run.stdout).not.toMatch(/^::warning::/m);
      expect(run.outputs["comment-url"]).toBeDefined();
    });
  });

  it("fails closed with a different one-line reason when it cannot decide", async () => {
    await withServer({}, async (gh, url) => {
      const run = await runAction(url, { ...INPUTS, reports: "reports/missing.json" });
      expect(gh.problems).toEqual([]);
      expect(run.code).toBe(1);
      const failures = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
      expect(failures).toEqual([
        expect.stringMatching(
          /^::error::ztgate could not decide: reports\/missing\.json: report does not exist/,
        ),
      ]);
      expect(run.outputs.outcome).toBe("error");
      expect(run.summary).toContain("ztgate: could not decide");
      expect(gh.comments.get(event.number)?.[0]?.body).toContain("could not decide");
    });
  });

  it("posts from workflow_run for a fork pull request, found by its head", async () => {
    const payload = JSON.parse(
      readFileSync(join(root, "fixtures/github/workflow_run.json"), "utf8"),
    ) as {
      workflow_run: { head_sha: string; head_branch: string };
    };
    const { head_sha, head_branch } = payload.workflow_run;
    await withServer(
      {
        openPulls: [
          { number: 41, label: "contributor:other", sha: "1".repeat(40) },
          { number: 43, label: `contributor:${head_branch}`, sha: head_sha },
        ],
      },
      async (gh, url) => {
        const run = await runAction(url, INPUTS, "workflow_run");
        expect(gh.problems).toEqual([]);
        expect(run.code).toBe(1);
        const list = gh.requests.find((r) => r.operationId === "pulls/list")!;
        expect(new URL(list.path, "http://x").searchParams.get("head")).toBe(
          `contributor:${head_branch}`,
        );
        expect(gh.comments.get(43)).toHaveLength(1);
        expect(gh.checkRuns[0]!.body.head_sha).toBe(head_sha);
        expect(run.outputs["comment-url"]).toContain("/pull/43#issuecomment-");
      },
    );
  });

  it("matrix legs: one comment and one check run per leg, each keyed and named", async () => {
    await withServer({}, async (gh, url) => {
      for (const os of ["ubuntu-latest", "macos-latest"]) {
        const run = await runAction(url, { ...INPUTS, matrix: JSON.stringify({ os, node: 22 }) });
        expect(run.code).toBe(1);
      }
      // Again for the first leg: its own comment is updated, the other leg's is left alone.
      await runAction(url, {
        ...INPUTS,
        matrix: JSON.stringify({ os: "ubuntu-latest", node: 22 }),
      });
      expect(gh.problems).toEqual([]);
      const bodies = (gh.comments.get(event.number) ?? []).map((c) => c.body);
      expect(bodies).toHaveLength(2);
      expect(bodies[0]).toContain("<sub>ztgate gate: security-gate (ubuntu-latest, 22)</sub>");
      expect(bodies[1]).toContain("<sub>ztgate gate: security-gate (macos-latest, 22)</sub>");
      expect(gh.checkRuns.map((r) => r.body.name)).toEqual([
        "ztgate (security-gate (ubuntu-latest, 22))",
        "ztgate (security-gate (macos-latest, 22))",
        "ztgate (security-gate (ubuntu-latest, 22))",
      ]);
    });
  });

  it("warn-only: blocking findings annotated as warnings, the step passes, comment-content set", async () => {
    await withServer({}, async (gh, url) => {
      const run = await runAction(url, { ...INPUTS, "warn-only": "true" });
      expect(gh.problems).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/^::error/m);
      expect(run.stdout).toMatch(/^::warning file=secret\.txt,.*title=ztgate block \(warn-only\)/m);
      const body = gh.comments.get(event.number)?.[0]?.body ?? "";
      expect(body).toMatch(/Warn-only \(fail-on: never\): \d+ findings would block/);
      expect(run.outputs["comment-content"]).toBe(body);
      const check = gh.checkRuns[0]!.body as { output: { summary: string } };
      expect(check.output.summary).toMatch(
        /\d+ annotations sent of \d+ findings on a repository file/,
      );
    });
  });

  it("on push: no comment, the check run on the pushed commit, pushed files annotated first", async () => {
    const push = JSON.parse(readFileSync(join(root, "fixtures/github/push.json"), "utf8")) as {
      after: string;
    };
    await withServer({}, async (gh, url) => {
      const run = await runAction(url, INPUTS, "push");
      expect(gh.problems).toEqual([]);
      expect(run.code).toBe(1);
      const ops = new Set(gh.requests.map((r) => r.operationId));
      expect(ops).toEqual(new Set(["checks/create", "checks/update"]));
      expect(gh.checkRuns[0]!.body.head_sha).toBe(push.after);
      // Dockerfile was modified by the push: its blocking finding comes first.
      expect(commands(run.stdout, "error")[0]).toMatch(/^::error file=Dockerfile,/);
      expect(run.outputs["comment-url"]).toBeUndefined();
    });
  });
});

describe("dist/action.js: in a pull request the base commit's policy decides", () => {
  const base = event.pull_request.base.sha;
  // The base: the default pack, with fail-on block from a pack it extends (read at the base too).
  const files = {
    [base]: {
      "ztgate.yml": "version: 1\nextends: [default, ./packs/org.yml]\n",
      "packs/org.yml": "version: 1\nsettings: { fail-on: block }\n",
    },
  };
  // The pull request rewrites its own policy to pass itself.
  const WEAKENED = [
    "version: 1",
    "extends: [default]",
    "waivers:",
    "  - { id: aws-access-key-id, reason: test key, owner: mallory@example.com, expires: 2026-12-31 }",
    "settings: { fail-on: never }",
    "",
  ].join("\n");
  const withPolicy = async <T>(work: () => Promise<T>) => {
    writeFileSync(join(workspace, "ztgate.yml"), WEAKENED);
    try {
      return await work();
    } finally {
      rmSync(join(workspace, "ztgate.yml"));
    }
  };

  it("a PR that weakens the policy is still blocked, and the comment lists the change", async () => {
    await withPolicy(() =>
      withServer({ files }, async (gh, url) => {
        const run = await runAction(url, INPUTS);
        expect(gh.problems).toEqual([]);
        expect(run.code).toBe(1);
        expect(run.outputs.outcome).toBe("fail");
        expect(run.stdout).toMatch(/^::error::ztgate blocked this change: /m);
        // Read through the contents API at the base commit: the checkout has no git history.
        const reads = gh.requests.filter((r) => r.operationId === "repos/get-content");
        expect(reads.map((r) => r.path).sort()).toEqual(
          [".ztgate.yml", "packs%2Forg.yml", "ztgate.yml"].map(
            (p) => `/repos/acme/payments/contents/${p}?ref=${base}`,
          ),
        );
        const comment = gh.comments.get(event.number)!.at(-1)!.body;
        for (const text of [run.summary, comment]) {
          expect(text).toContain("### Policy changed (2 changes)");
          expect(text).toContain(
            "**with this PR's policy: PASS WITH WARNINGS; with the base policy: BLOCKED.**",
          );
          expect(text).toContain("- waiver `aws-access-key-id` added: ");
          expect(text).toContain("- setting `fail-on` weakened: `block → never`");
          expect(text).toMatch(/policy `\S*ztgate\.yml at main \(e5bd3914e2e5\)`/);
        }
        expect(gh.checkRuns.at(-1)!.body.conclusion).toBe("failure");
        expectNoTokenIn(run);
      }),
    );
  });

  it("policy-source: head gates with the checkout's policy and reads nothing at the base", async () => {
    await withPolicy(() =>
      withServer({ files }, async (gh, url) => {
        const run = await runAction(url, { ...INPUTS, "policy-source": "head" });
        expect(gh.problems).toEqual([]);
        expect(run.code).toBe(0);
        expect(run.outputs.outcome).toBe("warn");
        expect(gh.requests.some((r) => r.operationId === "repos/get-content")).toBe(false);
        expect(run.summary).not.toContain("Policy changed");
      }),
    );
  });

  it("a base policy the API cannot deliver (403) is exit 2, not the PR's policy", async () => {
    await withPolicy(() =>
      withServer({ files, forbidden: ["repos/get-content"] }, async (gh, url) => {
        const run = await runAction(url, INPUTS);
        expect(gh.problems).toEqual([]);
        expect(run.code).toBe(1);
        expect(run.outputs.outcome).toBe("error");
        expect(run.stdout).toMatch(
          /^::error::ztgate could not decide: ztgate\.yml: cannot be read at main \(e5bd3914e2e5\) through the contents API: 403 .*contents: read/m,
        );
      }),
    );
  });
});

// Issue 15: approved-by and central policy, on a workspace of their own with a ztgate.yml.
// The base commit's policy is read through the contents API at the event's base SHA.
describe("dist/action.js: waiver approvals and central policy (issue 15)", () => {
  const base = event as unknown as { pull_request: { base: { sha: string } } };
  const BASE_SHA = base.pull_request.base.sha;
  const HEAD_SHA = event.pull_request.head.sha;
  const PACK_SHA = "3f2c9d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e";
  // Far enough ahead to be active, within any max-waiver-days a test might set.
  const expires = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const APPROVERS = 'settings:\n  waiver-approvers: [alice, "@acme/security"]\n';
  const WAIVERS =
    "waivers:\n" +
    `  - { id: CVE-2019-12900, reason: not reachable (SEC-9), owner: dev@example.com, approved-by: alice, expires: ${expires} }\n` +
    `  - { id: CVE-2020-28196, reason: not reachable (SEC-9), owner: dev@example.com, approved-by: "@acme/security", expires: ${expires} }\n`;
  const HEAD_POLICY = `version: 1\nextends: [default]\n${WAIVERS}${APPROVERS}`;
  const BASE_POLICY = `version: 1\nextends: [default]\n${APPROVERS}`;
  // The pull request's own policy decides (policy-source: head): its added waivers need an
  // approving review. With the default (the base policy decides) they do not apply at all.
  const QUIET = {
    reports: "reports/*.json",
    comment: "never",
    annotations: "false",
    "github-token": TOKEN,
    "policy-source": "head",
  };
  let ws: string;

  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), "ztgate-e2e-i15-"));
    mkdirSync(join(ws, "reports"));
    // Two fixable criticals (CVE-2019-12900, CVE-2020-28196) that block under the default pack.
    copyFileSync(
      join(root, "fixtures/demo/payments-image.trivy.json"),
      join(ws, "reports/image.json"),
    );
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));

  const run = (url: string, policy: string, inputs: Record<string, string> = QUIET) => {
    writeFileSync(join(ws, "ztgate.yml"), policy);
    return runActionProcess({ workspace: ws, apiUrl: url, inputs, eventName: "pull_request" });
  };
  const files = { [`acme/payments/ztgate.yml@${BASE_SHA}`]: BASE_POLICY };
  const approvedByBoth = [
    { login: "alice", state: "APPROVED", commit_id: HEAD_SHA },
    { login: "bob", state: "APPROVED", commit_id: HEAD_SHA },
  ];

  it.each([
    ["no approving review", [], {}, 1, "fail"],
    [
      "alice and a member of @acme/security approved the head commit",
      approvedByBoth,
      { "acme/security": ["bob"] },
      0,
      "pass",
    ],
    [
      "the approvals are of an earlier commit",
      approvedByBoth.map((r) => ({ ...r, commit_id: "1".repeat(40) })),
      { "acme/security": ["bob"] },
      1,
      "fail",
    ],
    ["bob is not in the team", approvedByBoth, {}, 1, "fail"],
  ])("waivers this PR adds, %s", async (_name, reviews, teams, code, outcome) => {
    await withServer({ files, reviews, teams }, async (gh, url) => {
      const r = await run(url, HEAD_POLICY);
      expect(gh.problems).toEqual([]);
      expect(r.code).toBe(code);
      expect(r.outputs.outcome).toBe(outcome);
      const ops = gh.requests.map((q) => q.operationId);
      expect(ops.slice(0, 2)).toEqual(["repos/get-content", "pulls/list-reviews"]);
      expect(gh.requests[0]!.path).toBe(`/repos/acme/payments/contents/ztgate.yml?ref=${BASE_SHA}`);
      if (outcome === "fail") expect(r.summary).toMatch(/unapproved/);
      expectNoTokenIn(r);
    });
  });

  it("waivers the base commit already holds need no review", async () => {
    const same = { [`acme/payments/ztgate.yml@${BASE_SHA}`]: HEAD_POLICY };
    await withServer({ files: same }, async (gh, url) => {
      const r = await run(url, HEAD_POLICY);
      expect(gh.problems).toEqual([]);
      expect(r.code).toBe(0);
      expect(gh.requests.map((q) => q.operationId)).toEqual(["repos/get-content"]);
    });
  });

  it("a PR that lists itself as an approver is still unapproved (the base list decides)", async () => {
    const self = HEAD_POLICY.replace("[alice,", "[alice, octocat,").replaceAll(
      "approved-by: alice",
      "approved-by: octocat",
    );
    await withServer(
      { files, reviews: [{ login: "octocat", state: "APPROVED", commit_id: HEAD_SHA }] },
      async (gh, url) => {
        const r = await run(url, self);
        expect(gh.problems).toEqual([]);
        expect(r.code).toBe(1);
        expect(r.summary).toMatch(/unapproved/);
      },
    );
  });

  it("extends github:...@SHA is fetched through the API with policy-token; a 404 cannot decide", async () => {
    const POLICY_TOKEN = "ghp_policyTokenForCentralPacks0000000000";
    const pack =
      "version: 1\nrules:\n  - { id: central-warn-critical, when: { severity: critical }, action: warn }\n";
    const central = `version: 1\nextends: ["github:acme/policies/ztgate.yml@${PACK_SHA}"]\n`;
    const inputs = { ...QUIET, "github-token": TOKEN, "policy-token": POLICY_TOKEN };
    const server = new FakeGitHub(api, {
      token: POLICY_TOKEN,
      files: { [`acme/policies/ztgate.yml@${PACK_SHA}`]: pack },
    });
    const url = await server.start();
    try {
      const ok = await run(url, central, inputs);
      expect(server.problems).toEqual([]);
      expect(server.requests.map((q) => [q.operationId, q.path])).toEqual([
        ["repos/get-content", `/repos/acme/policies/contents/ztgate.yml?ref=${PACK_SHA}`],
      ]);
      expect(ok.code).toBe(0);
      expect(ok.outputs.outcome).toBe("warn");
      const missing = await run(url, central.replace("ztgate.yml@", "missing.yml@"), inputs);
      expect(server.problems).toEqual([]);
      expect(missing.code).toBe(1);
      expect(missing.outputs.outcome).toBe("error");
      expect(missing.stdout).toMatch(
        /^::error::ztgate could not decide: \S*ztgate\.yml:2:\d+: extends "github:acme\/policies\/missing\.yml@[0-9a-f]{40}", which was not found \(404\)/m,
      );
      for (const text of [ok.stdout, missing.stdout, ok.summary])
        expect(text).not.toContain(POLICY_TOKEN);
    } finally {
      await server.close();
    }
  });
});
