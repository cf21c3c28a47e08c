// SARIF 2.1.0 for GitHub code scanning (upload-sarif): one run, tool `ztgate`, one rule per
// finding id with help text and `security-severity`, one result per finding with its verdict.
// GitHub rejects uploads over 25,000 results per run or 10 MB gzipped (DESIGN §5); the results
// are already ordered most important first, so what is cut to fit is the least important, and
// the run says how many were left out.
import { createRequire } from "node:module";
import type { EvaluatedFinding, Evaluation, Verdict } from "../gate/evaluate.js";
import type { Finding } from "../model/finding.js";
import type { Severity } from "../model/vocabulary.js";
import { findingSubject } from "./console.js";
import { outputPath } from "../model/repo-path.js";
import { safeJson, wellFormed } from "../model/safe-text.js";
import type { Reporter, ReportContext } from "./types.js";

// zlib is loaded only when a SARIF log is written: loading it costs every other run's start-up
// several milliseconds on Node 20 (bench/startup.mjs).
const requireBuiltin = createRequire(import.meta.url);
function gzipSync(text: string): Buffer {
  return (requireBuiltin("node:zlib") as typeof import("node:zlib")).gzipSync(text);
}

export const SARIF_LIMITS = { results: 25_000, gzippedBytes: 10 * 1000 * 1000 };

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/ztgate/ztgate";

type Level = "error" | "warning" | "note" | "none";

const LEVEL_OF: Record<Verdict, Level> = {
  block: "error",
  warn: "warning",
  info: "note",
  waived: "note",
  ignored: "note",
};

/** GitHub reads security-severity as a CVSS-like score: ≥9 critical, ≥7 high, ≥4 medium. */
const SCORE_OF: Record<Severity, number> = {
  critical: 9.5,
  high: 8,
  medium: 5.5,
  low: 2,
  info: 0,
  unknown: 0,
};

function score(e: EvaluatedFinding): number {
  return e.finding.cvss ?? SCORE_OF[e.effectiveSeverity];
}

function bounded(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** SARIF wants a relative URI with forward slashes: the repository path (src/model/repo-path.ts). */
function artifactUri(path: string): string {
  return wellFormed(path).split("/").map(encodeURIComponent).join("/");
}

/** The report that found `f`, as a repository path; "ztgate" when none is in the repository. */
function reportPlace(f: Finding, root: string | undefined): string {
  for (const s of f.foundBy) {
    const p = outputPath(s.report, root);
    if (p.inRepository) return p.path;
  }
  return "ztgate";
}

function helpText(f: Finding): { text: string } {
  const pkg = f.package
    ? `${f.package.name}${f.package.version ? ` ${f.package.version}` : ""}`
    : undefined;
  // Remediation by upgrade only means something for packages; a secret or a misconfiguration
  // is fixed in place, which the description says.
  const fix = f.fix?.available
    ? `Fixed in ${f.fix.versions.join(", ") || "a newer version"}: upgrade${pkg ? ` ${f.package?.name}` : ""}.`
    : f.package
      ? "No fixed version is known."
      : undefined;
  const lines = [
    f.description ?? f.title,
    pkg ? `Package: ${pkg}.` : undefined,
    f.cwe.length ? `Weaknesses: ${f.cwe.join(", ")}.` : undefined,
    fix,
    f.url ? `More: ${f.url}` : undefined,
  ].filter((l): l is string => l !== undefined);
  return { text: bounded(lines.join("\n\n"), 8000) };
}

interface Rule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; "security-severity": string; precision: string };
}

