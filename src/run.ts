// The pipeline shared by the CLI, the hook and the action (DESIGN §2):
// report files -> findings -> dedupe -> evaluate against the policy -> Evaluation.
// No process.*, no @actions/*: the entries pass in what they read from their environment.
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { outsidePaths } from "./policy/assets.js";
import { repositoryPath } from "./model/repo-path.js";
import { dedupe } from "./model/dedupe.js";
import { evaluate, type EvaluateOptions, type Evaluation } from "./gate/evaluate.js";
import type { Binding } from "./gate/evidence.js";
import { expandGlob } from "./io/globs.js";
import { BUILTIN_PREFIX, type Policy } from "./policy/load.js";
import { loadPolicy } from "./io/policy-file.js";
import type { RemoteRead } from "./policy/remote-ref.js";
import { chooseRoot, gitTopLevel, type TopLevel } from "./io/repo-root.js";
import { discoverPolicy } from "./io/policy-discovery.js";
import {
  loadEvidence,
  parseReportArg,
  type EvidenceReport,
  type ReportRequest,
} from "./reports/read.js";

export { POLICY_FILE_NAMES } from "./io/policy-discovery.js";

/**
 * --policy FILE, else ztgate.yml or .ztgate.yml in the working directory or the nearest
 * parent up to the git top level (so a subfolder finds the repository's policy), else
 * built-in (undefined). Both names in one directory is exit 2 (io/policy-discovery.ts).
 */
export function findPolicyPath(
  explicit: string | undefined,
  cwd: string,
  topLevel: TopLevel = gitTopLevel,
): string | undefined {
  if (explicit) return explicit;
  return discoverPolicy(cwd, topLevel);
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
  /** The image and commit being gated (--image, --commit; the action's event). */
  binding?: Binding;
  /** Called before each report is parsed (the CLI's progress line). */
  onReport?: (index: number, total: number, path: string) => void;
  /** Waivers a pull request changed without the approving review they need (action/). */
  unapproved?: EvaluateOptions["unapproved"];
  /** Called while a large report streams: bytes read of its size, findings so far. */
  onRead?: (bytesRead: number, size: number, findings: number) => void;
  /** First-seen day per fingerprint (a baseline's, gate/first-seen.ts), for deadlines. */
  firstSeen?: EvaluateOptions["firstSeen"];
}

/** The size the progress line measures against; 0 when unknown (reading fails later, named). */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
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
  binding,
  onReport,
  onRead,
  unapproved,
  firstSeen,
}: CheckInput): CheckResult {
  const parsed = reports.map((request, i) => {
    onReport?.(i, reports.length, request.path);
    const size = onRead ? fileSize(request.file ?? request.path) : 0;
    return loadEvidence(request, onRead && ((bytes, found) => onRead(bytes, size, found)));
  });
  const evaluation = evaluateParsed(parsed, policy, now, root, binding, unapproved, firstSeen);
  return { evaluation, parsed };
}

/** Reports already read, judged by a policy (a pull request's own, beside the trusted one). */
export function evaluateParsed(
  parsed: readonly EvidenceReport[],
  policy: Policy,
  now: Date,
  root?: string,
  binding?: CheckInput["binding"],
  unapproved?: CheckInput["unapproved"],
  firstSeen?: CheckInput["firstSeen"],
): Evaluation {
  const findings = dedupe(parsed.flatMap((r) => r.findings));
  // Every output names a file by its repository path: an absolute location under the root
  // (or GitHub's container workspace) is shown relative, in the console, markdown, HTML and
  // JSON alike (annotations and SARIF place files with the same rule). Fingerprints were
  // computed from the path as the scanner wrote it, so identities do not change.
  if (root !== undefined) {
    for (const f of findings) {
      const path = f.location?.path;
      if (path === undefined || !isAbsolute(path)) continue;
      const inRepo = repositoryPath(path, root);
      if (inRepo !== undefined && inRepo !== ".") f.location = { ...f.location!, path: inRepo };
    }
  }
  const summaries = parsed.map((r) => ({
    path: r.path,
    format: r.format,
    findings: r.findings.length,
    layers: r.layers,
    ...(r.createdAt ? { createdAt: r.createdAt } : {}),
    timestamped: r.timestamped,
    images: namedImages(r),
    subject: { digests: r.subject.digests, revisions: r.subject.revisions },
  }));
  const options = { root, binding, unapproved, firstSeen };
  const evaluation = evaluate(findings, policy, now, summaries, options);
  const outside = outsideWarning(evaluation, root);
  if (outside) evaluation.warnings.push(outside);
  return evaluation;
}

/** The images a report names: its subject's, and the targets of its findings (once each). */
function namedImages(report: EvidenceReport): string[] {
  const images = new Set(report.subject.images);
  for (const f of report.findings) if (f.target) images.add(f.target);
  return [...images];
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
