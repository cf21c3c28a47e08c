// The GitHub Action entry: the only place that reads the action's environment. It wires
// @actions/core and the API client into runAction and maps the result to the step's status.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@actions/core";
import { context } from "@actions/github";
import { runAction } from "./action/run.js";
import { pullRequestPort } from "./action/pull-approvals.js";
import { readConfig } from "./action/inputs.js";
import { errorMessage } from "./model/errors.js";
import { createGitHub } from "./action/github.js";
import { targetFromEvent } from "./action/event-target.js";
import { writeFileAtomic } from "./io/output.js";
import { githubReader } from "./io/remote-policy.js";
import { alertsRef, checkRepository, readAlerts } from "./io/github-alerts.js";
import { alertReadLine } from "./reports/github-alerts.js";
import { actionOutput } from "./io/sink.js";
import { VERSION } from "./model/version.js";

// Every log line, warning, failure and annotation goes through the output rule (src/sink.ts).
const out = actionOutput(core);

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig((name) => core.getInput(name), process.env);
  } catch (err) {
    core.setOutput("outcome", "error");
    out.fail(`ztgate could not decide: ${errorMessage(err)}`);
    return;
  }
  const env = process.env;
  const target = targetFromEvent(context.eventName ?? "", context.payload, env);
  const github =
    config.githubToken && target.owner
      ? createGitHub({ token: config.githubToken, target, retry: config.retry, log: out.info })
      : undefined;
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const blobUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && /^[0-9a-f]{40}$/.test(target.sha)
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${target.sha}/`
      : undefined;
  // Team memberships need org read access: the policy-token, when there is one.
  const orgReader =
    config.policyToken && target.owner
      ? createGitHub({ token: config.policyToken, target, retry: config.retry, log: out.info })
      : github;
  const result = await runAction(
    config,
    {
      cwd: process.cwd(),
      workspace: env.GITHUB_WORKSPACE || undefined,
      base: target.base,
      now: new Date(),
      version: VERSION,
      runUrl,
      blobUrl,
      job: env.GITHUB_JOB || "ztgate",
      commits: [...new Set([env.GITHUB_SHA, target.sha].filter((c): c is string => !!c))],
      setOutput: (name, value) => core.setOutput(name, value),
      print: out.annotations,
      warning: out.warning,
      appendSummary: (markdown) => core.summary.addRaw(markdown).write(),
      writeFile: writeFileAtomic,
      remotePolicy: githubReader({
        token: config.policyToken || config.githubToken || undefined,
        apiUrl: env.GITHUB_API_URL,
        log: out.info,
        retryDelayMs: config.retry.baseDelayMs,
      }),
      readAlerts:
        config.githubToken && env.GITHUB_REPOSITORY
          ? async (kinds) => {
              const reads = await readAlerts(kinds, {
                repository: checkRepository(env.GITHUB_REPOSITORY!, "GITHUB_REPOSITORY"),
                ref: alertsRef(env.GITHUB_REF, target.pullNumber),
                token: config.githubToken,
                apiUrl: env.GITHUB_API_URL,
                retryDelayMs: config.retry.baseDelayMs,
              });
              // The log says what was read and of which ref; the summary says it again.
              for (const r of reads) out.info(`ztgate: ${alertReadLine(r)}`);
              return reads;
            }
          : undefined,
      // dist/parse-worker.js, beside this bundle.
      parseWorkers: {
        script: join(dirname(fileURLToPath(import.meta.url)), "parse-worker.js"),
        setting: env.ZTGATE_PARSE_WORKERS,
      },
      pullRequest: pullRequestPort(
        target,
        github,
        orgReader,
        githubReader({
          token: config.githubToken || undefined,
          apiUrl: env.GITHUB_API_URL,
          retryDelayMs: config.retry.baseDelayMs,
        }),
      ),
    },
    github,
  );
  if (result.status !== "pass") out.fail(result.message);
}

try {
  await main();
} catch (err) {
  // Our own bug: still fail closed, with a reason on one line.
  out.fail(`ztgate could not decide: internal error: ${errorMessage(err)}`);
}
