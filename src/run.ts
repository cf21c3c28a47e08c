// The pipeline shared by the CLI, the hook and the action (DESIGN §2):
// report files -> findings -> dedupe -> evaluate against the policy -> Evaluation.
// No process.*, no @actions/*: the entries pass in what they read from their environment.
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { repositoryPath } from "./model/repo-path.js";
import { dedupe } from "./model/dedupe.js";
import { evaluate, type EvaluateOptions, type Evaluation } from "./gate/evaluate.js";
import type { Binding } from "./gate/evidence.js";
import { expandGlob } from "./io/globs.js";
import type { Catalogs } from "./enrichment/catalog.js";
import { enrichFindings } from "./enrichment/enrich.js";
import { markEnrichment } from "./gate/enrichment.js";
import { BUILTIN_PREFIX, type Policy } from "./policy/load.js";
import { loadPolicy } from "./io/policy-file.js";
import type { RemoteRead } from "./policy/remote-ref.js";
import { chooseRoot, gitTopLevel, type TopLevel } from "./io/repo-root.js";
import { discoverPolicy } from "./io/policy-discovery.js";
import { judgeAlertReads } from "./gate/alert-reads.js";
import { alertEvidence, type AlertRead } from "./reports/github-alerts.js";
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
  /** KEV and EPSS catalogues (--kev, --epss): fill in kev/epss before evaluation. */
  catalogs?: Catalogs;
  /** GitHub's alert lists read through the API (io/github-alerts.ts), judged with the policy. */
  alerts?: readonly AlertRead[];
  /** The reports already loaded, in the order of `reports` (io/parse-workers.ts). */
  loaded?: readonly EvidenceReport[];
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
  catalogs,
  alerts,
  loaded,
  firstSeen,
}: CheckInput): CheckResult {
  // A source the policy requires but that could not be read stops here (exit 2).
  const judged = alerts ? judgeAlertReads(alerts, policy.require) : undefined;
  const parsed = loaded
    ? [...loaded]
    : reports.map((request, i) => {
        onReport?.(i, reports.length, request.path);
        const size = onRead ? fileSize(request.file ?? request.path) : 0;
        return loadEvidence(request, onRead && ((bytes, found) => onRead(bytes, size, found)));
      });
  for (const { kind, alerts: list } of judged?.read ?? []) parsed.push(alertEvidence(kind, list));
  const evaluation = evaluateParsed(parsed, policy, now, {
    root,
    binding,
    unapproved,
    catalogs,
    firstSeen,
  });
  evaluation.warnings.push(...(judged?.warnings ?? []));
  return { evaluation, parsed };
}

/** What evaluating reports already read can take besides the policy (CheckInput's meaning). */
export type EvaluateParsedOptions = Pick<
  CheckInput,
  "root" | "binding" | "unapproved" | "catalogs" | "firstSeen"
>;

/** Reports already read, judged by a policy (a pull request's own, beside the trusted one). */
export function evaluateParsed(
  parsed: readonly EvidenceReport[],
  policy: Policy,
  now: Date,
  options: EvaluateParsedOptions = {},
): Evaluation {
  const { root, binding, unapproved, catalogs, firstSeen } = options;
  const merged = dedupe(
    parsed.flatMap((r) => r.findings),
    policy.settings.unknownSeverity,
  );
  // After dedupe, so a finding meets the catalogue with the aliases of every scanner.
  const enriched = catalogs ? enrichFindings(merged, catalogs) : undefined;
  const findings = enriched?.findings ?? merged;
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
  const evaluation = evaluate(findings, policy, now, summaries, {
    root,
    binding,
    unapproved,
    firstSeen,
  });
  if (catalogs) markEnrichment(evaluation, enriched!.marks, catalogs, policy.settings, now);
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
  // Every finding of a report names the same report path, and many share a location: each
  // distinct path is looked up once (this ran per finding, 3-4 % of a 100k-finding run).
  const outside = new Map<string, boolean>();
  const isOutside = (p: string | undefined): boolean => {
    if (!p || !mayLeaveRoot(p)) return false;
    let known = outside.get(p);
    if (known === undefined) outside.set(p, (known = repositoryPath(p, root) === undefined));
    return known;
  };
  for (const e of evaluation.findings) {
    const f = e.finding;
    // The first of the finding's paths outside, as policy/assets.ts outsidePaths lists them.
    const path = isOutside(f.location?.path)
      ? f.location?.path
      : f.foundBy.find((s) => isOutside(s.report))?.report;
    if (path === undefined) continue;
    count++;
    first ??= path;
  }
  if (count === 0) return undefined;
  return (
    `${count} finding(s) name a path outside the repository root ${root} (first: ` +
    `${JSON.stringify(first)}): no asset, rule or waiver paths match it there, so they are ` +
    "classified by their other places or default-classification (ztgate explain shows each)"
  );
}

/**
 * Whether normalising `p` could put it outside the repository: only an absolute path ("/x",
 * "\\x", "C:x") or one with ".." can. The rest (most locations) need no lookup at all.
 */
function mayLeaveRoot(p: string): boolean {
  const c = p.charCodeAt(0);
  return c === 0x2f || c === 0x5c || p.charCodeAt(1) === 0x3a || p.includes("..");
}

export function loadPolicyFor(
  explicit: string | undefined,
  cwd: string,
  remote?: RemoteRead,
): Promise<Policy> {
  return loadPolicy(findPolicyPath(explicit, cwd), undefined, undefined, remote);
}
