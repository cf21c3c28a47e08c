// settings.waiver-approvers (issue 15): approved-by counts only when it names a listed
// approver, and in a pull request a waiver the PR adds or extends needs an approving review of
// the head commit by that approver. The CLI cases run on the bundled demo image report
// (fixtures/demo/payments-image.trivy.json: CVE-2019-12900 and CVE-2020-28196 block).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../src/gate/evaluate.js";
import { loadPolicyWith } from "../src/policy/load.js";
import type { Policy } from "../src/policy/types.js";
import {
  approvingReviewers,
  membershipKey,
  membershipQueries,
  unapprovedChanges,
  type PullRequestReview,
} from "../src/policy/review-approvals.js";
import { waiverChanges } from "../src/policy/waiver-changes.js";
import { parseApprover } from "../src/policy/approvers.js";
import type { RemoteRead } from "../src/policy/remote-ref.js";
import { pullRequestApprovals, type PullRequestPort } from "../src/action/pull-approvals.js";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const DEMO = join(root, "fixtures/demo/payments-image.trivy.json");
const HEAD = "6dcb09b5b57875f334f61aebed695e2e4193db5e";

function waiver(id: string, extra: string): string {
  return `  - { id: ${id}, reason: not reachable (SEC-1), owner: dev@example.com, expires: 2026-12-31${extra} }\n`;
}

function policyFile(settings: string, waivers: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-approvers-"));
  const file = join(dir, "ztgate.yml");
  const list = waivers ? `waivers:\n${waivers}` : "waivers: []\n";
  writeFileSync(file, `version: 1\nextends: [default]\n${list}${settings}`);
  return file;
}

async function check(file: string) {
  const r = await ztgate(["check", DEMO, "--policy", file, "-o", "json"], { cwd: root });
  return { code: r.code, evaluation: JSON.parse(r.stdout) as Evaluation, stderr: r.stderr };
}

const LISTED = 'settings:\n  waiver-approvers: [alice, "@acme/security"]\n';

describe("settings.waiver-approvers: approved-by must name a listed approver", () => {
  const cases: [string, string, string, "waived" | "block", string][] = [
    ["a listed user", LISTED, ", approved-by: alice", "waived", "active"],
    ["a listed user, other case and @", LISTED, ', approved-by: "@Alice"', "waived", "active"],
    ["a listed team", LISTED, ', approved-by: "@acme/security"', "waived", "active"],
    ["an unlisted user", LISTED, ", approved-by: mallory", "block", "unapproved"],
    ["a member-looking email", LISTED, ", approved-by: alice@example.com", "block", "unapproved"],
    ["another team of the org", LISTED, ', approved-by: "@acme/dev"', "block", "unapproved"],
    ["no approved-by", LISTED, "", "block", "unapproved"],
    // Without the setting approved-by stays a note, as before it existed.
    ["no list: anyone", "", ", approved-by: mallory", "waived", "active"],
  ];
  it.each(cases)("%s", async (_name, settings, approvedBy, verdict, status) => {
    const file = policyFile(settings, waiver("CVE-2019-12900", approvedBy));
    const { evaluation } = await check(file);
    const finding = evaluation.findings.find((e) => e.finding.id === "CVE-2019-12900")!;
    expect(finding.verdict).toBe(verdict);
    expect(evaluation.waivers[0]!.status).toBe(status);
    if (status === "unapproved") {
      expect(evaluation.waivers[0]!.message).toMatch(/settings\.waiver-approvers.*not applied/);
    }
  });

  it("the console names the unapproved waiver; validate warns that it does not apply", async () => {
    const file = policyFile(LISTED, waiver("CVE-2019-12900", ", approved-by: mallory"));
    const r = await ztgate(["check", DEMO, "--policy", file], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/UNAPPROVED CVE-2019-12900 .*"mallory" is not in settings/);
    const v = await ztgate(["validate", "--policy", file], { cwd: root });
    expect(v.stdout).toMatch(/waiver for CVE-2019-12900 is unapproved and does not apply/);
  });

  it.each([["not-a-login!"], ["@acme/"], ["a/b/c"]])(
    "an approver that is neither a login nor @org/team (%s) is a policy error",
    async (entry) => {
      const file = policyFile(`settings:\n  waiver-approvers: ["${entry}"]\n`, "");
      const r = await ztgate(["validate", "--policy", file], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/waiver-approvers\/0 must match pattern/);
    },
  );

  it.each([
    ["alice", { kind: "user", login: "alice" }],
    ["@ACME/Security", { kind: "team", org: "acme", slug: "security" }],
    ["bob@example.com", undefined],
  ])("parseApprover(%s)", (text, want) => {
    expect(parseApprover(text)).toEqual(want);
  });
});

