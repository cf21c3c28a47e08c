import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { applyBaseline } from "../gate/baseline.js";
import { referenceDigest, type Binding } from "../gate/binding.js";
import { revisionOf } from "../reports/parsers/subject.js";
import { readBaselineFile } from "../io/baseline-file.js";
import { firstSeenDays } from "../gate/first-seen.js";
import { GateError } from "../model/errors.js";
import { parseOutputArg } from "../io/output.js";
import { createProgress } from "./progress.js";
import { REPORTERS } from "../reporters/index.js";
import { loadPolicy } from "../io/policy-file.js";
import { loadPolicyFromRef } from "../io/policy-pair.js";
import { withPolicyChange } from "../gate/policy-change.js";
import { evaluateParsed, locateRepository, resolveReportArgs, runCheck } from "../run.js";
import { loadInWorkers } from "../io/parse-workers.js";
import { readerFromEnv } from "../io/remote-policy.js";
import { readCatalogs } from "../io/enrichment-files.js";
import { readAlertsFromEnv } from "../io/alerts-env.js";
import { parseAlertKinds } from "../reports/github-alerts.js";
import { printableLine } from "../model/safe-text.js";
import { VERSION } from "../model/version.js";
import { checkOutputs, emitOutputs, wantsColor } from "./render.js";
import { EXIT, type Command } from "./types.js";

/** Enough to act on in a CI log; the full list is in -o json, sarif or html. */
const DEFAULT_MAX_LISTED = 100;

function maxListedOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_LISTED;
  if (!/^\d+$/.test(value)) {
    throw new GateError(`--max-listed must be a whole number (0 lists all), not "${value}"`);
  }
  return Number(value);
}

/** --image and --commit, checked before any report is read: a typo must not bind nothing. */
function bindingOf(images: string[] | undefined, commit: string | undefined): Binding {
  for (const ref of images ?? []) {
    if (!referenceDigest(ref)) {
      throw new GateError(
        `--image must be a reference with a digest (REF@sha256:<64 hex>), not "${ref}"`,
      );
    }
  }
  if (commit !== undefined && !revisionOf(commit)) {
    throw new GateError(`--commit must be a full commit id (40 or 64 hex digits), not "${commit}"`);
  }
  return { images: images ?? [], commits: commit === undefined ? [] : [commit] };
}

