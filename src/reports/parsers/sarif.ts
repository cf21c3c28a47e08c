// SARIF 2.1.0 from any tool (CodeQL, Semgrep, Snyk Code, gitleaks, Trivy, Grype, dockle...):
// every run, results of kind "fail" (the default), "open" and "review", one finding per location.
import {
  makeFinding,
  unique,
  type Finding,
  type FindingInput,
  type Layer,
  type Location,
  type Suppression,
} from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import {
  arr,
  date,
  decodePercent,
  entries,
  isObject,
  needObject,
  NO_FIELDS,
  num,
  objects,
  oldest,
  str,
  type Json,
} from "./fields.js";
import {
  cwesOf,
  layerOf,
  packageOf,
  ruleFacts,
  severityOf,
  type RuleFacts,
} from "./sarif-rules.js";
import { knownValue } from "./status.js";
import { sarifSubject } from "./subject.js";
import type { Parser } from "./types.js";
import { fixFrom } from "./vuln-fields.js";

export const sarif: Parser = {
  id: "sarif",
  description: "SARIF 2.1.0 from any tool (codeql, semgrep, snyk code, gitleaks, trivy, grype...)",
  layers: ["code", "secret", "iac", "image", "dependency", "license"],
  containers: { sarif: ["runs[].results[]"] },
  detect({ json }) {
    if (!isObject(json) || !Array.isArray(json.runs)) return false;
    return str(json.version)?.startsWith("2.1") === true || /sarif/i.test(str(json.$schema) ?? "");
  },
  parse({ json, path }) {
    const log = needObject(json, "a SARIF log", path);
    if (!Array.isArray(log.runs)) throw new GateError("runs must be an array", { file: path });
    return entries(log.runs, "runs", path).flatMap((run) => parseRun(run, path));
  },
  coverage({ json }) {
    return unique(objects(isObject(json) ? json.runs : []).flatMap(runLayers));
  },
  // Results are independent of each other; the run's rules stay in the streamed skeleton.
  stream: { arrays: ["runs[].results"] },
  subject: ({ json }) => sarifSubject(json),
  timestamp({ json }) {
    return oldest(
      objects(isObject(json) ? json.runs : [])
        .flatMap((run) => objects(run.invocations))
        .map((inv) => date(inv.endTimeUtc) ?? date(inv.startTimeUtc)),
    );
  },
};

/**
 * What a run is evidence for, found or not: the tool's layer. Trivy and Grype span layers by
 * rule, and list only the rules they matched, so a clean run of theirs proves no layer.
 */
function runLayers(run: Json): Layer[] {
  const tool = isObject(run.tool) ? run.tool : {};
  const driver = isObject(tool.driver) ? tool.driver : {};
  const name = str(driver.name) ?? "";
  if (/^(trivy|grype)$/i.test(name)) return objects(driver.rules).map((r) => layerOf(name, r));
  return name ? [layerOf(name, undefined)] : [];
}

interface Run {
  tool: string;
  rules: RuleIndex;
  path: string;
  /** The run's own roots (originalUriBaseIds) as absolute paths ending in "/", longest first. */
  roots: string[];
}

function parseRun(run: Json, path: string): Finding[] {
  const tool = isObject(run.tool) ? run.tool : {};
  const driver = isObject(tool.driver) ? tool.driver : undefined;
  if (!driver) throw new GateError("a run has no tool.driver", { file: path });
  const name = (str(driver.name) ?? "sarif").toLowerCase();
  const ctx: Run = {
    tool: name,
    rules: new RuleIndex(name, driver, objects(tool.extensions)),
    path,
    roots: reportedRoots(run.originalUriBaseIds, path),
  };
  // One loop into one array: no intermediate arrays per run or per result.
  const findings: Finding[] = [];
  for (const result of entries(run.results, "runs[].results", path)) {
    if (knownValue(KIND_COUNTS, result.kind, "a result's kind", path)) {
      addResultFindings(result, ctx, findings);
    }
  }
  return findings;
}

