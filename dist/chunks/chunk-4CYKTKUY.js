import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  alertsRef,
  checkRepository,
  loadInWorkers,
  loadPolicyFromRef,
  readAlerts
} from "./chunk-5U6PBBQA.js";
import {
  VERSION
} from "./chunk-2OMR3V4T.js";
import {
  readCatalogs
} from "./chunk-TX4A2UTH.js";
import {
  readBaselineFile
} from "./chunk-B536PXOM.js";
import {
  parseOutputArg,
  writeFileAtomic
} from "./chunk-WTVRMOKY.js";
import {
  wantsColor
} from "./chunk-24VQTDZU.js";
import {
  evaluateParsed,
  gitEnvironment,
  loadPolicy,
  locateRepository,
  parseAlertKinds,
  readerFromEnv,
  resolveReportArgs,
  retryDelayOf,
  runCheck
} from "./chunk-YXWZ77PM.js";
import {
  REPORTERS,
  reporterById
} from "./chunk-CM4JX6AH.js";
import {
  withPolicyChange
} from "./chunk-XJ6G5EST.js";
import {
  applyBaseline,
  firstSeenDays
} from "./chunk-5WKSFMGQ.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import {
  referenceDigest
} from "./chunk-QW6IHFNX.js";
import {
  revisionOf
} from "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// src/commands/check.ts
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";

