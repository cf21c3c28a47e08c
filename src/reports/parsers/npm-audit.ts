// npm audit: `npm audit --json` v1 (npm <= 6, an `advisories` map) and v2 (npm >= 7,
// `auditReportVersion: 2` with a `vulnerabilities` map keyed by package). pnpm and yarn 2/3
// write the v1 shape unchanged, so detection cannot tell them from npm (docs/formats.md).
import { makeFinding, unique } from "../../model/make-finding.js";
import { severityRank } from "../../model/vocabulary.js";
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { isObject, list, str, type Json, needShape } from "./fields.js";
import { agreeTotals, countBy } from "./totals.js";
import {
  advisoriesOf,
  advisoryFindings,
  cvssScore,
  isAdvisoriesMap,
  npmPackage,
} from "./npm-advisories.js";
import { cweList, ghsaIn, severityOf } from "./vuln-fields.js";
import type { Parser } from "./types.js";

const TOOL = "npm-audit";

function isV2(json: unknown): json is Json {
  return (
    isObject(json) &&
    isObject(json.vulnerabilities) &&
    (json.auditReportVersion === 2 || (isObject(json.metadata) && !("advisories" in json)))
  );
}

export const npmAudit: Parser = {
  id: "npm-audit",
  description:
    "npm audit --json (v1 advisories map, v2 vulnerabilities map); also pnpm audit --json and yarn 2/3 yarn npm audit --json, which write the v1 shape",
  layers: ["dependency"],
  containers: { v1: ["advisories{}"], v2: ["vulnerabilities{}"] },
  detect: ({ json }) => isAdvisoriesMap(json) || isV2(json),
  // Each v2 entry inherits advisories from others by name (`via`), and the totals count every
  // entry: the members are gathered, reduced to what parseV2 reads, and parsed once. v1
  // advisories are kept whole (an advisory finding reads nearly all of its advisory).
  stream: {
    arrays: ["vulnerabilities{}", "advisories{}"],
    members: (place, members) => (place[0] === "vulnerabilities" ? reduceV2(members) : members),
  },
  parse({ json, path }) {
    if (isV2(json)) return parseV2(json, path);
    needShape(
      isObject(json) && isObject(json.advisories),
      "npm audit",
      "advisories or vulnerabilities",
      path,
    );
    return advisoriesOf(json as Json, path).flatMap((a) => advisoryFindings(a, TOOL, path));
  },
};

/**
 * v2: one finding per vulnerable package (the report's unit). A package vulnerable only
 * through a dependency names no advisory of its own; it gets the advisory it inherits, found
 * by following `via` down the map, so a waiver for that advisory covers it too.
 */
function parseV2(doc: Json, path: string): Finding[] {
  const map = doc.vulnerabilities as Json;
  // Object.keys and a lookup, not Object.entries: no [key, value] array per package.
  const entries = Object.keys(map).map((key) => {
    const entry = map[key];
    if (!isObject(entry))
      throw new GateError(`vulnerabilities.${key} must be an object`, { file: path });
    return entry;
  });
  const metadata = isObject(doc.metadata) ? doc.metadata : {};
  if (isObject(metadata.vulnerabilities)) {
    // npm 7+ counts one per entry of the map, by the entry's severity, and their sum as total.
    const counted = countBy(entries, (e) => str(e.severity) ?? "", V2_SEVERITIES);
    agreeTotals(
      metadata.vulnerabilities,
      { ...counted, total: entries.length },
      "metadata.vulnerabilities",
      path,
    );
  }
  return Object.keys(map).map((key, i) =>
    packageFinding(str(entries[i]!.name) ?? key, entries[i]!, map, path),
  );
}

/** What parseV2 reads of an entry and of its advisories (`via` objects). */
const ENTRY_FIELDS = ["name", "severity", "via", "range", "fixAvailable"];
const ADVISORY_FIELDS = ["source", "name", "title", "url", "severity", "cvss", "cwe"];

/**
 * A streamed batch of v2 entries with only the fields parseV2 reads (npm's `effects`, `nodes`,
 * `isDirect`, advisories' `dependency` and `range` dropped): the same findings and errors from
 * less memory. Anything of the wrong shape is kept as it is, for parseV2 to reject.
 */
