// The pipeline shared by the CLI, the hook and the action (DESIGN §2):
// report files -> findings -> dedupe -> evaluate against the policy -> Evaluation.
// No process.*, no @actions/*: the entries pass in what they read from their environment.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { dedupe } from "./dedupe.js";
import { evaluate, type Evaluation } from "./evaluate.js";
import { expandGlob } from "./globs.js";
import { loadPolicy, type Policy } from "./policy.js";
import {
  loadEvidence,
  parseReportArg,
  type EvidenceReport,
  type ReportRequest,
} from "./reports.js";

export const POLICY_FILE_NAMES = ["ztgate.yml", ".ztgate.yml"];

/** --policy FILE, else ztgate.yml or .ztgate.yml in the working directory, else built-in. */
export function findPolicyPath(explicit: string | undefined, cwd: string): string | undefined {
  if (explicit) return explicit;
  return POLICY_FILE_NAMES.map((n) => join(cwd, n)).find((p) => existsSync(p));
}

/** Report arguments ("FORMAT:PATH" or globs) → one request per file. */
export function resolveReportArgs(args: readonly string[], cwd: string): ReportRequest[] {
  return args.flatMap((arg) => {
    const request = parseReportArg(arg);
    return expandGlob(request.path, cwd).map((path) => ({ ...request, path }));
  });
}

export interface CheckInput {
  reports: ReportRequest[];
  policy: Policy;
  now: Date;
  /** Repository root (the working directory): asset globs are relative to it. */
  root?: string;
  /** Called before each report is parsed (the CLI's progress line). */
  onReport?: (index: number, total: number, path: string) => void;
}

export interface CheckResult {
  evaluation: Evaluation;
  parsed: EvidenceReport[];
}

export function runCheck({ reports, policy, now, root, onReport }: CheckInput): CheckResult {
  const parsed = reports.map((request, i) => {
    onReport?.(i, reports.length, request.path);
    return loadEvidence(request);
  });
  const findings = dedupe(parsed.flatMap((r) => r.findings));
  const summaries = parsed.map((r) => ({
    path: r.path,
    format: r.format,
    findings: r.findings.length,
    layers: r.layers,
    ...(r.createdAt ? { createdAt: r.createdAt } : {}),
  }));
  return { evaluation: evaluate(findings, policy, now, summaries, { root }), parsed };
}

export function loadPolicyFor(explicit: string | undefined, cwd: string): Promise<Policy> {
  return loadPolicy(findPolicyPath(explicit, cwd));
}
