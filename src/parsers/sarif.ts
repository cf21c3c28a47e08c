// SARIF 2.1.0 from any tool (CodeQL, Semgrep, Snyk Code, gitleaks, Trivy, Grype, dockle...):
// every run, results of kind "fail" (the default) only, one finding per location.
import {
  makeFinding,
  unique,
  type Finding,
  type Layer,
  type Location,
  type Suppression,
} from "../finding.js";
import { GateError } from "../errors.js";
import {
  arr,
  date,
  decodePercent,
  isObject,
  needArray,
  needObject,
  num,
  objects,
  oldest,
  str,
  type Json,
} from "./fields.js";
import { cwesOf, layerOf, packageOf, severityOf } from "./sarif-rules.js";
import type { Parser } from "./types.js";
import { fixFrom } from "./vuln-fields.js";

export const sarif: Parser = {
  id: "sarif",
  description: "SARIF 2.1.0 from any tool (codeql, semgrep, snyk code, gitleaks, trivy, grype...)",
  layers: ["code", "secret", "iac", "image", "dependency", "license"],
  detect({ json }) {
    if (!isObject(json) || !Array.isArray(json.runs)) return false;
    return str(json.version)?.startsWith("2.1") === true || /sarif/i.test(str(json.$schema) ?? "");
  },
  parse({ json, path }) {
    const runs = needArray(needObject(json, "a SARIF log", path).runs, "runs", path);
    return runs.flatMap((run) => {
      if (!isObject(run)) throw new GateError("runs[] entries must be objects", { file: path });
      return parseRun(run, path);
    });
  },
  coverage({ json }) {
    return unique(objects(isObject(json) ? json.runs : []).flatMap(runLayers));
  },
  // Results are independent of each other; the run's rules stay in the streamed skeleton.
  stream: { arrays: ["runs[].results"] },
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
}

function parseRun(run: Json, path: string): Finding[] {
  const tool = isObject(run.tool) ? run.tool : {};
  const driver = isObject(tool.driver) ? tool.driver : undefined;
  if (!driver) throw new GateError("a run has no tool.driver", { file: path });
  const ctx: Run = {
    tool: (str(driver.name) ?? "sarif").toLowerCase(),
    rules: new RuleIndex(driver, objects(tool.extensions)),
    path,
  };
  const results = run.results ?? [];
  needArray(results, "runs[].results", path);
  return objects(results)
    .filter((r) => (str(r.kind) ?? "fail") === "fail")
    .flatMap((r) => resultFindings(r, ctx));
}

/** Rules by id and by index, in the driver and in extensions (CodeQL packs put them there). */
class RuleIndex {
  private readonly byId = new Map<string, Json>();
  // Each component's rules, filtered once: doing it per result was O(results × rules), and
  // Trivy's SARIF has a rule per vulnerability.
  private readonly driverRules: Json[];
  private readonly extensionRules: Json[][];
  constructor(driver: Json, extensions: Json[]) {
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
    const ref = isObject(result.rule) ? result.rule : {};
    const component = isObject(ref.toolComponent) ? num(ref.toolComponent.index) : undefined;
    const rules =
      (component === undefined ? this.driverRules : this.extensionRules[component]) ?? [];
    const index = num(result.ruleIndex) ?? num(ref.index);
    const byIndex = index === undefined ? undefined : rules[index];
    const id = str(result.ruleId) ?? str(ref.id);
    return byIndex ?? (id ? this.byId.get(id) : this.byMessage(result));
  }

  /** gitleaks 7 names no rule: its message is "<rule id> secret detected". */
  private byMessage(result: Json): Json | undefined {
    const message = isObject(result.message) ? (str(result.message.text) ?? "") : "";
    const ids = [...this.byId.keys()].filter((id) => message.startsWith(`${id} `));
    const longest = ids.sort((a, b) => b.length - a.length)[0];
    return longest === undefined ? undefined : this.byId.get(longest);
  }
}

function resultFindings(result: Json, ctx: Run): Finding[] {
  const rule = ctx.rules.of(result);
  const message = messageText(result, rule);
  const ruleId = str(result.ruleId) ?? str(isObject(result.rule) ? result.rule.id : undefined);
  const id = ruleId ?? str(rule?.id) ?? (firstLine(message) || "sarif-result");
  const vuln = packageOf(ctx.tool, id, message);
  const { severity, cvss } = severityOf(result, rule);
  const base = {
    tool: ctx.tool,
    layer: layerOf(ctx.tool, rule),
    id: vuln?.id ?? id,
    ruleId: vuln && vuln.id !== id ? id : undefined,
    title: text(rule?.shortDescription) ?? (firstLine(message) || id),
    description: message || text(rule?.fullDescription),
    severity,
    cvss,
    cwe: cwesOf(result, rule),
    url: str(rule?.helpUri) ?? urlIn(text(rule?.help)),
    package: vuln?.package,
    fix: vuln ? fixFrom(vuln.fixVersions) : undefined,
    suppressed: suppressionOf(result),
  };
  const locations = objects(result.locations).map(locationOf);
  const fallback = artifactPath(result.analysisTarget);
  if (locations.length === 0) locations.push(fallback ? { path: fallback } : undefined);
  // Only the primary location is what the scanner's partial fingerprint hashes.
  const hash = contentHashOf(result);
  return locations.map((location, i) =>
    makeFinding({ ...base, location, contentHash: i === 0 ? hash : undefined }, ctx.path),
  );
}

function locationOf(location: Json): Location | undefined {
  const physical = isObject(location.physicalLocation) ? location.physicalLocation : {};
  const path = artifactPath(physical.artifactLocation);
  if (!path) return undefined;
  const region = isObject(physical.region) ? physical.region : {};
  return { path, startLine: num(region.startLine), endLine: num(region.endLine) };
}

/** "file:///C:/code/a.c" → "C:/code/a.c"; relative URIs stay relative; %-escapes decoded. */
function artifactPath(artifact: unknown): string | undefined {
  const uri = isObject(artifact) ? str(artifact.uri) : undefined;
  if (!uri) return undefined;
  const path = uri.replace(/^file:\/\/(localhost)?/i, "").replace(/^\/([A-Za-z]:\/)/, "$1");
  return decodePercent(path);
}

/**
 * SARIF §3.35: a result is suppressed when it has a suppression whose state is absent or
 * "accepted"; "underReview" and "rejected" suppressions do not hide it.
 */
function suppressionOf(result: Json): Suppression | undefined {
  const active = objects(result.suppressions).find((s) => {
    const state = str(s.state);
    return state === undefined || state === "accepted";
  });
  if (!active) return undefined;
  return {
    kind: `sarif ${str(active.kind) ?? "suppression"}`,
    justification: str(active.justification),
  };
}

function contentHashOf(result: Json): string | undefined {
  const partial = isObject(result.partialFingerprints) ? result.partialFingerprints : {};
  const full = isObject(result.fingerprints) ? result.fingerprints : {};
  const preferred = str(partial.primaryLocationLineHash);
  if (preferred) return preferred;
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
  return (value.split("\n")[0] ?? "").trim().slice(0, 200);
}

/** dockle writes its help link as help.text. */
function urlIn(value: string | undefined): string | undefined {
  return value && /^https?:\/\/\S+$/.test(value) ? value : undefined;
}
