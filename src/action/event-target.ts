// What a run is about, read from the event payload alone (pure): the repository, the commit a
// check run belongs to, the pull request, and the base whose policy decides.
import type { ChangeBase } from "./trusted-policy.js";

type Payload = Record<string, unknown>;

export interface EventTarget {
  owner: string;
  repo: string;
  /** The commit a check run belongs to (a pull request's head, not its merge commit). */
  sha: string;
  pullNumber?: number;
  /** Files changed, when the event says so without an API call (push). */
  changedFiles?: string[];
  /** For workflow_run: the head branch to look the pull request up by. */
  headLabel?: string;
  /** Pull requests and merge groups: the commit the change starts from, whose policy decides. */
  base?: ChangeBase;
  /** A pull request's base commit: its policy decides which waivers the pull request changed. */
  baseSha?: string;
}

function get(obj: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>(
    (o, k) => (o && typeof o === "object" ? (o as Payload)[k] : undefined),
    obj,
  );
}

const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
const num = (v: unknown) => (typeof v === "number" && Number.isInteger(v) ? v : undefined);

/** What the run is about, from the event payload (pure). */
export function targetFromEvent(
  eventName: string,
  payload: Payload,
  env: Record<string, string | undefined>,
): EventTarget {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const base = { owner, repo, sha: env.GITHUB_SHA ?? "" };
  switch (eventName) {
    case "pull_request":
    case "pull_request_target":
      return {
        ...base,
        sha: str(get(payload, "pull_request", "head", "sha")) ?? base.sha,
        pullNumber: num(get(payload, "pull_request", "number")),
        base: {
          sha: str(get(payload, "pull_request", "base", "sha")),
          ref: str(get(payload, "pull_request", "base", "ref")),
          change: "this PR",
        },
        baseSha: str(get(payload, "pull_request", "base", "sha")),
      };
    case "push": {
      const commits = get(payload, "commits");
      const files = Array.isArray(commits)
        ? commits.flatMap((c) => [get(c, "added"), get(c, "modified")].flat())
        : [];
      return {
        ...base,
        sha: str(get(payload, "after")) ?? base.sha,
        changedFiles: files.filter((f): f is string => typeof f === "string"),
      };
    }
    case "merge_group":
      return {
        ...base,
        sha: str(get(payload, "merge_group", "head_sha")) ?? base.sha,
        base: {
          sha: str(get(payload, "merge_group", "base_sha")),
          ref: str(get(payload, "merge_group", "base_ref"))?.replace(/^refs\/heads\//, ""),
          change: "this merge group",
        },
      };
    case "workflow_run": {
      const pulls = get(payload, "workflow_run", "pull_requests");
      const headOwner = str(get(payload, "workflow_run", "head_repository", "owner", "login"));
      const branch = str(get(payload, "workflow_run", "head_branch"));
      return {
        ...base,
        sha: str(get(payload, "workflow_run", "head_sha")) ?? base.sha,
        pullNumber: Array.isArray(pulls) ? num(get(pulls[0], "number")) : undefined,
        // Fork pull requests are not listed in workflow_run.pull_requests; they are found by
        // their head (owner:branch) instead.
        headLabel: headOwner && branch ? `${headOwner}:${branch}` : undefined,
      };
    }
    default:
      return base;
  }
}
