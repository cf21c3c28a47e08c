// What the action does, in order: decide, write files and outputs, annotate, comment, check
// run, job summary. The process, @actions/core and the API are passed in (action.ts wires
// them; tests pass fakes), so this reads like the list it is. The verdict is made once, first;
// nothing after it can change it: a failed delivery is a warning and a note in the summary.
import { applyBaseline, decidingFindings } from "../gate/baseline.js";
import { readBaselineFile } from "../io/baseline-file.js";
import { firstSeenDays } from "../gate/first-seen.js";
import { budgetMessage } from "../gate/budgets.js";
import type { ActionConfig } from "./inputs.js";
import { errorMessage } from "../model/errors.js";
import type { Evaluation } from "../gate/evaluate.js";
import { BUILTIN_PREFIX } from "../policy/load.js";
import { repositoryPath } from "../model/repo-path.js";
import { resolve } from "node:path";
import type { Policy } from "../policy/types.js";
import { evaluateParsed, locateRepository, resolveReportArgs, runCheck } from "../run.js";
import {
  checkAnnotations,
  selectAnnotations,
  workflowCommand,
  type CheckAnnotation,
} from "../reporters/annotations.js";
import { json } from "../reporters/json.js";
import { renderMarkdown, renderUndecidedMarkdown } from "../reporters/markdown.js";
import { plural } from "../reporters/markdown-text.js";
import { renderSarif } from "../reporters/sarif.js";
import { printableLine } from "../model/safe-text.js";
import type { RepoFile } from "./policy-contents.js";
import { choosePolicy, type ChangeBase } from "./trusted-policy.js";
import { withPolicyChange } from "../gate/policy-change.js";
import type { RemoteRead } from "../policy/remote-ref.js";
import { pullRequestApprovals, type PullRequestPort } from "./pull-approvals.js";

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
  /** In a pull request: its base and head, reviews and team memberships (waiver approvals). */
  pullRequest?: PullRequestPort;
}

export type ActionResult =
  { status: "pass" } | { status: "blocked" | "undecided"; message: string };

/** The most check run annotations sent (20 requests of 50). */
export const MAX_CHECK_ANNOTATIONS = 1000;

const CONCLUSION = { pass: "success", warn: "neutral", fail: "failure" } as const;

/**
 * The sticky comment's marker. The key is percent-encoded past [A-Za-z0-9_.-], so two keys
 * never share a marker and no key can close the HTML comment; a plain job id is unchanged, so
 * comments made before keys existed are still found.
 */
