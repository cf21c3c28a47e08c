// The action's inputs and their defaults, in one place (DESIGN §3). action.yml lists the same
// names without defaults (test/action-config.test.ts keeps the two in step), so a default is
// changed here and nowhere else. Pure: the entry passes in how to read an input.
import { GateError } from "../model/errors.js";
import type { FailOn } from "../policy/types.js";

export type CommentMode = "always" | "on-failure" | "never";

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
  /** Overrides the policy's settings.fail-on when set. */
  failOn?: FailOn;
  baseline?: string;
  comment: CommentMode;
  annotations: boolean;
  checkRun: boolean;
  jobSummary: boolean;
  sarifFile?: string;
  jsonFile?: string;
  githubToken: string;
  /** Reads github: policy packs (and team memberships); default: githubToken. */
  policyToken?: string;
  retry: RetryConfig;
}

interface InputSpec {
  description: string;
  /** The default when the input is empty; undefined means "not set". */
  default?: string;
  choices?: readonly string[];
}

/** Every input of action.yml, with its default. */
export const INPUTS = {
  reports: { description: "Report files or globs, one per line (FORMAT:PATH forces a format)." },
  policy: {
    description:
      "Policy file. Default: ztgate.yml or .ztgate.yml in the workspace, else the built-in default pack.",
  },
  "fail-on": {
    description: "block, warn or never. Default: the policy's settings.fail-on (block).",
    choices: ["block", "warn", "never"],
  },
  baseline: { description: "Baseline file of accepted existing findings." },
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
  "github-token": {
    description: "Token for comments and check runs. Default: the workflow's token.",
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
  const reports = read("reports")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (reports.length === 0) {
    throw new GateError('input "reports" is empty: nothing to check is not a pass');
  }
  return {
    reports,
    policy: get("policy"),
    failOn: get("fail-on") as FailOn | undefined,
    baseline: get("baseline"),
    comment: get("comment") as CommentMode,
    annotations: bool(get, "annotations"),
    checkRun: bool(get, "check-run"),
    jobSummary: bool(get, "job-summary"),
    sarifFile: get("sarif-file"),
    jsonFile: get("json-file"),
    githubToken: get("github-token") ?? "",
    policyToken: get("policy-token"),
    retry: retryFromEnv(env),
  };
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