function reduceV2(members: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(members)) {
    const entry = members[key];
    if (!isObject(entry)) continue;
    const reduced = pick(entry, ENTRY_FIELDS);
    if (Array.isArray(reduced.via)) {
      reduced.via = reduced.via.map((v) => (isObject(v) ? pick(v, ADVISORY_FIELDS) : v));
    }
    members[key] = reduced;
  }
  return members;
}

function pick(object: Json, fields: readonly string[]): Json {
  const out: Json = {};
  for (const field of fields) if (Object.hasOwn(object, field)) out[field] = object[field];
  return out;
}

const V2_SEVERITIES = ["info", "low", "moderate", "high", "critical"];

/** A `via` list: advisory objects (the package's own) and names of vulnerable dependencies. */
function viaOf(entry: Json, path: string): unknown[] {
  const via = list(entry.via, "vulnerabilities[].via", path);
  for (const v of via) {
    if (!isObject(v) && typeof v !== "string") {
      throw new GateError("a via element must be an advisory object or a package name", {
        file: path,
      });
    }
  }
  return via;
}

function packageFinding(name: string, entry: Json, map: Json, path: string): Finding {
  const own: Json[] = [];
  const through: string[] = [];
  for (const v of viaOf(entry, path)) {
    if (isObject(v)) own.push(v);
    else if (typeof v === "string") through.push(v);
  }
  const advisories = own.length > 0 ? own : rootAdvisories(map, name, new Set());
  if (advisories.length > 1) advisories.sort((a, b) => rank(b) - rank(a));
  const primary = advisories[0];
  const ids = unique(advisories.map(advisoryId));
  const id = ids[0] ?? `NPM-${name}`;
  const cvss = primary ? cvssScore(primary.cvss) : undefined;
  const notes: string[] = [];
  if (own.length === 0 && primary) {
    notes.push(`Inherited from ${str(primary.name)}: ${str(primary.title)}`);
  }
  if (ids.length > 1) notes.push(`Also: ${ids.slice(1).join(", ")}`);
  const range = str(entry.range);
  if (range) notes.push(`Vulnerable range: ${range}`);
  return makeFinding(
    {
      tool: TOOL,
      layer: "dependency",
      id,
      title:
        own.length > 0
          ? (str(primary?.title) ?? id)
          : `${name} depends on vulnerable ${through.join(", ")}`,
      description: notes.length > 0 ? notes.join("\n") : undefined,
      severity: severityOf(entry.severity, cvss),
      cvss,
      fix: fixOf(entry.fixAvailable, name),
      package: npmPackage(name, undefined),
      cwe: cweList(advisories.flatMap(cwesIn)),
      url: str(primary?.url),
    },
    path,
  );
}

/** An advisory's `cwe`: a list, or (in some reports) a single value. */
function cwesIn(advisory: Json): unknown[] {
  return Array.isArray(advisory.cwe) ? advisory.cwe : [advisory.cwe];
}

const rank = (advisory: Json): number => severityRank(severityOf(advisory.severity, undefined));

function advisoryId(advisory: Json): string {
  return (
    ghsaIn(str(advisory.url)) ?? `NPM-${str(advisory.source) ?? str(advisory.name) ?? "advisory"}`
  );
}

/** The advisory objects reached by following string `via` links (cycles are cut). */
function rootAdvisories(map: Json, name: string, seen: Set<string>): Json[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const entry = map[name];
  if (!isObject(entry) || !Array.isArray(entry.via)) return [];
  return entry.via.flatMap((v) =>
    isObject(v) ? [v] : typeof v === "string" ? rootAdvisories(map, v, seen) : [],
  );
}

/** `true`, `false`, or `{name, version, isSemVerMajor}` (the fix may be an upgrade of a parent). */
function fixOf(value: unknown, name: string) {
  if (isObject(value)) {
    const fixName = str(value.name);
    const version = str(value.version);
    const versions = version
      ? [fixName && fixName !== name ? `${fixName}@${version}` : version]
      : [];
    return { available: true, versions };
  }
  return { available: value === true, versions: [] };
}