export const check: Command = {
  name: "check",
  summary: "evaluate reports against the policy; exit 0 pass, 1 blocked, 2 cannot decide",
  usage: `ztgate check [REPORT|FORMAT:REPORT|GLOB ...] [options]

Options:
  --policy FILE         policy file, or built-in:NAME for a built-in pack (default:
                        ztgate.yml or .ztgate.yml here or in a parent up to the git
                        top level, else built-in:default). Paths in the policy are
                        relative to the repository root (-v prints it)
  --policy-from REF     the policy as it is at the git commit REF decides (git show
                        REF:PATH, and every file it extends at REF); the working
                        tree's policy is only shown beside it, with what it changes
  --baseline FILE       findings recorded in FILE (ztgate baseline write) show as existing
                        and do not block; only new findings decide the outcome
  -o, --output F[=FILE] output format, repeatable; to stdout, or to FILE
                        (${REPORTERS.map((r) => r.id).join(", ")})
  --image REF@sha256:D  the image being gated (repeatable): image reports must name its
                        digest (require.image-digest demands it)
  --commit SHA          the commit being gated: reports that name a revision must name
                        it (require.commit demands it)
  --kev FILE            CISA's KEV catalog JSON (plain or gzipped): findings whose CVE
                        id or alias it lists are kev: true
  --epss FILE           FIRST's EPSS scores CSV (plain or gzipped): findings take the
                        highest score of their CVE ids (settings.enrichment-max-age-days)
  --github-alerts KINDS GitHub's own alerts read through the API as reports, comma
                        separated: code-scanning, dependabot, secret-scanning
                        (GITHUB_TOKEN; code scanning for GITHUB_REF, the others for
                        the default branch). One that cannot be read is exit 2 when
                        the policy requires its layer, else a warning
  --repo OWNER/NAME     the repository of --github-alerts (default: GITHUB_REPOSITORY,
                        else the github.com remote origin)
  --max-listed N        findings listed per verdict group on the console, most severe
                        first (default ${DEFAULT_MAX_LISTED}; 0 lists all)
  -q, --quiet           print the verdict only
  -v, --verbose         print the reason, rule and sources of every finding`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: "string" },
        "policy-from": { type: "string" },
        baseline: { type: "string" },
        output: { type: "string", short: "o", multiple: true },
        "max-listed": { type: "string" },
        image: { type: "string", multiple: true },
        commit: { type: "string" },
        kev: { type: "string" },
        epss: { type: "string" },
        "github-alerts": { type: "string" },
        repo: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean", short: "v" },
      },
    });
    const kinds =
      values["github-alerts"] === undefined
        ? []
        : parseAlertKinds(values["github-alerts"], "--github-alerts");
    if (values["github-alerts"] !== undefined && kinds.length === 0) {
      throw new GateError(
        "--github-alerts names no kind (code-scanning, dependabot, secret-scanning)",
      );
    }
    if (values.repo !== undefined && kinds.length === 0) {
      throw new GateError("--repo names the repository of --github-alerts, which is not given");
    }
    if (positionals.length === 0 && kinds.length === 0) {
      throw new GateError(
        "no reports given: nothing to check is not a pass (ztgate check REPORT...)",
      );
    }
    const outputs = (values.output ?? ["console"]).map(parseOutputArg);
    const maxListed = maxListedOf(values["max-listed"]);
    const binding = bindingOf(values.image, values.commit);
    checkOutputs(outputs);
    const { policyPath, root } = locateRepository(values.policy, io.cwd);
    const remote = readerFromEnv(io.env, (line) => io.stderr(`${line}\n`));
    const policyFrom = values["policy-from"];
    const pair =
      policyFrom === undefined
        ? undefined
        : await loadPolicyFromRef(values.policy, io.cwd, policyFrom);
    const policy = pair?.trusted ?? (await loadPolicy(policyPath, undefined, io.cwd, remote));
    const baseline = values.baseline ? readBaselineFile(values.baseline, io.cwd) : undefined;
    const catalogs = readCatalogs({ kev: values.kev, epss: values.epss }, io.cwd);
    // The baseline's first-seen days age its findings for remediation deadlines.
    const firstSeen = baseline ? firstSeenDays(baseline) : undefined;
    const reports = resolveReportArgs(positionals, io.cwd, root);
    // Every path in the policy is relative to it: say which directory that is.
    if (values.verbose) io.stderr(`ztgate: repository root ${root}\n`);
    const progress = createProgress({
      write: io.stderr,
      enabled: io.stderrIsTTY === true,
      // Date.now() rather than performance.now(): perf_hooks costs start-up 1-10 ms to load,
      // and a progress line's delay needs no better clock.
      clock: () => Date.now(),
    });
    // Several large reports: parsed on every core, in worker threads, when those can start.
    const loaded = await loadInWorkers(reports, {
      script: io.self && join(dirname(io.self.script), "parse-worker.js"),
      setting: io.env.ZTGATE_PARSE_WORKERS,
      onReport: progress.step,
    });
    const alerts = kinds.length
      ? await readAlertsFromEnv(kinds, values.repo, io.env, io.cwd)
      : undefined;
    const checked = runCheck({
      reports,
      alerts,
      policy,
      now: io.now,
      root,
      binding,
      onReport: progress.step,
      onRead: progress.read,
      catalogs,
      loaded,
      firstSeen,
    });
    progress.finish();
    const { parsed } = checked;
    let { evaluation } = checked;
    const withBaseline = (ev: typeof evaluation) =>
      baseline && values.baseline ? applyBaseline(ev, baseline, values.baseline) : ev;
    evaluation = withBaseline(evaluation);
    if (pair?.proposed) {
      const proposed = withBaseline(
        evaluateParsed(parsed, pair.proposed.policy, io.now, { root, catalogs, firstSeen }),
      );
      evaluation = withPolicyChange(evaluation, proposed, pair.proposed.changes, {
        deciding: `the policy${pair.ref.where}`,
        proposed: "the working tree's policy",
      });
    }
    emitOutputs(
      evaluation,
      outputs,
      {
        color: wantsColor(io),
        verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal",
        version: VERSION,
        workspace: root,
        maxListed,
      },
      io,
    );
    // Missing or stale evidence: the gate cannot decide, whatever the findings say.
    if (evaluation.errors.length > 0) {
      io.stderr(evaluation.errors.map((e) => `ztgate: error: ${printableLine(e)}\n`).join(""));
      return EXIT.undecided;
    }
    return evaluation.outcome === "fail" ? EXIT.blocked : EXIT.pass;
  },
};
