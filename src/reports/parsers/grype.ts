// Grype JSON: `grype IMAGE|dir:PATH|sbom:FILE -o json`, from 0.7 (cvssV2/links/fixedInVersion)
// to current (cvss[], fix{}, epss[], knownExploited[], relatedVulnerabilities[]).
import { dedupe } from "../../model/dedupe.js";
import { GateError } from "../../model/errors.js";
import { makeFinding } from "../../model/make-finding.js";
import type { Finding, Suppression } from "../../model/finding.js";
import type { Layer } from "../../model/vocabulary.js";
import {
  arr,
  date,
  decodePercent,
  entries,
  isObject,
  num,
  objects,
  str,
  strings,
  type Json,
  needShape,
} from "./fields.js";
import { cweList, maxOf, severityOf, titleOf } from "./vuln-fields.js";
import { knownValue } from "./status.js";
import { grypeSubject } from "./subject.js";
import type { Parser } from "./types.js";
import type { ReportInput } from "../../model/report-input.js";

const TOOL = "grype";

// Package types installed by an operating system's package manager: image layer even when
// grype scanned a directory (a root filesystem), as with Trivy's os-pkgs.
const OS_PACKAGE_TYPES = new Set(["deb", "rpm", "apk", "alpm", "portage", "linux-kernel"]);

function isMatch(value: unknown): boolean {
  return isObject(value) && isObject(value.vulnerability) && isObject(value.artifact);
}

export const grype: Parser = {
  id: "grype",
  description: "Grype JSON (grype IMAGE|dir:PATH|sbom:FILE -o json)",
  layers: ["image", "dependency"],
  containers: { json: ["matches[]", "ignoredMatches[]"] },
  detect({ json }) {
    if (!isObject(json) || !Array.isArray(json.matches)) return false;
    const descriptor = isObject(json.descriptor) ? json.descriptor : {};
    if (descriptor.name === "grype" || (isObject(json.source) && "distro" in json)) return true;
    // Trimmed to `{"matches": [...]}`: Grype's matches are a vulnerability and an artifact.
    return json.matches.length > 0 && json.matches.every(isMatch);
  },
  parse: (input) => dedupe(matchesOf(input)),
  timestamp: ({ json }) =>
    isObject(json) && isObject(json.descriptor) ? date(json.descriptor.timestamp) : undefined,
  stream: { arrays: ["matches", "ignoredMatches"], merge: dedupe, batch: matchesOf },
  subject: ({ json }) => grypeSubject(json),
};

/** Every match and ignored match as a finding, before matches of one finding are merged. */
function matchesOf({ json, path }: ReportInput): Finding[] {
  needShape(isObject(json) && Array.isArray(json.matches), "Grype JSON", "a matches array", path);
  const doc = json as Json;
  const source = isObject(doc.source) ? doc.source : {};
  const image = str(source.type) === "image" ? imageName(source.target) : undefined;
  const findings = entries(doc.matches, "matches", path).map((m, i) => match(m, image, path, i));
  // Matches an ignore rule or a VEX statement removed: kept, marked suppressed when a rule
  // that applied does suppress.
  for (const [i, m] of entries(doc.ignoredMatches, "ignoredMatches", path).entries()) {
    const f = match(m, image, path, i);
    f.suppressed = suppressionOf(m, path);
    findings.push(f);
  }
  // Grype reports one match per matcher and location; the same vulnerability in the same
  // package version is one finding, with the union of what the matches say (dedupe, once).
  return findings;
}

// Grype's VEX statuses (grype/vex): not_affected and fixed remove a match; affected and
// under_investigation only annotate one. A plain ignore rule writes "" (older grype: nothing).
const VEX_SUPPRESSES = new Map<unknown, boolean>([
  [undefined, true],
  ["", true],
  ["not_affected", true],
  ["fixed", true],
  ["affected", false],
  ["under_investigation", false],
]);

/**
 * An ignored match is suppressed by the first applied rule that suppresses. One with no
 * applied rule is a shape grype does not write: an error, not a silent suppression.
 */
