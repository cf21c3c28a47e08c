// The pure parts of the GitHub client: what an event is about, and when to retry.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { targetFromEvent } from "../src/action/event-target.js";
import { retryDelay } from "../src/action/retry.js";

const env = { GITHUB_REPOSITORY: "acme/payments", GITHUB_SHA: "merge-sha" };
const pullRequest = JSON.parse(
  readFileSync(join(import.meta.dirname, "../fixtures/github/pull_request.json"), "utf8"),
) as Record<string, unknown>;

describe("targetFromEvent", () => {
  it("pull_request: the head commit and the pull request number", () => {
    expect(targetFromEvent("pull_request", pullRequest, env)).toEqual({
      owner: "acme",
      repo: "payments",
      sha: "6dcb09b5b57875f334f61aebed695e2e4193db5e",
      pullNumber: 42,
      base: { sha: "e5bd3914e2e596debea16f433f57875b5b90bcd6", ref: "main", change: "this PR" },
      baseSha: "e5bd3914e2e596debea16f433f57875b5b90bcd6",
    });
  });

  it("push: the pushed commit and the files its commits added or modified", () => {
    const payload = {
      after: "push-sha",
      commits: [
        { added: ["a.ts"], modified: ["b.ts"], removed: ["c.ts"] },
        { added: [], modified: ["d.ts"] },
      ],
    };
    expect(targetFromEvent("push", payload, env)).toEqual({
      owner: "acme",
      repo: "payments",
      sha: "push-sha",
      changedFiles: ["a.ts", "b.ts", "d.ts"],
    });
  });

  it("merge_group: the merge group's head", () => {
    const t = targetFromEvent("merge_group", { merge_group: { head_sha: "mg-sha" } }, env);
    expect(t).toEqual({
      owner: "acme",
      repo: "payments",
      sha: "mg-sha",
      base: { sha: undefined, ref: undefined, change: "this merge group" },
    });
  });

  it("workflow_dispatch: GITHUB_SHA, no pull request", () => {
    expect(targetFromEvent("workflow_dispatch", {}, env)).toEqual({
      owner: "acme",
      repo: "payments",
      sha: "merge-sha",
    });
  });

  it("workflow_run from a fork: found later by head label", () => {
    const payload = {
      workflow_run: {
        head_sha: "fork-sha",
        head_branch: "patch-1",
        head_repository: { owner: { login: "someone" } },
        pull_requests: [],
      },
    };
    expect(targetFromEvent("workflow_run", payload, env)).toEqual({
      owner: "acme",
      repo: "payments",
      sha: "fork-sha",
      pullNumber: undefined,
      headLabel: "someone:patch-1",
    });
  });
});

describe("retryDelay", () => {
  const retry = { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000 };
  const now = 1_700_000_000_000;
  const failure = (status: number | undefined, headers: Record<string, string> = {}) => ({
    status,
    response: { headers },
  });

  it.each([
    ["a 502", failure(502), 1, 100],
    ["a 502, second attempt", failure(502), 2, 200],
    ["a network error", failure(undefined), 1, 100],
    ["a 429 with Retry-After", failure(429, { "retry-after": "0.5" }), 1, 500],
    ["a 403 with Retry-After (secondary limit)", failure(403, { "retry-after": "3" }), 1, 1000],
    [
      "a 403 with the primary limit spent",
      failure(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 0.3) }),
      1,
      300,
    ],
  ])("retries %s", (_what, err, attempt, wait) => {
    expect(retryDelay(err, attempt, retry, now)).toBe(wait);
  });

  it.each([
    [
      "a 403 without rate-limit signs (read-only token)",
      failure(403, { "x-ratelimit-remaining": "4999" }),
      1,
    ],
    ["a 404", failure(404), 1],
    ["a 422", failure(422), 1],
    ["a 502 on the last attempt", failure(502), 3],
  ])("does not retry %s", (_what, err, attempt) => {
    expect(retryDelay(err, attempt, retry, now)).toBeUndefined();
  });
});
