// The pipeline shared by the CLI, the hook and the action (DESIGN §2):
// report files -> findings -> dedupe -> evaluate against the policy -> Evaluation.
// No process.*, no @actions/*: the entries pass in what they read from their environment.
import { existsSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { outsidePaths } from "./policy/assets.js";
import { dedupe } from "./model/dedupe.js";
import { evaluate, type EvaluateOptions, type Evaluation } from "./gate/evaluate.js";
import { expandGlob } from "./io/globs.js";
import { BUILTIN_PREFIX, type Policy } from "./policy/load.js";
import { loadPolicy } from "./io/policy-file.js";
import type { RemoteRead } from "./policy/remote-ref.js";
import { chooseRoot, dirsUpTo, gitTopLevel, type TopLevel } from "./io/repo-root.js";
import {
  loadEvidence,
  parseReportArg,
  type EvidenceReport,
  type ReportRequest,
} from "./reports/read.js";

export const POLICY_FILE_NAMES = ["ztgate.yml", ".ztgate.yml"];

/**
 * --policy FILE, else ztgate.yml or .ztgate.yml in the working directory or the nearest
 * parent up to the git top level (so a subfolder finds the repository's policy), else
 * built-in (undefined).
 */
export function findPolicyPath(
  explicit: string | undefined,
  cwd: string,
  topLevel: TopLevel = gitTopLevel,
): string | undefined {
  if (explicit) return explicit;
  const here = policyIn(cwd);
  if (here) return here;
  return dirsUpTo(cwd, topLevel(cwd)).slice(1).map(policyIn).find(Boolean);
}

function policyIn(dir: string): string | undefined {
  return POLICY_FILE_NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
}

/** Where the policy is and the repository root its paths are relative to. */
export interface Repository {
  /** The policy file, or built-in:NAME; undefined for the built-in default. */
  policyPath?: string;
  root: string;
}

export function locateRepository(
  explicit: string | undefined,
  cwd: string,
  workspace?: string,
  topLevel: TopLevel = gitTopLevel,
): Repository {
  const policyPath = findPolicyPath(explicit, cwd, topLevel);
  const policyFile = policyPath?.startsWith(BUILTIN_PREFIX) ? undefined : policyPath;
  return { policyPath, root: chooseRoot({ cwd, policyFile, workspace }, topLevel) };
}

/**
 * Report arguments ("FORMAT:PATH" or globs) → one request per file, read from `cwd`. With a
 * root, each report is named by its repository path (the same from every directory), or by
 * its absolute path when it lies outside the repository.
 */
export function resolveReportArgs(
  args: readonly string[],
  cwd: string,
  root?: string,
): ReportRequest[] {
  return args.flatMap((arg) => {
    const request = parseReportArg(arg);
    return expandGlob(request.path, cwd).map((path) => {
      const file = resolve(cwd, path);
      return { ...request, path: root === undefined ? path : reportName(file, root), file };
    });
  });
}

function reportName(file: string, root: string): string {
  // git names the root by its real path; a report typed through a symlink (macOS /tmp is
  // /private/tmp) is still under it.
  const rel = repositoryRelative(file, root) ?? repositoryRelative(realPath(file), root);
  return rel === undefined ? file : rel.split(sep).join("/");
}

function repositoryRelative(file: string, root: string): string | undefined {
  const rel = relative(root, file);
  const inside = rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  return inside ? rel : undefined;
}

/** The real path of a report, or the path itself when it cannot be read (named as typed). */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

export interface CheckInput {
  reports: ReportRequest[];
  policy: Policy;
  now: Date;
  /** Repository root (locateRepository): asset, rule and waiver globs are relative to it. */
  root?: string;
  /** Called before each report is parsed (the CLI's progress line). */
  onReport?: (index: number, total: number, path: string) => void;
  /** Waivers a pull request changed without the approving review they need (action/). */
  unapproved?: EvaluateOptions["unapproved"];
}

export interface CheckResult {
  evaluation: Evaluation;
  parsed: EvidenceReport[];
}

export function runCheck({
  reports,
  policy,
  now,
  root,
  onReport,
  unapproved,
}: CheckInput): CheckResult {
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
  const evaluation = evaluate(findings, policy, now, summaries, { root, unapproved });
  const outside = outsideWarning(evaluation, root);
  if (outside) evaluation.warnings.push(outside);
  return { evaluation, parsed };
}

/**
 * Findings seen at paths outside the repository: no asset, rule or waiver `paths` can match
 * them there, so they are classified by their other places or the default. Said, not silent.
 */
function outsideWarning(evaluation: Evaluation, root: string | undefined): string | undefined {
  if (root === undefined) return undefined;
  let count = 0;
  let first: string | undefined;
  for (const e of evaluation.findings) {
    const paths = outsidePaths(e.finding, root);
    if (paths.length === 0) continue;
    count++;
    first ??= paths[0];
  }
  if (count === 0) return undefined;
  return (
    `${count} finding(s) name a path outside the repository root ${root} (first: ` +
    `${JSON.stringify(first)}): no asset, rule or waiver paths match it there, so they are ` +
    "classified by their other places or default-classification (ztgate explain shows each)"
  );
}

export function loadPolicyFor(
  explicit: string | undefined,
  cwd: string,
  remote?: RemoteRead,
): Promise<Policy> {
  return loadPolicy(findPolicyPath(explicit, cwd), undefined, undefined, remote);
}
