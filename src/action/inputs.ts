// The action's inputs and their defaults, in one place (DESIGN §3). action.yml lists the same
// names without defaults (test/action-config.test.ts keeps the two in step), so a default is
// changed here and nowhere else. Pure: the entry passes in how to read an input.
import { referenceDigest } from "../gate/binding.js";
import { GateError } from "../model/errors.js";
import { parseAlertKinds, type AlertKind } from "../reports/github-alerts.js";
import type { FailOn } from "../policy/types.js";

export type CommentMode = "always" | "on-failure" | "never";
/** In a pull request or merge group, whose policy decides: the base commit's, or the change's. */
export type PolicySource = "base" | "head";

export interface RetryConfig {
  /** Attempts per request, the first included. */
  attempts: number;
  /** First backoff delay; doubled on every retry. */
  baseDelayMs: number;
  /** Upper bound on any single wait, including a server's Retry-After. */
  maxDelayMs: number;
}

export interface ActionConfig {
  reports: string[];
  policy?: string;
  policySource: PolicySource;
  /** Overrides the policy's settings.fail-on when set. */
  failOn?: FailOn;
  baseline?: string;
  /** KEV catalog and EPSS CSV files that enrich findings (io/enrichment-files.ts). */
  kev?: string;
  epss?: string;
  /** Images being gated (REF@sha256:...): image reports must name their digests. */
  images?: string[];
  comment: CommentMode;
  annotations: boolean;
  checkRun: boolean;
  jobSummary: boolean;
  sarifFile?: string;
  jsonFile?: string;
  openvexFile?: string;
  githubToken: string;
  /** Reads github: policy packs (and team memberships); default: githubToken. */
  policyToken?: string;
  retry: RetryConfig;
  /** The `name` input: keys the sticky comment and the check run (runKey). */
  name?: string;
  /** The job's matrix values, in order (from the `matrix` input); empty without a matrix. */
  matrix: string[];
  /** Report blocking findings as warnings and never fail (fail-on never). */
  warnOnly: boolean;
  /** GitHub's alert lists to read through the API (the `github-alerts` input); unset: none. */
  githubAlerts?: AlertKind[];
}

interface InputSpec {
  description: string;
  /** The default when the input is empty; undefined means "not set". */
  default?: string;
  choices?: readonly string[];
}

/** Every input of action.yml, with its default. */
export const INPUTS = {
  reports: {
    description:
      "Report files or globs, one per line (FORMAT:PATH forces a format). May be empty when github-alerts is set.",
  },
  policy: {
    description:
      "Policy file. Default: ztgate.yml or .ztgate.yml in the workspace, else the built-in default pack.",
  },
  "policy-source": {
    description:
      "In pull_request, pull_request_target and merge_group events, whose policy decides: base (the base commit's, with every file it extends; the change's own policy is shown beside it) or head (the checkout's).",
    default: "base",
    choices: ["base", "head"],
  },
  "fail-on": {
    description: "block, warn or never. Default: the policy's settings.fail-on (block).",
    choices: ["block", "warn", "never"],
  },
  baseline: { description: "Baseline file of accepted existing findings." },
  kev: {
    description:
      "CISA's KEV catalog JSON (plain or gzipped): findings whose CVE id or alias it lists are kev: true (settings.enrichment-max-age-days).",
  },
  epss: {
    description:
      "FIRST's EPSS scores CSV (plain or gzipped): findings take the highest score of their CVE ids (settings.enrichment-max-age-days).",
  },
  image: {
    description:
      "The image being gated, REF@sha256:DIGEST, one per line: image reports must name its digest (require.image-digest demands one).",
  },
  comment: {
    description:
      "Sticky pull request comment: always, on-failure (removed once the gate passes) or never.",
    default: "always",
    choices: ["always", "on-failure", "never"],
  },
  annotations: {
    description: "Annotate findings on files (workflow commands).",
    default: "true",
  },
  "check-run": {
    description: "Create a ztgate check run with annotations.",
    default: "false",
  },
  "job-summary": { description: "Write the job summary.", default: "true" },
  "sarif-file": { description: "Write SARIF 2.1.0 here (for github/codeql-action/upload-sarif)." },
  "json-file": { description: "Write the full evaluation as JSON here." },
  "openvex-file": {
    description:
      "Write an OpenVEX document here: a statement per waived or ignored finding (trivy --vex and grype --vex read it back).",
  },
  "github-token": {
    description: "Token for comments and check runs. Default: the workflow's token.",
  },
  name: {
    description:
      "Keys the sticky comment and the check run, so matrix legs and several gates in one workflow do not overwrite each other. Default: the job id, with the matrix values when there is a matrix.",
  },
  "warn-only": {
    description:
      "Report blocking findings as warnings (annotations, comment) and never fail the step: fail-on never, said so in the comment.",
    default: "false",
  },
  matrix: {
    description:
      "The job's matrix, for the default name. Leave unset: action.yml passes toJSON(matrix).",
  },
  "github-alerts": {
    description:
      "GitHub's own alerts read through the API as reports, comma separated: code-scanning (for the pull request's head, else the pushed ref), dependabot, secret-scanning (the default branch). Needs security-events, vulnerability-alerts (Dependabot alerts) or secret-scanning-alerts: read. One that cannot be read fails the gate when the policy requires its layer, else is a warning.",
  },
  "policy-token": {
    description:
      "Token that reads github: policy packs in other (private) repositories and the teams in settings.waiver-approvers. Default: github-token.",
  },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

/** Retries for 5xx and rate limits: bounded, with exponential backoff. */
export const DEFAULT_RETRY: RetryConfig = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };

/** Reads one raw input ("" when unset); the action passes @actions/core's getInput. */
export type ReadInput = (name: InputName) => string;

export function readConfig(
  read: ReadInput,
  env: Record<string, string | undefined> = {},
): ActionConfig {
  const get = (name: InputName): string | undefined => {
    const spec: InputSpec = INPUTS[name];
    const value = read(name).trim() || spec.default;
    if (value !== undefined && spec.choices && !spec.choices.includes(value)) {
      throw new GateError(
        `input "${name}" must be one of: ${spec.choices.join(", ")} (got "${value}")`,
      );
    }
    return value || undefined;
  };
  const reports = lines(read("reports"));
  const githubAlerts = parseAlertKinds(read("github-alerts"), 'input "github-alerts"');
  if (reports.length === 0 && githubAlerts.length === 0) {
    throw new GateError('input "reports" is empty: nothing to check is not a pass');
  }
  const images = lines(read("image"));
  const undigested = images.find((ref) => !referenceDigest(ref));
  if (undigested !== undefined) {
    throw new GateError(
      `input "image" must be a reference with a digest (REF@sha256:<64 hex>), not "${undigested}"`,
    );
  }
  return {
    reports,
    images: images.length > 0 ? images : undefined,
    policy: get("policy"),
    policySource: get("policy-source") as PolicySource,
    failOn: get("fail-on") as FailOn | undefined,
    baseline: get("baseline"),
    kev: get("kev"),
    epss: get("epss"),
    comment: get("comment") as CommentMode,
    annotations: bool(get, "annotations"),
    checkRun: bool(get, "check-run"),
    jobSummary: bool(get, "job-summary"),
    sarifFile: get("sarif-file"),
    jsonFile: get("json-file"),
    openvexFile: get("openvex-file"),
    githubToken: get("github-token") ?? "",
    policyToken: get("policy-token"),
    retry: retryFromEnv(env),
    name: get("name"),
    matrix: matrixValues(read("matrix")),
    warnOnly: warnOnly(get),
    githubAlerts: githubAlerts.length > 0 ? githubAlerts : undefined,
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** warn-only is fail-on never; asking for both it and a failing fail-on is a contradiction. */
function warnOnly(get: (name: InputName) => string | undefined): boolean {
  const on = bool(get, "warn-only");
  const failOn = get("fail-on");
  if (on && failOn !== undefined && failOn !== "never") {
    throw new GateError(`input "warn-only" is true but "fail-on" is ${failOn}: choose one`);
  }
  return on;
}

/**
 * toJSON(matrix): an object whose values name the leg ({"os":"ubuntu","node":20} → ubuntu,
 * 20). Anything else ("null" outside a matrix, an expression the runner left unevaluated)
 * names no leg; the key is the job id, as without a matrix.
 */
export function matrixValues(raw: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.values(value).map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
}

function bool(get: (name: InputName) => string | undefined, name: InputName): boolean {
  const value = get(name)?.toLowerCase();
  if (value === "true") return true;
  if (value === "false") return false;
  throw new GateError(`input "${name}" must be true or false (got "${value}")`);
}

/**
 * ZTGATE_RETRY_DELAY_MS shortens the backoff (tests use a few milliseconds instead of seconds);
 * the number of attempts stays bounded either way.
 */
function retryFromEnv(env: Record<string, string | undefined>): RetryConfig {
  const raw = env.ZTGATE_RETRY_DELAY_MS;
  if (raw === undefined || raw === "") return DEFAULT_RETRY;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) {
    throw new GateError(`ZTGATE_RETRY_DELAY_MS must be a number of milliseconds (got "${raw}")`);
  }
  return { ...DEFAULT_RETRY, baseDelayMs: ms, maxDelayMs: Math.max(ms * 8, 1) };
}
