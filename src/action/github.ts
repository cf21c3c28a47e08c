// The only module that talks to the GitHub API (DESIGN §2). It finds the pull request and
// commit the run is about, lists the files a pull request changed, keeps one sticky comment
// per job, and creates check runs. Every request goes through a bounded retry for 5xx and
// rate limits; anything else is thrown to the caller, which turns it into a warning: a report
// that cannot be delivered never changes the verdict.
import { getOctokit } from "@actions/github";
import type { RetryConfig } from "./inputs.js";
import type { CheckRunInput, GitHubPort } from "./types.js";
import type { RepoFile } from "./policy-contents.js";
import type { EventTarget } from "./event-target.js";
import { withRetry, type HttpFailure } from "./retry.js";
import type { PullRequestReview } from "../policy/review-approvals.js";
import type { ReviewsPort } from "./pull-approvals.js";

type Octokit = ReturnType<typeof getOctokit>;

/** Most pages read when listing (100 items each): bounds API calls on huge pull requests. */
const MAX_PAGES = 30;
/** The Checks API takes 50 annotations per request. */
export const CHECK_ANNOTATION_BATCH = 50;

export interface GitHubOptions {
  token: string;
  target: EventTarget;
  retry: RetryConfig;
  /** Log lines about retries (never the token). */
  log(message: string): void;
}

export function createGitHub(options: GitHubOptions): GitHubPort & ReviewsPort {
  const octokit = getOctokit(options.token);
  withRetry(octokit, options.retry, options.log);
  return new GitHubClient(octokit, options.target);
}

class GitHubClient implements GitHubPort, ReviewsPort {
  private pull?: number;
  private pullLooked = false;

  constructor(
    private readonly octokit: Octokit,
    private readonly target: EventTarget,
  ) {}

  private get repo() {
    return { owner: this.target.owner, repo: this.target.repo };
  }

  async pullNumber(): Promise<number | undefined> {
    if (this.target.pullNumber !== undefined || !this.target.headLabel) {
      return this.target.pullNumber;
    }
    if (!this.pullLooked) {
      this.pullLooked = true;
      const { data } = await this.octokit.rest.pulls.list({
        ...this.repo,
        state: "open",
        head: this.target.headLabel,
        per_page: 100,
      });
      this.pull = data.find((p) => p.head.sha === this.target.sha)?.number;
    }
    return this.pull;
  }

  async changedFiles(): Promise<Set<string>> {
    if (this.target.changedFiles) return new Set(this.target.changedFiles);
    const pull_number = await this.pullNumber();
    if (pull_number === undefined) return new Set();
    const files = new Set<string>();
    let pages = 0;
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.pulls.listFiles, {
      ...this.repo,
      pull_number,
      per_page: 100,
    })) {
      for (const f of page.data) files.add(f.filename);
      if (++pages >= MAX_PAGES) break;
    }
    return files;
  }

  private async findComment(marker: string) {
    const issue_number = await this.pullNumber();
    if (issue_number === undefined) return { issue_number };
    let pages = 0;
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listComments, {
      ...this.repo,
      issue_number,
      per_page: 100,
    })) {
      const found = page.data.find((c) => c.body?.startsWith(marker));
      if (found) return { issue_number, comment: found };
      if (++pages >= MAX_PAGES) break;
    }
    return { issue_number };
  }

  async upsertComment(marker: string, body: string): Promise<string | undefined> {
    const { issue_number, comment } = await this.findComment(marker);
    if (issue_number === undefined) return undefined;
    if (comment) {
      const { data } = await this.octokit.rest.issues.updateComment({
        ...this.repo,
        comment_id: comment.id,
        body,
      });
      return data.html_url;
    }
    const { data } = await this.octokit.rest.issues.createComment({
      ...this.repo,
      issue_number,
      body,
    });
    return data.html_url;
  }

  async deleteComment(marker: string): Promise<boolean> {
    const { comment } = await this.findComment(marker);
    if (!comment) return false;
    await this.octokit.rest.issues.deleteComment({ ...this.repo, comment_id: comment.id });
    return true;
  }

  async createCheckRun(run: CheckRunInput): Promise<string> {
    const batches: (typeof run.annotations)[] = [];
    for (let i = 0; i < run.annotations.length; i += CHECK_ANNOTATION_BATCH) {
      batches.push(run.annotations.slice(i, i + CHECK_ANNOTATION_BATCH));
    }
    const output = { title: run.title, summary: run.summary };
    const { data } = await this.octokit.rest.checks.create({
      ...this.repo,
      name: run.name,
      head_sha: this.target.sha,
      status: "completed",
      conclusion: run.conclusion,
      output: { ...output, annotations: batches[0] ?? [] },
    });
    // Later batches are appended by updating the run: the API keeps earlier annotations.
    for (const annotations of batches.slice(1)) {
      await this.octokit.rest.checks.update({
        ...this.repo,
        check_run_id: data.id,
        output: { ...output, annotations },
      });
    }
    return data.html_url ?? "";
  }

  async readFileAt(path: string, ref: string): Promise<RepoFile | undefined> {
    let data;
    try {
      ({ data } = await this.octokit.rest.repos.getContent({ ...this.repo, path, ref }));
    } catch (err) {
      if ((err as HttpFailure).status === 404) return undefined;
      throw err;
    }
    if (Array.isArray(data)) return { kind: "dir" };
    if (data.type !== "file") return { kind: data.type === "symlink" ? "symlink" : "other" };
    // Over 1 MB the API sends no content: beyond the policy limit anyway.
    if (!("content" in data) || data.encoding !== "base64") return { kind: "too-large" };
    return { kind: "file", text: Buffer.from(data.content, "base64").toString("utf8") };
  }

  async reviews(): Promise<PullRequestReview[]> {
    const pull_number = await this.pullNumber();
    if (pull_number === undefined) return [];
    const reviews: PullRequestReview[] = [];
    let pages = 0;
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.pulls.listReviews, {
      ...this.repo,
      pull_number,
      per_page: 100,
    })) {
      for (const r of page.data) {
        if (r.user)
          reviews.push({ login: r.user.login, state: r.state, commitId: r.commit_id ?? undefined });
      }
      if (++pages >= MAX_PAGES) break;
    }
    return reviews;
  }

  async membership(org: string, team_slug: string, username: string): Promise<boolean | string> {
    try {
      const { data } = await this.octokit.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug,
        username,
      });
      return data.state === "active";
    } catch (err) {
      // 404 is both "not a member" and "this token cannot see the team": never a member.
      const status = (err as HttpFailure).status;
      return status === 404
        ? "404, not a member or the team is not visible to the token"
        : `${status ?? "network error"}`;
    }
  }

  hasPullRequest(): boolean {
    return this.target.pullNumber !== undefined || this.target.headLabel !== undefined;
  }
}