async function policyOf(settings: string, waivers: string): Promise<Policy> {
  const text = `version: 1\nwaivers:\n${waivers || "  []\n"}${settings}`;
  return loadPolicyWith("ztgate.yml", () => text.replace("waivers:\n  []", "waivers: []"), "/r");
}

describe("waiverChanges: which waivers a pull request adds or extends", () => {
  const A = waiver("CVE-1", ", approved-by: alice");
  const cases: [string, string, string, string[]][] = [
    ["unchanged", A, A, []],
    [
      "unchanged, keys in another order",
      A,
      "  - { approved-by: alice, expires: 2026-12-31, owner: dev@example.com, reason: not reachable (SEC-1), id: CVE-1 }\n",
      [],
    ],
    ["added", "", A, ["added"]],
    ["extended", A, A.replace("2026-12-31", "2027-01-31"), ["extended"]],
    ["shortened (an edit)", A, A.replace("2026-12-31", "2026-12-01"), ["changed"]],
    ["widened", A.replace("}", ", package: zlib }"), A, ["added"]],
    ["another approver", A, A.replace("alice", "bob"), ["changed"]],
    // A copy adds nothing the base's waiver does not already cover.
    ["a second copy", A, A + A, []],
    ["removed", A, "", []],
  ];
  it.each(cases)("%s", async (_name, base, head, kinds) => {
    const changes = waiverChanges(await policyOf("", base), await policyOf("", head));
    expect(changes.map((c) => c.kind)).toEqual(kinds);
  });

  it("no base policy: every waiver is added", async () => {
    const head = await policyOf("", waiver("CVE-1", "") + waiver("CVE-2", ""));
    expect(waiverChanges(undefined, head).map((c) => c.kind)).toEqual(["added", "added"]);
  });
});

describe("approvingReviewers: the latest decisive review, on the head commit", () => {
  const r = (login: string, state: string, commitId = HEAD): PullRequestReview => ({
    login,
    state,
    commitId,
  });
  const cases: [string, PullRequestReview[], string[]][] = [
    ["approved", [r("alice", "APPROVED")], ["alice"]],
    [
      "a comment after approving keeps it",
      [r("alice", "APPROVED"), r("alice", "COMMENTED")],
      ["alice"],
    ],
    ["changes requested after", [r("alice", "APPROVED"), r("alice", "CHANGES_REQUESTED")], []],
    ["dismissed", [r("alice", "APPROVED"), r("alice", "DISMISSED")], []],
    ["an earlier commit", [r("alice", "APPROVED", "1".repeat(40))], []],
    ["pending", [r("alice", "PENDING")], []],
    ["login case", [r("Alice", "APPROVED")], ["alice"]],
  ];
  it.each(cases)("%s", (_name, reviews, want) => {
    expect([...approvingReviewers(reviews, HEAD)]).toEqual(want);
  });
});

