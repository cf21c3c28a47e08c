import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  loadPolicyFromRef
} from "./chunk-VFPNH26N.js";
import {
  readBaselineFile
} from "./chunk-OS6JKMVO.js";
import {
  parseOutputArg,
  writeFileAtomic
} from "./chunk-WTVRMOKY.js";
import {
  VERSION
} from "./chunk-QCZ32PRE.js";
import {
  wantsColor
} from "./chunk-24VQTDZU.js";
import {
  evaluateParsed,
  loadPolicy,
  locateRepository,
  readerFromEnv,
  resolveReportArgs,
  runCheck
} from "./chunk-CPY6TYLN.js";
import {
  REPORTERS,
  reporterById
} from "./chunk-YQUZLTHR.js";
import {
  withPolicyChange
} from "./chunk-YHG7Q7IT.js";
import {
  applyBaseline,
  firstSeenDays
} from "./chunk-5JHQMPSX.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import {
  referenceDigest,
  revisionOf
} from "./chunk-5HELQAN3.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// src/commands/check.ts
import { performance } from "node:perf_hooks";
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
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean", short: "v" }
      }
    });
    if (positionals.length === 0)
      throw new GateError(
        "no reports given: nothing to check is not a pass (ztgate check REPORT...)"
      );
    let outputs = (values.output ?? ["console"]).map(parseOutputArg), maxListed = maxListedOf(values["max-listed"]), binding = bindingOf(values.image, values.commit);
    checkOutputs(outputs);
    let { policyPath, root } = locateRepository(values.policy, io.cwd), remote = readerFromEnv(io.env, (line) => io.stderr(`${line}
`)), policyFrom = values["policy-from"], pair = policyFrom === void 0 ? void 0 : await loadPolicyFromRef(values.policy, io.cwd, policyFrom), policy = pair?.trusted ?? await loadPolicy(policyPath, void 0, io.cwd, remote), baseline = values.baseline ? readBaselineFile(values.baseline, io.cwd) : void 0, firstSeen = baseline ? firstSeenDays(baseline) : void 0, reports = resolveReportArgs(positionals, io.cwd, root);
    values.verbose && io.stderr(`ztgate: repository root ${root}
`);
    let progress = createProgress({
      write: io.stderr,
      enabled: io.stderrIsTTY === !0,
      clock: () => performance.now()
    }), checked = runCheck({
      reports,
      policy,
      now: io.now,
      root,
      binding,
      onReport: progress.step,
      onRead: progress.read,
      firstSeen
    });
    progress.finish();
    let { parsed } = checked, { evaluation } = checked, withBaseline = (ev) => baseline && values.baseline ? applyBaseline(ev, baseline, values.baseline) : ev;
    if (evaluation = withBaseline(evaluation), pair?.proposed) {
      let policy2 = pair.proposed.policy, ev = evaluateParsed(parsed, policy2, io.now, root, void 0, void 0, firstSeen), proposed = withBaseline(ev);
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