function ruleFor(e: EvaluatedFinding): Rule {
  const f = e.finding;
  return {
    id: f.id,
    shortDescription: { text: bounded(f.title || f.id, 1000) },
    fullDescription: { text: bounded(f.description ?? f.title ?? f.id, 4000) },
    help: helpText(f),
    ...(f.url && /^https?:\/\//.test(f.url) ? { helpUri: f.url } : {}),
    defaultConfiguration: { level: LEVEL_OF[e.verdict] },
    properties: {
      tags: ["security", f.layer, ...f.cwe].slice(0, 20),
      "security-severity": score(e).toFixed(1),
      precision: "high",
    },
  };
}

function resultFor(e: EvaluatedFinding, ruleIndex: number, ctx: SarifContext) {
  const f = e.finding;
  // Code scanning shows only results with a location: a finding without a file in the
  // repository (an image vulnerability, a file inside the image) is placed on the report it
  // came from, and an outside file is named in the message instead.
  const place = f.location ? outputPath(f.location.path, ctx.workspace) : undefined;
  const inRepo = place?.inRepository === true;
  const path = inRepo ? place.path : reportPlace(f, ctx.workspace);
  const outside = place && !inRepo ? ` At ${place.path} (outside the repository).` : "";
  const region =
    inRepo && f.location?.startLine && f.location.startLine > 0
      ? {
          region: {
            startLine: f.location.startLine,
            ...(f.location.endLine && f.location.endLine >= f.location.startLine
              ? { endLine: f.location.endLine }
              : {}),
          },
        }
      : {};
  const subject = findingSubject(f);
  const suppressed = e.verdict === "waived" || e.verdict === "ignored";
  return {
    ruleId: f.id,
    ruleIndex,
    level: LEVEL_OF[e.verdict],
    message: {
      text: bounded(
        `${f.title}${subject ? ` (${subject})` : ""}. ztgate: ${e.verdict}, ${e.reason.replace(/\.$/, "")}.${outside}`,
        4000,
      ),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(path) },
          ...region,
        },
      },
    ],
    partialFingerprints: { "ztgateFingerprint/v1": f.fingerprint },
    ...(suppressed
      ? {
          suppressions: [
            {
              kind: "external",
              // The scanner's words only when its suppression is what held.
              justification: bounded(
                (e.suppression?.honoured && f.suppressed?.justification) || e.reason,
                1000,
              ),
            },
          ],
        }
      : {}),
    properties: {
      verdict: e.verdict,
      ...(e.rule ? { rule: e.rule } : {}),
      severity: e.effectiveSeverity,
      layer: f.layer,
      foundBy: [...new Set(f.foundBy.map((s) => s.tool))],
    },
  };
}

export type SarifContext = Pick<ReportContext, "version" | "workspace">;

function buildLog(evaluation: Evaluation, ctx: SarifContext, limit: number) {
  const kept = evaluation.findings.slice(0, limit);
  const rules: Rule[] = [];
  const index = new Map<string, number>();
  const results = kept.map((e) => {
    let i = index.get(e.finding.id);
    if (i === undefined) {
      i = rules.push(ruleFor(e)) - 1;
      index.set(e.finding.id, i);
    } else if (score(e) > Number(rules[i]!.properties["security-severity"])) {
      // One rule per id: it carries the highest severity any of its results has.
      rules[i]!.properties["security-severity"] = score(e).toFixed(1);
    }
    return resultFor(e, i, ctx);
  });
  const omitted = evaluation.findings.length - kept.length;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ztgate",
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        results,
        properties: {
          outcome: evaluation.outcome,
          policy: evaluation.policy.source,
          ...(omitted > 0 ? { omittedResults: omitted } : {}),
        },
      },
    ],
  };
}

/** The SARIF log as text, within GitHub's upload limits. */
export function renderSarif(
  evaluation: Evaluation,
  ctx: SarifContext,
  limits: typeof SARIF_LIMITS = SARIF_LIMITS,
): string {
  let limit = Math.min(evaluation.findings.length, limits.results);
  for (;;) {
    const text = safeJson(buildLog(evaluation, ctx, limit), 2) + "\n";
    if (limit === 0 || gzipSync(text).length <= limits.gzippedBytes) return text;
    limit = Math.floor(limit / 2);
  }
}

export const sarif: Reporter = {
  id: "sarif",
  description: "SARIF 2.1.0 for GitHub code scanning (one run, tool ztgate)",
  render: (evaluation, context) => renderSarif(evaluation, context),
};
