// A SARIF result into findings: one per location, its message, rating and fingerprint.
import { makeFinding, type FindingInput } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import { arr, entries, isObject, NO_FIELDS, str, type Json } from "./fields.js";
import { artifactPath, locationOf } from "./sarif-locations.js";
import { ruleIdOf, text, type RuleIndex } from "./sarif-rule-index.js";
import { cwesOf, packageOf, severityOf } from "./sarif-rules.js";
import { semgrepRegistryCategory } from "./semgrep-category.js";
import { LEVELS, suppressionOf } from "./sarif-status.js";
import { knownValue } from "./status.js";
import { fixFrom } from "./vuln-fields.js";
import { scannerDay } from "./first-seen.js";

export interface Run {
  tool: string;
  rules: RuleIndex;
  path: string;
  /** The run's own roots (originalUriBaseIds) as absolute paths ending in "/", longest first. */
  roots: string[];
}

/** The result's findings, one per location, appended to `out`. */
export function addResultFindings(result: Json, ctx: Run, out: Finding[]): void {
  const rule = ctx.rules.of(result);
  const info = ctx.rules.info(rule);
  const message = messageText(result, rule);
  const ruleId = ruleIdOf(result);
  const id = ruleId ?? str(rule?.id) ?? (firstLine(message) || "sarif-result");
  const vuln = packageOf(ctx.tool, id, message);
  knownValue(LEVELS, result.level, "a result's level", ctx.path);
  knownValue(LEVELS, info.level, "a rule's defaultConfiguration.level", ctx.path);
  // A result that is not a failure must say level "none" (§3.27.10): that is no rating, so an
  // open or review result is unrated rather than `info`.
  const undecided = result.kind === "open" || result.kind === "review";
  const rated = undecided && result.level === "none" ? unrated(result) : result;
  const { severity, cvss } = severityOf(rated, info);
  const input: FindingInput = {
    tool: ctx.tool,
    layer: info.layer,
    id: vuln?.id ?? id,
    ruleId: vuln && vuln.id !== id ? id : undefined,
    title: info.title ?? (firstLine(message) || id),
    description: message || info.description,
    severity,
    cvss,
    cwe: cwesOf(result, info),
    // Semgrep's SARIF tags are "cwe"/"owasp" placeholders in older versions: its id says it.
    category: info.category ?? (ctx.tool === "semgrep" ? semgrepRegistryCategory(id) : undefined),
    url: info.url,
    package: vuln?.package,
    fix: vuln ? fixFrom(vuln.fixVersions) : undefined,
    suppressed: suppressionOf(result, ctx.path),
    location: undefined,
    // Only the primary location is what the scanner's partial fingerprint hashes.
    contentHash: contentHashOf(result),
    // §3.48.2: when the result was first detected, by a run of the tool's own history.
    firstSeen: scannerDay(
      isObject(result.provenance) ? result.provenance.firstDetectionTimeUtc : undefined,
      "a result's provenance.firstDetectionTimeUtc",
      ctx.path,
    ),
  };
  // The same input serves every location (makeFinding copies it): no object spread per finding.
  let located = false;
  for (const location of entries(result.locations, "runs[].results[].locations", ctx.path)) {
    input.location = locationOf(location, ctx.roots);
    out.push(makeFinding(input, ctx.path));
    input.contentHash = undefined;
    located = true;
  }
  if (!located) {
    const fallback = artifactPath(result.analysisTarget, ctx.roots);
    input.location = fallback ? { path: fallback } : undefined;
    out.push(makeFinding(input, ctx.path));
  }
}

/** The result without its level, so severity comes from the rule or stays unknown. */
function unrated(result: Json): Json {
  const copy = { ...result };
  delete copy.level;
  return copy;
}

function contentHashOf(result: Json): string | undefined {
  const partial = isObject(result.partialFingerprints) ? result.partialFingerprints : NO_FIELDS;
  const preferred = str(partial.primaryLocationLineHash);
  if (preferred) return preferred;
  const full = isObject(result.fingerprints) ? result.fingerprints : NO_FIELDS;
  for (const bag of [partial, full]) {
    const key = Object.keys(bag).sort()[0];
    const value = key === undefined ? undefined : str(bag[key]);
    if (value) return `${key}:${value}`;
  }
  return undefined;
}

/** message.text, else the rule's message string with its {0} placeholders filled in. */
function messageText(result: Json, rule: Json | undefined): string {
  const message = isObject(result.message) ? result.message : {};
  const direct = str(message.text);
  if (direct) return direct.trim();
  const strings = isObject(rule?.messageStrings) ? rule.messageStrings : {};
  const template = text(strings[str(message.id) ?? ""]);
  if (!template) return "";
  const args = arr(message.arguments).map((a) => str(a) ?? "");
  return template.replace(/\{(\d+)\}/g, (_, n: string) => args[Number(n)] ?? "").trim();
}

function firstLine(value: string): string {
  const end = value.indexOf("\n");
  return (end < 0 ? value : value.slice(0, end)).trim().slice(0, 200);
}