// SARIF §3.27.9 kind (absent means "fail"). "open" (the tool could not decide) and "review"
// (a person must) are findings until someone decides otherwise.
const KIND_COUNTS = new Map<unknown, boolean>([
  [undefined, true],
  ["fail", true],
  ["open", true],
  ["review", true],
  ["pass", false],
  ["notApplicable", false],
  ["informational", false],
]);

// SARIF §3.27.10 level; read for severity, so an unknown word is refused, not ignored.
const LEVELS = new Map<unknown, true>(
  [undefined, "error", "warning", "note", "none"].map((level) => [level, true]),
);

/** What every result of one rule shares, read from the rule once. */
interface RuleInfo extends RuleFacts {
  layer: Layer;
  title: string | undefined;
  description: string | undefined;
  url: string | undefined;
}

/** Rules by id and by index, in the driver and in extensions (CodeQL packs put them there). */
class RuleIndex {
  private readonly byId = new Map<string, Json>();
  // Each component's rules, filtered once: doing it per result was O(results × rules), and
  // Trivy's SARIF has a rule per vulnerability.
  private readonly driverRules: Json[];
  private readonly extensionRules: Json[][];
  private readonly infos = new Map<Json | undefined, RuleInfo>();
  constructor(
    private readonly tool: string,
    driver: Json,
    extensions: Json[],
  ) {
    this.driverRules = objects(driver.rules);
    this.extensionRules = extensions.map((e) => objects(e.rules));
    for (const component of [driver, ...extensions]) {
      for (const rule of objects(component.rules)) {
        const id = str(rule.id);
        if (id && !this.byId.has(id)) this.byId.set(id, rule);
      }
    }
  }

  of(result: Json): Json | undefined {
    const ref = isObject(result.rule) ? result.rule : NO_FIELDS;
    const component = isObject(ref.toolComponent) ? num(ref.toolComponent.index) : undefined;
    const rules =
      (component === undefined ? this.driverRules : this.extensionRules[component]) ?? [];
    const index = num(result.ruleIndex) ?? num(ref.index);
    const byIndex = index === undefined ? undefined : rules[index];
    const id = str(result.ruleId) ?? str(ref.id);
    return byIndex ?? (id ? this.byId.get(id) : this.byMessage(result));
  }

  /** The rule's shared parts, cached: results outnumber rules by orders of magnitude. */
  info(rule: Json | undefined): RuleInfo {
    let info = this.infos.get(rule);
    if (info === undefined) {
      info = {
        ...ruleFacts(rule),
        layer: layerOf(this.tool, rule),
        title: text(rule?.shortDescription),
        description: text(rule?.fullDescription),
        url: str(rule?.helpUri) ?? urlIn(text(rule?.help)),
      };
      this.infos.set(rule, info);
    }
    return info;
  }

  /** gitleaks 7 names no rule: its message is "<rule id> secret detected". */
  private byMessage(result: Json): Json | undefined {
    const message = isObject(result.message) ? (str(result.message.text) ?? "") : "";
    const ids = [...this.byId.keys()].filter((id) => message.startsWith(`${id} `));
    const longest = ids.sort((a, b) => b.length - a.length)[0];
    return longest === undefined ? undefined : this.byId.get(longest);
  }
}

