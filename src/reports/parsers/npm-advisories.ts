// The npm registry's advisory objects, shared by the formats that embed them unchanged:
// `npm audit --json` v1 (npm <= 6), `pnpm audit --json`, `yarn npm audit --json` (yarn 2/3)
// and the auditAdvisory lines of `yarn audit --json` (yarn 1).
import { makeFinding, unique } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { entries, isObject, list, num, str, strings, type Json } from "./fields.js";
import { agreeRanges, countBy } from "./totals.js";
import { cweList, ghsaIn, severityOf } from "./vuln-fields.js";

/** One finding per advisory and installed version of its module (the fingerprint's unit). */
export function advisoryFindings(advisory: Json, tool: string, report: string): Finding[] {
  const name = str(advisory.module_name) ?? "";
  const installed = entries(advisory.findings, "advisory findings", report);
  const versions = unique(installed.map((f) => str(f.version) ?? ""));
  return (versions.length > 0 ? versions : [""]).map((version) =>
    advisoryFinding(advisory, name, version || undefined, tool, report),
  );
}

function advisoryFinding(
  advisory: Json,
  name: string,
  version: string | undefined,
  tool: string,
  report: string,
): Finding {
  const cves = strings(advisory.cves);
  const ghsa = str(advisory.github_advisory_id) ?? ghsaIn(str(advisory.url));
  const npmId = str(advisory.id);
  const id = ghsa ?? cves[0] ?? `NPM-${npmId ?? name}`;
  const cvss = cvssScore(advisory.cvss);
  const patched = str(advisory.patched_versions)?.trim();
  // The registry writes "<0.0.0" when no version is patched.
  const fixed = !!patched && patched !== "<0.0.0";
  const paths = entries(advisory.findings, "advisory findings", report)
    .filter((f) => (str(f.version) ?? "") === (version ?? ""))
    .flatMap((f) => strings(f.paths));
  return makeFinding(
    {
      tool,
      layer: "dependency",
      id,
      aliases: [...cves, ...(ghsa ? [ghsa] : [])],
      title: str(advisory.title) ?? id,
      description: describe(str(advisory.overview), paths),
      severity: severityOf(advisory.severity, cvss),
      cvss,
      fix: { available: fixed, versions: fixed ? [patched] : [] },
      package: npmPackage(name, version),
      cwe: cweList(Array.isArray(advisory.cwe) ? advisory.cwe : [advisory.cwe]),
      url: str(advisory.url),
    },
    report,
  );
}

/** `{score, vectorString}`; a score of 0 means "not scored" in the registry's data. */
export function cvssScore(cvss: unknown): number | undefined {
  const score = isObject(cvss) ? num(cvss.score) : undefined;
  return score ? score : undefined;
}

export function npmPackage(name: string, version: string | undefined) {
  const encoded = name.startsWith("@") ? `%40${name.slice(1)}` : name;
  return {
    name,
    version,
    ecosystem: "npm",
    purl: version ? `pkg:npm/${encoded}@${version}` : `pkg:npm/${encoded}`,
  };
}

function describe(overview: string | undefined, paths: string[]): string | undefined {
  const via = paths.length > 0 ? `Dependency paths: ${paths.slice(0, 5).join(", ")}` : "";
  const more = paths.length > 5 ? ` (+${paths.length - 5} more)` : "";
  return [overview?.trim(), via + more].filter(Boolean).join("\n\n") || undefined;
}

const SEVERITIES = ["info", "low", "moderate", "high", "critical"] as const;

/**
 * The advisories map `{ "<id>": advisory }` of npm v1-shaped reports, read strictly: every
 * entry an advisory object, no muted advisories (hidden from the map, so unaccounted for), and
 * `metadata.vulnerabilities` agreeing with the map (see `pathBounds`).
 */
export function advisoriesOf(doc: Json, path: string): Json[] {
  const map = isObject(doc.advisories) ? doc.advisories : {};
  const advisories = Object.keys(map).map((key) => {
    const advisory = map[key];
    if (!isObject(advisory)) {
      throw new GateError(`advisories.${key} must be an object`, { file: path });
    }
    return advisory;
  });
  if (list(doc.muted, "muted", path).length > 0) {
    throw new GateError("muted advisories are hidden from the report and cannot be judged", {
      file: path,
    });
  }
  const metadata = isObject(doc.metadata) ? doc.metadata : {};
  if (isObject(metadata.vulnerabilities)) {
    agreeRanges(
      metadata.vulnerabilities,
      pathBounds(advisories, path),
      "metadata.vulnerabilities",
      path,
    );
  }
  return advisories;
}

/**
 * The registry (npm 6, yarn 2/3) counts one per dependency path of each advisory, by the
 * advisory's severity. pnpm passes those counts through but rewrites `findings[].paths` with
 * its own (pnpm lockfile/audit extendWithDependencyPaths), so the listed paths only bound the
 * count: at least one per advisory (every advisory has a path), and none without an advisory.
 */
function pathBounds(advisories: Json[], path: string): Record<string, [number, number]> {
  const counts = countBy(advisories, (a) => str(a.severity) ?? "", SEVERITIES);
  for (const advisory of advisories) entries(advisory.findings, "advisory findings", path);
  return Object.fromEntries(SEVERITIES.map((s) => [s, [counts[s] ?? 0, counts[s] ? Infinity : 0]]));
}

/** True for the npm v1-shaped document: an advisories map beside actions/muted/metadata. */
export function isAdvisoriesMap(json: unknown): json is Json {
  return (
    isObject(json) &&
    isObject(json.advisories) &&
    ("actions" in json || "muted" in json || "metadata" in json)
  );
}