function suppressionOf(m: Json, path: string): Suppression | undefined {
  const rules = entries(m.appliedIgnoreRules, "ignoredMatches[].appliedIgnoreRules", path);
  if (rules.length === 0) {
    throw new GateError("an ignored match has no appliedIgnoreRules", { file: path });
  }
  // Every rule's status is read, so an unknown one is an error wherever it sits.
  const suppresses = rules.map((rule) =>
    knownValue(VEX_SUPPRESSES, rule["vex-status"], "an ignore rule's vex-status", path),
  );
  const active = rules[suppresses.indexOf(true)];
  if (!active) return undefined;
  const vex = str(active["vex-status"]);
  return {
    kind: vex ? `grype vex ${vex}` : "grype ignore rule",
    justification: str(active["vex-justification"]) ?? str(active.reason),
  };
}

/**
 * Grype names a Java archive by its artifact id alone; Trivy, OSV and Snyk say
 * "group:artifact". The purl carries the group, so findings from all of them meet.
 */
function mavenName(purl: string | undefined): string | undefined {
  const m = /^pkg:maven\/([^/@?#]+)\/([^/@?#]+)/.exec(purl ?? "");
  return m ? `${decodePercent(m[1]!)}:${decodePercent(m[2]!)}` : undefined;
}

function imageName(target: unknown): string | undefined {
  return isObject(target) ? str(target.userInput) : str(target);
}

function match(m: Json, image: string | undefined, path: string, index: number): Finding {
  const v = isObject(m.vulnerability) ? m.vulnerability : {};
  const artifact = isObject(m.artifact) ? m.artifact : {};
  const id = str(v.id);
  const name = str(artifact.name);
  if (!id || !name) {
    throw new GateError(`matches[${index}] has no vulnerability.id or artifact.name`, {
      file: path,
    });
  }
  const related = objects(m.relatedVulnerabilities);
  const cvss = bestScore(v) ?? maxOf(related.map(bestScore));
  const fixes = [...strings(isObject(v.fix) ? v.fix.versions : []), ...strings([v.fixedInVersion])];
  const fixState = isObject(v.fix) ? str(v.fix.state) : undefined;
  const type = str(artifact.type) ?? "";
  const layer: Layer = image || OS_PACKAGE_TYPES.has(type) ? "image" : "dependency";
  const where = str(objects(artifact.locations)[0]?.path);
  const description = str(v.description) ?? related.map((r) => str(r.description)).find(Boolean);
  return makeFinding(
    {
      tool: TOOL,
      layer,
      id,
      aliases: related.map((r) => str(r.id)).filter((x): x is string => !!x),
      title: titleOf(description) ?? id,
      description,
      severity: severityOf(v.severity, cvss),
      cvss,
      fix: { available: fixes.length > 0 || fixState === "fixed", versions: fixes },
      package: {
        name: mavenName(str(artifact.purl)) ?? name,
        version: str(artifact.version),
        ecosystem: type || undefined,
        purl: str(artifact.purl) || undefined,
      },
      target: image ?? where,
      location: !image && where ? { path: where } : undefined,
      cwe: cweList(arr(v.cwes).map((c) => (isObject(c) ? c.cwe : c))),
      epss: maxOf(objects(v.epss).map((e) => num(e.epss))),
      kev: arr(v.knownExploited).length > 0 || undefined,
      url: str(v.dataSource) ?? strings(v.urls)[0] ?? strings(v.links)[0],
    },
    path,
  );
}

/** The highest CVSS v3+ base score, else the v2 one (0.7-era cvssV2/cvssV3 objects too). */
function bestScore(v: Json): number | undefined {
  // One pass keeping the best of each kind; no arrays (this runs for every match).
  let v3 = isObject(v.cvssV3) ? num(v.cvssV3.baseScore) : undefined;
  let v2 = isObject(v.cvssV2) ? num(v.cvssV2.baseScore) : undefined;
  for (const c of arr(v.cvss)) {
    if (!isObject(c)) continue;
    const score = num(isObject(c.metrics) ? c.metrics.baseScore : undefined);
    if (score === undefined) continue;
    if (str(c.version)?.startsWith("2")) v2 = higher(v2, score);
    else v3 = higher(v3, score);
  }
  return v3 ?? v2;
}

function higher(best: number | undefined, score: number): number {
  return best === undefined ? score : Math.max(best, score);
}