/** The result's findings, one per location, appended to `out`. */
function addResultFindings(result: Json, ctx: Run, out: Finding[]): void {
  const rule = ctx.rules.of(result);
  const info = ctx.rules.info(rule);
  const message = messageText(result, rule);
  const ruleId = str(result.ruleId) ?? str(isObject(result.rule) ? result.rule.id : undefined);
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
    url: info.url,
    package: vuln?.package,
    fix: vuln ? fixFrom(vuln.fixVersions) : undefined,
    suppressed: suppressionOf(result, ctx.path),
    location: undefined,
    // Only the primary location is what the scanner's partial fingerprint hashes.
    contentHash: contentHashOf(result),
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

function locationOf(location: Json, roots: readonly string[]): Location | undefined {
  const physical = isObject(location.physicalLocation) ? location.physicalLocation : NO_FIELDS;
  const path = artifactPath(physical.artifactLocation, roots);
  if (!path) return undefined;
  const region = isObject(physical.region) ? physical.region : NO_FIELDS;
  return { path, startLine: num(region.startLine), endLine: num(region.endLine) };
}

/**
 * "file:///C:/code/a.c" → "C:/code/a.c"; relative URIs stay relative (to the run's root, which
 * is the repository's); an absolute URI under one of the run's own roots is made relative to
 * it, so a scanner that ran in a container (/github/workspace, /src) names a repository file.
 */
function artifactPath(artifact: unknown, roots: readonly string[]): string | undefined {
  const uri = isObject(artifact) ? str(artifact.uri) : undefined;
  if (!uri) return undefined;
  const path = uriPath(uri);
  const root = roots.find((r) => path.startsWith(r));
  return root === undefined ? path : path.slice(root.length) || ".";
}

function uriPath(uri: string): string {
  // file://host/path names /path on that host (SARIF appendix K's build.example.com).
  const local = uri.replace(/^file:\/\/[^/]*/i, "").replace(/^\/([A-Za-z]:\/)/, "$1");
  return decodePercent(local);
}

/**
 * SARIF §3.14.14 originalUriBaseIds: where the scanner's relative URIs start. Only absolute
 * roots are kept (a base relative to another is resolved through it); an entry of another
 * shape is a report the gate cannot account for.
 */
function reportedRoots(bases: unknown, path: string): string[] {
  if (bases === undefined) return [];
  if (!isObject(bases)) {
    throw new GateError("run.originalUriBaseIds is not an object", { file: path });
  }
  const resolveBase = (id: string, depth: number): string | undefined => {
    const base = bases[id];
    if (!isObject(base) || (base.uri !== undefined && typeof base.uri !== "string")) {
      throw new GateError(`run.originalUriBaseIds.${id} is not an artifactLocation`, {
        file: path,
      });
    }
    const uri = typeof base.uri === "string" ? base.uri.trim() : "";
    const parent = str(base.uriBaseId);
    if (/^file:/i.test(uri) || uri.startsWith("/") || /^[A-Za-z]:\//.test(uri)) return uriPath(uri);
    if (parent === undefined || depth > 8 || !Object.hasOwn(bases, parent)) return undefined;
    const above = resolveBase(parent, depth + 1);
    return above === undefined ? undefined : above.replace(/\/?$/, "/") + decodePercent(uri);
  };
  const roots = Object.keys(bases)
    .map((id) => resolveBase(id, 0))
    .filter((r): r is string => r !== undefined && r !== "/" && r !== "")
    .map((r) => r.replace(/\/?$/, "/"));
  return roots.sort((a, b) => b.length - a.length);
}

/** The result without its level, so severity comes from the rule or stays unknown. */
function unrated(result: Json): Json {
  const copy = { ...result };
  delete copy.level;
  return copy;
}

// SARIF §3.35.3 status. The 2.1.0 drafts (the spec's appendix K sample) named it `state`, read
// the same way, so a draft's "rejected" is not taken for an absent status.
const SUPPRESSES = new Map<unknown, boolean>([
  [undefined, true],
  ["accepted", true],
  ["underReview", false],
  ["rejected", false],
]);

/**
 * SARIF §3.35: a result is suppressed when a suppression's status is absent or "accepted";
 * "underReview" and "rejected" ones do not hide it, and an unknown status is an error.
 */
function suppressionOf(result: Json, path: string): Suppression | undefined {
  const all = entries(result.suppressions, "runs[].results[].suppressions", path);
  // Every status is read, so an unknown one is an error wherever it sits.
  const hides = all.map((s) =>
    knownValue(SUPPRESSES, s.status ?? s.state, "a suppression's status", path),
  );
  const active = all[hides.indexOf(true)];
  if (!active) return undefined;
  return {
    kind: `sarif ${str(active.kind) ?? "suppression"}`,
    justification: str(active.justification),
  };
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

function text(value: unknown): string | undefined {
  return isObject(value) ? str(value.text)?.trim() || undefined : undefined;
}

function firstLine(value: string): string {
  const end = value.indexOf("\n");
  return (end < 0 ? value : value.slice(0, end)).trim().slice(0, 200);
}

/** dockle writes its help link as help.text. */
function urlIn(value: string | undefined): string | undefined {
  return value && /^https?:\/\/\S+$/.test(value) ? value : undefined;
}
