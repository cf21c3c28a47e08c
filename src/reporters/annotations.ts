// Annotations on files: which findings get one, in what order, and how they are written as
// workflow commands. GitHub keeps 10 error + 10 warning + 10 notice annotations per step and
// drops the rest silently (DESIGN §5), so the order decides what a reviewer sees: blocking
// findings first, then findings on files the pull request changed, then by severity. What did
// not fit is counted so the summary can say so.
import type { EvaluatedFinding, Evaluation, Verdict } from "../gate/evaluate.js";
import { severityRank } from "../model/vocabulary.js";
import { outputPath } from "../model/repo-path.js";
import { printableLine } from "../model/safe-text.js";
import { findingSubject } from "./console.js";
import type { Reporter, ReportContext } from "./types.js";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  finding: EvaluatedFinding;
}

export interface AnnotationOptions extends RankOptions {
  /** Per-level limit; GitHub's per-step limit by default. */
  perLevel?: number;
  /**
   * Slots per level kept for ztgate's own lines (the final "ztgate blocked" error, delivery
   * warnings): GitHub drops whatever comes after the limit, and those lines must not be it.
   */
  reserved?: Partial<Record<AnnotationLevel, number>>;
}

export interface RankOptions {
  /** Files the pull request changed (repository-relative, forward slashes). */
  changedFiles?: ReadonlySet<string>;
  /** The repository root: paths are annotated in its terms (src/model/repo-path.ts). */
  root?: string;
  /**
   * Warn-only (fail-on never): nothing blocks, so a blocking finding is annotated as a warning
   * saying it would block, not as an error on a job that passes.
   */
  warnOnly?: boolean;
}

export interface AnnotationSelection {
  shown: Annotation[];
  /** How many annotations per level did not fit. */
  omitted: Record<AnnotationLevel, number>;
}

export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

const LEVEL_OF: Partial<Record<Verdict, AnnotationLevel>> = {
  block: "error",
  warn: "warning",
  info: "notice",
};

const VERDICT_RANK: Record<Verdict, number> = { block: 0, warn: 1, info: 2, waived: 3, ignored: 4 };

/** Findings a baseline accepted come after new ones of the same verdict. */
const existing = (e: EvaluatedFinding) => (e.baseline === "existing" ? 1 : 0);

/** Every annotatable finding as an annotation, most important first. */
export function rankedAnnotations(evaluation: Evaluation, options: RankOptions = {}): Annotation[] {
  const changedFiles = options.changedFiles ?? new Set();
  const inChange = (e: EvaluatedFinding) =>
    e.finding.location && changedFiles.has(outputPath(e.finding.location.path, options.root).path)
      ? 0
      : 1;
  return evaluation.findings
    .filter((e) => LEVEL_OF[e.verdict])
    .map((e, index) => ({ e, index }))
    .sort(
      (a, b) =>
        VERDICT_RANK[a.e.verdict] - VERDICT_RANK[b.e.verdict] ||
        existing(a.e) - existing(b.e) ||
        inChange(a.e) - inChange(b.e) ||
        severityRank(b.e.effectiveSeverity) - severityRank(a.e.effectiveSeverity) ||
        a.index - b.index,
    )
    .map(({ e }) => toAnnotation(e, options));
}

export function selectAnnotations(
  evaluation: Evaluation,
  options: AnnotationOptions = {},
): AnnotationSelection {
  const perLevel = options.perLevel ?? WORKFLOW_ANNOTATIONS_PER_LEVEL;
  const limit = (level: AnnotationLevel) =>
    Math.max(0, perLevel - (options.reserved?.[level] ?? 0));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  for (const a of rankedAnnotations(evaluation, options)) {
    if (used[a.level] < limit(a.level)) {
      used[a.level]++;
      shown.push(a);
    } else {
      omitted[a.level]++;
    }
  }
  return { shown, omitted };
}

function toAnnotation(e: EvaluatedFinding, options: RankOptions): Annotation {
  const f = e.finding;
  const fix = f.fix?.available ? ` Fix: ${f.fix.versions.join(", ") || "available"}.` : "";
  const subject = findingSubject(f);
  const place = f.location ? outputPath(f.location.path, options.root) : undefined;
  // A file outside the repository (inside an image, another checkout) is named in the
  // message: GitHub cannot place it, and a guessed file would be a wrong place.
  const outside = place && !place.inRepository ? ` At ${place.path} (outside the repository).` : "";
  const warnOnly = options.warnOnly && e.verdict === "block";
  // Shown in the log and on the pull request: each text under the output rule (ESC, BEL,
  // bidi overrides as "?"), before the workflow command escaping below.
  return {
    level: warnOnly ? "warning" : (LEVEL_OF[e.verdict] ?? "notice"),
    title: printableLine(
      `ztgate ${warnOnly ? "block (warn-only)" : e.verdict}: ${e.effectiveSeverity} ${f.id}`,
    ),
    message: printableLine(
      `${f.title}${subject ? ` (${subject})` : ""}.${fix} ${capitalise(e.reason).replace(/\.$/, "")}.${outside}`,
    ),
    ...(f.location && place?.inRepository
      ? {
          file: printableLine(place.path),
          startLine: f.location.startLine,
          endLine: f.location.endLine,
        }
      : {}),
    finding: e,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Workflow command escaping (as @actions/core does it): data escapes %, CR and LF; property
// values also escape ":" and ",". Escaping newlines is also what stops a scanner-supplied title
// from starting a command of its own.
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function workflowCommand(a: Annotation): string {
  const props: [string, string | number | undefined][] = [
    ["file", a.file],
    ["line", a.file ? a.startLine : undefined],
    ["endLine", a.file ? a.endLine : undefined],
    ["title", a.title],
  ];
  const list = props
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${a.level} ${list}::${escapeData(a.message)}`;
}

export const annotationsReporter: Reporter = {
  id: "annotations",
  description: "GitHub workflow-command annotations (10 per level, blocking first)",
  workflowCommands: true,
  render(evaluation: Evaluation, ctx: ReportContext) {
    const { shown } = selectAnnotations(evaluation, { root: ctx.workspace });
    return shown.map((a) => workflowCommand(a) + "\n").join("");
  },
};

/** A Checks API annotation (the REST shape). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  title: string;
  message: string;
}

const CHECK_LEVEL: Record<AnnotationLevel, CheckAnnotation["annotation_level"]> = {
  error: "failure",
  warning: "warning",
  notice: "notice",
};

/** Check run annotations: only findings on a file can be placed; most important first. */
export function checkAnnotations(
  evaluation: Evaluation,
  changedFiles: ReadonlySet<string> | undefined,
  max: number,
  options: Omit<RankOptions, "changedFiles"> = {},
): CheckAnnotation[] {
  return rankedAnnotations(evaluation, { ...options, changedFiles })
    .filter((a) => a.file)
    .slice(0, max)
    .map((a) => {
      const start = a.startLine && a.startLine > 0 ? a.startLine : 1;
      return {
        path: a.file ?? "",
        start_line: start,
        end_line: a.endLine && a.endLine >= start ? a.endLine : start,
        annotation_level: CHECK_LEVEL[a.level],
        title: a.title.slice(0, 255),
        message: a.message.slice(0, 60_000),
      };
    });
}