// src/commands/progress.ts
var CLEAR_LINE = "\r\x1B[2K";
function createProgress({
  write,
  enabled,
  clock,
  delayMs = 1e3
}) {
  let start = clock(), shown = !1, current = "";
  return {
    step(index, total, label) {
      current = `${index + 1}/${total}: ${printableLine(label)}`, !(!enabled || clock() - start < delayMs) && (shown = !0, write(`${CLEAR_LINE}ztgate: parsing ${current}`));
    },
    read(bytes, size, findings) {
      if (!enabled || clock() - start < delayMs) return;
      shown = !0;
      let read = size > 0 ? `${megabytes(bytes).replace(" MB", "")} of ${megabytes(size)}` : megabytes(bytes);
      write(
        `${CLEAR_LINE}ztgate: reading ${current}: ${read}, ${findings.toLocaleString("en-US")} findings so far`
      );
    },
    finish() {
      shown && write(CLEAR_LINE), shown = !1;
    }
  };
}
function megabytes(bytes) {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

// src/io/alerts-env.ts
import { spawnSync } from "node:child_process";
function repositoryOfRemote(url) {
  return /^(?:https:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(
    url.trim()
  )?.[1];
}
function originRepository(cwd) {
  let r = spawnSync("git", ["remote", "get-url", "origin"], {
    cwd,
    env: gitEnvironment(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 1e4
  });
  return r.status === 0 ? repositoryOfRemote(r.stdout) : void 0;
}
function readAlertsFromEnv(kinds, repo, env, cwd) {
  let repository = repo && checkRepository(repo, "--repo") || env.GITHUB_REPOSITORY && checkRepository(env.GITHUB_REPOSITORY, "GITHUB_REPOSITORY") || originRepository(cwd);
  if (!repository)
    throw new GateError(
      "--github-alerts needs the repository: --repo OWNER/NAME, GITHUB_REPOSITORY, or a github.com remote origin"
    );
  return readAlerts(kinds, {
    repository,
    ref: alertsRef(env.GITHUB_REF),
    token: env.GITHUB_TOKEN || void 0,
    apiUrl: env.GITHUB_API_URL || void 0,
    retryDelayMs: retryDelayOf(env.ZTGATE_RETRY_DELAY_MS)
  });
}

// src/commands/render.ts
function checkOutputs(outputs) {
  for (let o of outputs)
    if (!reporterById(o.format))
      throw new GateError(
        `unknown output format "${o.format}" (one of: ${REPORTERS.map((r) => r.id).join(", ")})`
      );
}
function emitOutputs(evaluation, outputs, context, io) {
  for (let o of outputs) {
    let reporter = reporterById(o.format);
    if (!reporter) continue;
    let text = reporter.render(evaluation, o.file ? { ...context, color: !1 } : context);
    o.file ? writeFileAtomic(o.file, text) : io.stdout(text, reporter.workflowCommands ? "workflow-commands" : "text");
  }
}

// src/commands/check.ts
var DEFAULT_MAX_LISTED = 100;
function maxListedOf(value) {
  if (value === void 0) return DEFAULT_MAX_LISTED;
  if (!/^\d+$/.test(value))
    throw new GateError(`--max-listed must be a whole number (0 lists all), not "${value}"`);
  return Number(value);
}
function bindingOf(images, commit) {
  for (let ref of images ?? [])
    if (!referenceDigest(ref))
      throw new GateError(
        `--image must be a reference with a digest (REF@sha256:<64 hex>), not "${ref}"`
      );
  if (commit !== void 0 && !revisionOf(commit))
    throw new GateError(`--commit must be a full commit id (40 or 64 hex digits), not "${commit}"`);
  return { images: images ?? [], commits: commit === void 0 ? [] : [commit] };
}
var check = {
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
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: {
        policy: { type: "string" },
        "policy-from": { type: "string" },
        baseline: { type: "string" },
        output: { type: "string", short: "o", multiple: !0 },
        "max-listed": { type: "string" },
        image: { type: "string", multiple: !0 },
        commit: { type: "string" },
        kev: { type: "string" },
        epss: { type: "string" },
        "github-alerts": { type: "string" },
        repo: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean", short: "v" }
      }
    }), kinds = values["github-alerts"] === void 0 ? [] : parseAlertKinds(values["github-alerts"], "--github-alerts");
    if (values["github-alerts"] !== void 0 && kinds.length === 0)
      throw new GateError(
        "--github-alerts names no kind (code-scanning, dependabot, secret-scanning)"
      );
    if (values.repo !== void 0 && kinds.length === 0)
      throw new GateError("--repo names the repository of --github-alerts, which is not given");
    if (positionals.length === 0 && kinds.length === 0)
      throw new GateError(
        "no reports given: nothing to check is not a pass (ztgate check REPORT...)"
      );
    let outputs = (values.output ?? ["console"]).map(parseOutputArg), maxListed = maxListedOf(values["max-listed"]), binding = bindingOf(values.image, values.commit);
    checkOutputs(outputs);
    let { policyPath, root } = locateRepository(values.policy, io.cwd), remote = readerFromEnv(io.env, (line) => io.stderr(`${line}
`)), policyFrom = values["policy-from"], pair = policyFrom === void 0 ? void 0 : await loadPolicyFromRef(values.policy, io.cwd, policyFrom), policy = pair?.trusted ?? await loadPolicy(policyPath, void 0, io.cwd, remote), baseline = values.baseline ? readBaselineFile(values.baseline, io.cwd) : void 0, catalogs = readCatalogs({ kev: values.kev, epss: values.epss }, io.cwd), firstSeen = baseline ? firstSeenDays(baseline) : void 0, reports = resolveReportArgs(positionals, io.cwd, root);
    values.verbose && io.stderr(`ztgate: repository root ${root}
`);
    let progress = createProgress({
      write: io.stderr,
      enabled: io.stderrIsTTY === !0,
      // Date.now() rather than performance.now(): perf_hooks costs start-up 1-10 ms to load,
      // and a progress line's delay needs no better clock.
      clock: () => Date.now()
    }), loaded = await loadInWorkers(reports, {
      script: io.self && join(dirname(io.self.script), "parse-worker.js"),
      setting: io.env.ZTGATE_PARSE_WORKERS,
      onReport: progress.step
    }), alerts = kinds.length ? await readAlertsFromEnv(kinds, values.repo, io.env, io.cwd) : void 0, checked = runCheck({
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
      firstSeen
    });
    progress.finish();
    let { parsed } = checked, { evaluation } = checked, withBaseline = (ev) => baseline && values.baseline ? applyBaseline(ev, baseline, values.baseline) : ev;
    if (evaluation = withBaseline(evaluation), pair?.proposed) {
      let proposed = withBaseline(
        evaluateParsed(parsed, pair.proposed.policy, io.now, { root, catalogs, firstSeen })
      );
      evaluation = withPolicyChange(evaluation, proposed, pair.proposed.changes, {
        deciding: `the policy${pair.ref.where}`,
        proposed: "the working tree's policy"
      });
    }
    return emitOutputs(
      evaluation,
      outputs,
      {
        color: wantsColor(io),
        verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal",
        version: VERSION,
        workspace: root,
        maxListed
      },
      io
    ), evaluation.errors.length > 0 ? (io.stderr(evaluation.errors.map((e) => `ztgate: error: ${printableLine(e)}
`).join("")), EXIT.undecided) : evaluation.outcome === "fail" ? EXIT.blocked : EXIT.pass;
  }
};

export {
  check
};
