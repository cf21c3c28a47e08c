// What the action is given: the API calls it makes (github.ts implements them; tests pass
// fakes), the process around it, and what it comes to.
import type { CheckAnnotation } from "../reporters/annotations.js";
import type { RemoteRead } from "../policy/remote-ref.js";
import type { RepoFile } from "./policy-contents.js";
import type { ChangeBase } from "./trusted-policy.js";
import type { WorkerOptions } from "../io/parse-workers.js";
import type { PullRequestPort } from "./pull-approvals.js";
import type { AlertKind, AlertRead } from "../reports/github-alerts.js";

export interface CheckRunInput {
  name: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

/** The API calls the action makes (implemented by github.ts). */
export interface GitHubPort {
  hasPullRequest(): boolean;
  changedFiles(): Promise<ReadonlySet<string>>;
  /** Creates or updates the comment that starts with `marker`; returns its URL. */
  upsertComment(marker: string, body: string): Promise<string | undefined>;
  deleteComment(marker: string): Promise<boolean>;
  createCheckRun(run: CheckRunInput): Promise<string>;
  /** A file of this repository at a commit (contents API); undefined when there is none. */
  readFileAt?(path: string, ref: string): Promise<RepoFile | undefined>;
}

export interface ActionIO {
  cwd: string;
  /** GITHUB_WORKSPACE: the repository root policy paths are relative to (else as the CLI). */
  workspace?: string;
  /** A pull request's or merge group's base: its policy decides (policy-source: base). */
  base?: ChangeBase;
  now: Date;
  version: string;
  /** Link to this workflow run (where the job summary is). */
  runUrl?: string;
  /** The commits being gated (GITHUB_SHA and the pull request head): for require.commit. */
  commits?: string[];
  /** The repository's files at the head commit, for the comment's file:line links. */
  blobUrl?: string;
  /** Distinguishes the sticky comments of several gating jobs in one pull request. */
  job: string;
  setOutput(name: string, value: string): void;
  /** Standard output (workflow commands). */
  print(text: string): void;
  warning(message: string): void;
  appendSummary(markdown: string): void | Promise<unknown>;
  writeFile(path: string, text: string): void;
  /** Reads `github:` policy packs (with policy-token); undefined: the CLI's environment. */
  remotePolicy?: RemoteRead;
  /** Reads GitHub's alert lists through the API (the github-alerts input; io/github-alerts.ts). */
  readAlerts?: (kinds: readonly AlertKind[]) => Promise<AlertRead[]>;
  /** In a pull request: its base and head, reviews and team memberships (waiver approvals). */
  pullRequest?: PullRequestPort;
  /** Parsing several large reports in worker threads (io/parse-workers.ts); undefined: in-process. */
  parseWorkers?: WorkerOptions;
}

export type ActionResult =
  { status: "pass" } | { status: "blocked" | "undecided"; message: string };