describe("unapprovedChanges: a changed waiver needs its approver's review", () => {
  const base = 'settings:\n  waiver-approvers: [alice, "@acme/security"]\n';
  async function decide(
    baseSettings: string,
    approvedBy: string,
    reviewers: string[],
    memberships: readonly (readonly [string, boolean | string])[] = [],
  ) {
    const basePolicy = await policyOf(baseSettings, "");
    // The head lists mallory: a pull request cannot make itself an approver.
    const head = await policyOf(
      'settings:\n  waiver-approvers: [alice, mallory, "@acme/security"]\n',
      waiver("CVE-1", approvedBy),
    );
    const changes = waiverChanges(basePolicy, head);
    const approvers = basePolicy.settings.waiverApprovers;
    const members = new Map(memberships);
    const queries = membershipQueries(changes, approvers, new Set(reviewers));
    return {
      result: [...unapprovedChanges(changes, approvers, new Set(reviewers), members).values()],
      queries,
    };
  }
  const team = { kind: "team" as const, org: "acme", slug: "security" };

  it.each([
    ["the named user approved", base, ", approved-by: alice", ["alice"], [], undefined],
    ["someone else approved", base, ", approved-by: alice", ["bob"], [], /by alice$/],
    [
      "listed only by the PR itself",
      base,
      ", approved-by: mallory",
      ["mallory"],
      [],
      /"mallory" is not in settings\.waiver-approvers of the base commit/,
    ],
    [
      "no approver list in the base",
      "",
      ", approved-by: alice",
      ["alice"],
      [],
      /base commit's policy has no settings\.waiver-approvers/,
    ],
    [
      "a team member approved",
      base,
      ', approved-by: "@acme/security"',
      ["bob"],
      [[membershipKey(team, "bob"), true]],
      undefined,
    ],
    [
      "not a member",
      base,
      ', approved-by: "@acme/security"',
      ["bob"],
      [[membershipKey(team, "bob"), false]],
      /by a member of @acme\/security$/,
    ],
    [
      "membership unreadable",
      base,
      ', approved-by: "@acme/security"',
      ["bob"],
      [[membershipKey(team, "bob"), "404"]],
      /could not be read \(bob: 404\).*members: read/,
    ],
  ] as const)("%s", async (_name, settings, approvedBy, reviewers, memberships, want) => {
    const { result } = await decide(settings, approvedBy, [...reviewers], [...memberships]);
    if (want === undefined) expect(result).toEqual([]);
    else expect(result).toEqual([expect.stringMatching(want)]);
  });

  it("asks the API only about approving reviewers of teams that changed waivers name", async () => {
    const { queries } = await decide(base, ', approved-by: "@acme/security"', ["bob", "carol"]);
    expect(queries.map((q) => q.login)).toEqual(["bob", "carol"]);
    const user = await decide(base, ", approved-by: alice", ["bob"]);
    expect(user.queries).toEqual([]);
  });
});

describe("pullRequestApprovals: what cannot be read never approves", () => {
  const BASE = "e5bd3914e2e596debea16f433f57875b5b90bcd6";
  const headText = `version: 1\nwaivers:\n${waiver("CVE-1", ", approved-by: alice")}${LISTED}`;
  const baseText = `version: 1\nwaivers: []\n${LISTED}`;
  const port = (over: Partial<PullRequestPort> = {}): PullRequestPort => ({
    owner: "acme",
    repo: "payments",
    baseSha: BASE,
    headSha: HEAD,
    reviews: async () => [{ login: "alice", state: "APPROVED", commitId: HEAD }],
    membership: async () => false,
    ...over,
  });
  const failing =
    (status: number): RemoteRead =>
    async () => {
      throw Object.assign(new Error(`answered ${status}`), { status });
    };
  const serving: RemoteRead = async (ref) => ({ text: baseText, commit: ref.ref });

  it.each([
    ["approved by alice", serving, {}, []],
    [
      "reviews unreadable",
      serving,
      { reviews: () => Promise.reject(new Error("403")) },
      [/added by this pull request: the pull request's reviews could not be read \(403\)/],
    ],
    [
      "no policy at the base (404): every waiver is new, and no one is listed",
      failing(404),
      {},
      [/base commit's policy has no settings\.waiver-approvers/],
    ],
  ] as const)("%s", async (_name, reader, over, want) => {
    const head = await loadPolicyWith("ztgate.yml", () => headText, "/r");
    const result = await pullRequestApprovals(head, "ztgate.yml", port(over), reader);
    expect([...result.values()]).toEqual(want.map((w) => expect.stringMatching(w)));
  });

  it("a base policy that exists but cannot be read is a GateError (cannot decide)", async () => {
    const head = await loadPolicyWith("ztgate.yml", () => headText, "/r");
    await expect(pullRequestApprovals(head, "ztgate.yml", port(), failing(500))).rejects.toThrow(
      /the base commit's policy answered 500/,
    );
  });
});
