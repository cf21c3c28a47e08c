// What the action does, in order: decide, write files and outputs, annotate, comment, check
// run, job summary. The process, @actions/core and the API are passed in (action.ts wires
// them; tests pass fakes), so this reads like the list it is. The verdict is made once, first;
// nothing after it can change it: a failed delivery is a warning and a note in the summary.
import type { ActionConfig } from "./inputs.js";
import { errorMessage } from "../model/errors.js";
import type { Evaluation } from "../gate/evaluate.js";
import { checkAnnotations, selectAnnotations, workflowCommand } from "../reporters/annotations.js";
import { json } from "../reporters/json.js";
import { openvex } from "../reporters/openvex.js";
import { renderMarkdown, renderUndecidedMarkdown } from "../reporters/markdown.js";
import { plural } from "../reporters/markdown-text.js";
import { renderSarif } from "../reporters/sarif.js";
import { decide } from "./decide.js";
import {
  blockedMessage,
  commentMarker,
  describeFailure,
  headline,
  oneLine,
  runKey,
} from "./messages.js";
import type { ActionIO, ActionResult, GitHubPort } from "./types.js";

/** The most check run annotations sent (20 requests of 50). */
export const MAX_CHECK_ANNOTATIONS = 1000;

const CONCLUSION = { pass: "success", warn: "neutral", fail: "failure" } as const;

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
    await write(config.openvexFile, "openvex-file", () =>
      openvex.render(ev, { ...ctx, color: false, verbosity: "normal" }),
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
