// What the action does, in order: decide, write files and outputs, annotate, comment, check
// run, job summary. The process, @actions/core and the API are passed in (action.ts wires
// them; tests pass fakes), so this reads like the list it is. The verdict is made once, first;
// nothing after it can change it: a failed delivery is a warning and a note in the summary.
import { applyBaseline, decidingFindings } from "../gate/baseline.js";
import { readBaselineFile } from "../io/baseline-file.js";
import type { ActionConfig } from "./inputs.js";
import { errorMessage } from "../model/errors.js";
import type { Evaluation } from "../gate/evaluate.js";
import { loadPolicy } from "../io/policy-file.js";
import { locateRepository, resolveReportArgs, runCheck } from "../run.js";
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
import type { RemoteRead } from "../policy/remote-ref.js";
import { BUILTIN_PREFIX } from "../policy/load.js";
import { isAbsolute, relative, resolve, sep } from "node:path";
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
}

export interface ActionIO {
  cwd: string;
  /** GITHUB_WORKSPACE: the repository root policy paths are relative to (else as the CLI). */
  workspace?: string;
  now: Date;
  version: string;
  /** Link to this workflow run (where the job summary is). */
  runUrl?: string;
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

export function commentMarker(job: string): string {
  return `<!-- ztgate:sticky job=${job.replace(/[^\w.-]/g, "_")} -->`;
}

async function decide(config: ActionConfig, io: ActionIO): Promise<Evaluation> {
  const { policyPath, root } = locateRepository(config.policy, io.cwd, io.workspace);
  const loaded = await loadPolicy(policyPath, undefined, io.cwd, io.remotePolicy);
  const policy = config.failOn
    ? { ...loaded, settings: { ...loaded.settings, failOn: config.failOn } }
    : loaded;
  const baseline = config.baseline ? readBaselineFile(config.baseline, io.cwd) : undefined;
  const inRepository = policyPath && !isAbsolute(relative(root, resolve(io.cwd, policyPath)));
  const unapproved =
    io.pullRequest && policyPath && !policyPath.startsWith(BUILTIN_PREFIX) && inRepository
      ? await pullRequestApprovals(
          loaded,
          relative(root, resolve(io.cwd, policyPath)).split(sep).join("/"),
          io.pullRequest,
          io.remotePolicy,
        )
      : undefined;
  const { evaluation } = runCheck({
    reports: resolveReportArgs(config.reports, io.cwd, root),
    policy,
    now: io.now,
    root,
    unapproved,
  });
  // Findings recorded in the baseline (e.g. the base branch's) show as existing; only new
  // ones decide the outcome.
  return baseline && config.baseline
    ? applyBaseline(evaluation, baseline, config.baseline)
    : evaluation;
}

export async function runAction(
  config: ActionConfig,
  io: ActionIO,
  github: GitHubPort | undefined,
): Promise<ActionResult> {
  let evaluation: Evaluation | undefined;
  let undecided: string | undefined;
  try {
    evaluation = await decide(config, io);
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
  const deliver = async (what: string, work: () => unknown) => {
    try {
      await work();
    } catch (err) {
      const message = `${what} failed: ${describeFailure(err)}`;
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
  if (evaluation && config.annotations) {
    const { shown, omitted } = selectAnnotations(evaluation, { changedFiles: changed });
    for (const a of shown) io.print(workflowCommand(a) + "\n");
    const over = (["error", "warning", "notice"] as const).filter((l) => omitted[l] > 0);
    if (over.length) {
      notes.push(
        `${over.map((l) => plural(omitted[l], `${l} annotation`)).join(", ")} did not fit ` +
          "GitHub's limit of 10 per level per step; the job summary lists every finding.",
      );
    }
  }

  const marker = commentMarker(io.job);
  const render = (variant: "comment" | "check" | "summary", withMarker = false) => {
    const opts = { notes, runUrl: io.runUrl, marker: withMarker ? marker : undefined };
    return evaluation
      ? renderMarkdown(evaluation, io, { variant, ...opts })
      : renderUndecidedMarkdown(undecided ?? "", io, opts);
  };
  const failed = undecided !== undefined || evaluation?.outcome === "fail";

  if (github && config.comment !== "never" && github.hasPullRequest()) {
    await deliver("The pull request comment", async () => {
      if (config.comment === "always" || failed) {
        const url = await github.upsertComment(marker, render("comment", true));
        if (url) io.setOutput("comment-url", url);
      } else {
        // on-failure and the gate passes again: the old failure comment would mislead.
        await github.deleteComment(marker);
      }
    });
  }
  if (github && config.checkRun) {
    await deliver("The check run", async () => {
      await github.createCheckRun({
        name: io.job === "ztgate" ? "ztgate" : `ztgate (${io.job})`,
        conclusion: evaluation && !undecided ? CONCLUSION[evaluation.outcome] : "failure",
        title: evaluation && !undecided ? headline(evaluation) : "could not decide",
        summary: render("check"),
        annotations: evaluation ? checkAnnotations(evaluation, changed, MAX_CHECK_ANNOTATIONS) : [],
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
