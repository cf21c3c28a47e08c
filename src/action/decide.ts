// The verdict of an action run, made once, before anything is delivered: the trusted policy
// (the base's, or the change's own with its waivers' approvals), the baseline, the reports.
import { applyBaseline } from "../gate/baseline.js";
import type { Evaluation } from "../gate/evaluate.js";
import { withPolicyChange } from "../gate/policy-change.js";
import { readBaselineFile } from "../io/baseline-file.js";
import { readCatalogs } from "../io/enrichment-files.js";
import { firstSeenDays } from "../gate/first-seen.js";
import { loadInWorkers } from "../io/parse-workers.js";
import { repositoryPath } from "../model/repo-path.js";
import { BUILTIN_PREFIX } from "../policy/load.js";
import type { Policy } from "../policy/types.js";
import { evaluateParsed, locateRepository, resolveReportArgs, runCheck } from "../run.js";
import { resolve } from "node:path";
import type { ActionConfig } from "./inputs.js";
import { pullRequestApprovals } from "./pull-approvals.js";
import { choosePolicy } from "./trusted-policy.js";
import type { ActionIO, GitHubPort } from "./types.js";
import { GateError } from "../model/errors.js";
import type { AlertKind, AlertRead } from "../reports/github-alerts.js";

export async function decide(
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
  const catalogs = readCatalogs({ kev: config.kev, epss: config.epss }, io.cwd);
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
  const alerts = config.githubAlerts && (await readAlerts(config.githubAlerts, io));
  const reports = resolveReportArgs(config.reports, io.cwd, root);
  const loaded = io.parseWorkers && (await loadInWorkers(reports, io.parseWorkers));
  const { evaluation, parsed } = runCheck({
    alerts,
    catalogs,
    firstSeen,
    reports,
    loaded,
    policy: withFailOn(chosen.trusted),
    now: io.now,
    root,
    // GITHUB_SHA is always known here, so commits are checked only where the policy asks.
    binding: {
      images: config.images,
      commits: chosen.trusted.require.commit ? (io.commits ?? []) : [],
    },
    unapproved,
  });
  const decided = withBaseline(evaluation);
  if (!chosen.proposed) return decided;
  // The change's own policy is judged on the same reports, only to be shown beside.
  const { policy, changes, labels } = chosen.proposed;
  const proposed = withBaseline(
    evaluateParsed(parsed, withFailOn(policy), io.now, { root, catalogs, firstSeen }),
  );
  return withPolicyChange(decided, proposed, changes, labels);
}

function readAlerts(kinds: readonly AlertKind[], io: ActionIO): Promise<AlertRead[]> {
  if (!io.readAlerts) {
    throw new GateError('input "github-alerts" needs github-token and GITHUB_REPOSITORY');
  }
  return io.readAlerts(kinds);
}