export function commentMarker(key: string): string {
  const encoded = key.replace(/[^\w.-]/gu, (c) =>
    [...Buffer.from(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
  return `<!-- ztgate:sticky job=${encoded} -->`;
}

/**
 * What tells this gate's comment and check run from another's in the same pull request: the
 * `name` input, else the job id with the matrix values (matrix legs share GITHUB_JOB).
 */
export function runKey(job: string, config: Pick<ActionConfig, "name" | "matrix">): string {
  const key = config.name ?? (config.matrix.length ? `${job} (${config.matrix.join(", ")})` : job);
  return oneLine(key).slice(0, 100);
}

async function decide(
  config: ActionConfig,
  io: ActionIO,
  github: GitHubPort | undefined,
): Promise<Evaluation> {
  const { policyPath, root } = locateRepository(config.policy, io.cwd, io.workspace);
  // The policy is named by its repository path ("ztgate.yml" in the comment and errors), not
  // by the runner's absolute path; one outside the repository keeps the path it was given.
  const file = policyPath?.startsWith(BUILTIN_PREFIX) ? undefined : policyPath;
  const inRepo = file === undefined ? undefined : repositoryPath(resolve(io.cwd, file), root);
  const where =
    inRepo === undefined
      ? { ...io, root, policyPath }
      : { ...io, cwd: root, root, policyPath: inRepo };
  // (io carries remotePolicy, which reads the `github:` packs the policy extends.)
  const readFileAt = github?.readFileAt?.bind(github);
  const chosen = await choosePolicy(config, where, readFileAt);
  const failOn = config.warnOnly ? "never" : config.failOn;
  const withFailOn = (p: Policy) => (failOn ? { ...p, settings: { ...p.settings, failOn } } : p);
  const baseline = config.baseline ? readBaselineFile(config.baseline, io.cwd) : undefined;
  // The baseline's first-seen days age its findings for remediation deadlines.
  const firstSeen = baseline ? firstSeenDays(baseline) : undefined;
  // With policy-source: head the pull request's own policy decides: a waiver it adds or
  // extends applies only with an approving review by a listed approver (with the default,
  // the base policy decides and a waiver the PR adds applies once merged).
  const unapproved =
    io.pullRequest &&
    inRepo !== undefined &&
    config.policySource === "head" &&
    (chosen.trusted.settings.waiverApprovers?.length ?? 0) > 0
      ? await pullRequestApprovals(chosen.trusted, inRepo, io.pullRequest, io.remotePolicy)
      : undefined;
  // Findings recorded in the baseline (e.g. the base branch's) show as existing; only new
  // ones decide the outcome.
  const withBaseline = (ev: Evaluation) =>
    baseline && config.baseline ? applyBaseline(ev, baseline, config.baseline) : ev;
  const { evaluation, parsed } = runCheck({
    reports: resolveReportArgs(config.reports, io.cwd, root),
    policy: withFailOn(chosen.trusted),
    now: io.now,
    root,
    // GITHUB_SHA is always known here, so commits are checked only where the policy asks.
    binding: {
      images: config.images,
      commits: chosen.trusted.require.commit ? (io.commits ?? []) : [],
    },
    unapproved,
    firstSeen,
  });
  const decided = withBaseline(evaluation);
  if (!chosen.proposed) return decided;
  // The change's own policy is judged on the same reports, only to be shown beside.
  const { policy, changes, labels } = chosen.proposed;
  const proposed = withBaseline(
    evaluateParsed(parsed, withFailOn(policy), io.now, root, undefined, undefined, firstSeen),
  );
  return withPolicyChange(decided, proposed, changes, labels);
}

export async function runAction(
  config: ActionConfig,
  io: ActionIO,
  github: GitHubPort | undefined,
): Promise<ActionResult> {
  let evaluation: Evaluation | undefined;
  let undecided: string | undefined;
  try {
    evaluation = await decide(config, io, github);
    // Missing or stale evidence (a required layer without a report): the evaluation is kept
    // for the report, but the gate cannot decide.
    const errors = evaluation.errors;
    if (errors.length) {
      undecided = oneLine(
        errors[0]! + (errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""),
      );
    }
  } catch (err) {
    undecided = oneLine(errorMessage(err));
  }
  const notes: string[] = [];
  let warned = 0;
  const deliver = async (what: string, work: () => unknown) => {
    try {
      await work();
    } catch (err) {
      const message = `${what} failed: ${describeFailure(err)}`;
      warned++;
      io.warning(message);
      notes.push(`${message}. This summary and the annotations carry the full report.`);
    }
  };

  setOutputs(io, evaluation, undecided);
  if (evaluation) {
    const ev = evaluation;
    const ctx = { version: io.version, workspace: io.workspace ?? io.cwd };
    const write = (file: string | undefined, output: string, render: () => string) =>
      file &&
      deliver(`Writing ${file}`, () => {
        io.writeFile(file, render());
        io.setOutput(output, file);
      });
    await write(config.sarifFile, "sarif-file", () => renderSarif(ev, ctx));
    await write(config.jsonFile, "json-file", () =>
      json.render(ev, { ...ctx, color: false, verbosity: "normal" }),
    );
  }

  let changed: ReadonlySet<string> | undefined;
  if (github && evaluation && (config.annotations || config.checkRun)) {
    await deliver("Listing the changed files", async () => {
      changed = await github.changedFiles();
    });
  }
  const root = io.workspace ?? io.cwd;
  const warnOnly = evaluation?.policy.failOn === "never";
  const failed = undecided !== undefined || evaluation?.outcome === "fail";
  const willComment = !!github && config.comment !== "never" && github.hasPullRequest();
  if (evaluation && config.annotations) {
    // GitHub keeps the first 10 per level per step: ztgate's own lines come later (the
    // final "ztgate blocked" error, a warning per delivery that can still fail), so their
    // slots are kept free instead of being the ones dropped.
    const reserved = {
      error: failed ? 1 : 0,
      warning:
        warned +
        [willComment, !!github && config.checkRun, config.jobSummary].filter(Boolean).length,
    };
    const { shown, omitted } = selectAnnotations(evaluation, {
      changedFiles: changed,
      root,
      warnOnly,
      reserved,
    });
    for (const a of shown) io.print(workflowCommand(a) + "\n");
    const over = (["error", "warning", "notice"] as const).filter((l) => omitted[l] > 0);
    if (over.length) {
      const where = config.jsonFile
        ? `every finding is in ${oneLine(config.jsonFile)}`
        : "the job summary lists the most important ones; json-file holds every finding";
      notes.push(
        `${over.map((l) => plural(omitted[l], `${l} annotation`)).join(", ")} did not fit ` +
          `GitHub's limit of 10 per level per step (some kept for ztgate's own lines); ${where}.`,
      );
    }
  }
  if (evaluation && warnOnly && evaluation.counts.byVerdict.block > 0) {
    notes.push(
      `Warn-only (fail-on: never): ${plural(evaluation.counts.byVerdict.block, "finding")} ` +
        "would block; they are annotated as warnings and this run does not fail.",
    );
  }

  const key = runKey(io.job, config);
  const marker = commentMarker(key);
  const render = (
    variant: "comment" | "check" | "summary",
    withMarker = false,
    extra: readonly string[] = [],
  ) => {
    const opts = {
      notes: [...notes, ...extra],
      runUrl: io.runUrl,
      blobUrl: io.blobUrl,
      marker: withMarker ? marker : undefined,
      key: key === "ztgate" ? undefined : key,
    };
    return evaluation
      ? renderMarkdown(evaluation, io, { variant, ...opts })
      : renderUndecidedMarkdown(undecided ?? "", io, opts);
  };
  // The comment as it would be posted, for a workflow_run job that posts it itself (fork
  // pull requests, another identity): set before delivery, whatever the comment input says.
  const comment = render("comment", true);
  io.setOutput("comment-content", comment);

  if (github && willComment) {
    await deliver("The pull request comment", async () => {
      if (config.comment === "always" || failed) {
        const url = await github.upsertComment(marker, comment);
        if (url) io.setOutput("comment-url", url);
      } else {
        // on-failure and the gate passes again: the old failure comment would mislead.
        await github.deleteComment(marker);
      }
    });
  }
  if (github && config.checkRun) {
    await deliver("The check run", async () => {
      const options = { root, warnOnly };
      const placeable = evaluation ? checkAnnotations(evaluation, changed, Infinity, options) : [];
      const annotations = placeable.slice(0, MAX_CHECK_ANNOTATIONS);
      await github.createCheckRun({
        name: key === "ztgate" ? "ztgate" : `ztgate (${key})`,
        conclusion: evaluation && !undecided ? CONCLUSION[evaluation.outcome] : "failure",
        title: evaluation && !undecided ? headline(evaluation) : "could not decide",
        summary: render("check", false, [
          `${plural(annotations.length, "annotation")} sent of ${plural(placeable.length, "finding")} on a repository file` +
            (annotations.length < placeable.length
              ? ` (ztgate sends at most ${MAX_CHECK_ANNOTATIONS}).`
              : "."),
        ]),
        annotations,
      });
    });
  }
  if (config.jobSummary) {
    await deliver("Writing the job summary", () => io.appendSummary(render("summary")));
  }

  if (undecided !== undefined || !evaluation) {
    return { status: "undecided", message: `ztgate could not decide: ${undecided}` };
  }
  if (evaluation.outcome === "fail")
    return { status: "blocked", message: blockedMessage(evaluation) };
  return { status: "pass" };
}

function setOutputs(io: ActionIO, ev: Evaluation | undefined, undecided?: string): void {
  io.setOutput("outcome", ev && !undecided ? ev.outcome : "error");
  io.setOutput("blocked", String(ev?.counts.byVerdict.block ?? 0));
  io.setOutput("warned", String(ev?.counts.byVerdict.warn ?? 0));
  io.setOutput("findings", String(ev?.counts.total ?? 0));
  if (undecided) io.setOutput("error", undecided);
}

function headline(ev: Evaluation): string {
  const v = ev.counts.byVerdict;
  return `${plural(v.block, "blocking finding")}, ${plural(v.warn, "warning")}`;
}

function blockedMessage(ev: Evaluation): string {
  // Under a baseline only new findings decide; existing ones are not named as the reason.
  const deciding = decidingFindings(ev);
  const blocking = deciding.filter((e) => e.verdict === "block");
  const budget = (ev.budgets ?? []).find((b) => b.exceeded.length > 0 && b.action === "block");
  if (blocking.length === 0 && budget) {
    return oneLine(`ztgate blocked this change: ${budgetMessage(budget)}`);
  }
  if (blocking.length === 0) {
    const warnings = deciding.filter((e) => e.verdict === "warn").length;
    return `ztgate failed this change: ${plural(warnings, "warning")} and fail-on is ${ev.policy.failOn}`;
  }
  const first = blocking[0]!.finding;
  const pkg = first.package ? ` in ${first.package.name}@${first.package.version ?? "?"}` : "";
  const scope = ev.baseline ? "new blocking finding" : "blocking finding";
  return oneLine(
    `ztgate blocked this change: ${plural(blocking.length, scope)} (first: ${first.severity} ${first.id}${pkg})`,
  );
}

/** Messages quote report text and file names: one line under the output rule. */
function oneLine(text: string): string {
  return printableLine(text.replace(/\s*[\r\n]+\s*/g, " ").trim());
}

/** Status and message of an API or file error; never headers (they would hold the token). */
function describeFailure(err: unknown): string {
  const status = (err as { status?: unknown }).status;
  const message = oneLine(errorMessage(err)).slice(0, 300);
  if (status === 403) {
    return `403 ${message} (a fork pull request or a read-only token: grant pull-requests: write and checks: write, or post from workflow_run)`;
  }
  return typeof status === "number" ? `${status} ${message}` : message;
}
