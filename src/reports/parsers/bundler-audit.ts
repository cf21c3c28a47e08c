// bundler-audit JSON: `bundle-audit check --format json` writes {version, created_at,
// results[]}; each result is an `unpatched_gem` (a gem with an advisory), an
// `unpatched_engine` (the Ruby engine itself) or an `insecure_source` (a git:// or http://
// gem source). `--ignore` drops advisories before the report is written, so there are no
// suppressions to read: an ignored advisory is absent (docs/formats.md).
import { makeFinding } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding } from "../../model/finding.js";
import type { Severity } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import {
  date,
  entries,
  isObject,
  needObject,
  needString,
  num,
  str,
  strings,
  type Json,
} from "./fields.js";
import { knownValue } from "./status.js";
import type { Parser } from "./types.js";
import { fixFrom, severityOf } from "./vuln-fields.js";

const TOOL = "bundler-audit";

/** Every result type bundler-audit writes (lib/bundler/audit/results/*.rb `to_h`). */
const TYPES: ReadonlyMap<unknown, "gem" | "engine" | "source"> = new Map([
  ["unpatched_gem", "gem"],
  ["unpatched_engine", "engine"],
  ["insecure_source", "source"],
] as const);

function isReport(json: unknown): json is Json {
  return (
    isObject(json) &&
    Array.isArray(json.results) &&
    typeof json.version === "string" &&
    typeof json.created_at === "string" &&
    json.results.every((r) => isObject(r) && typeof r.type === "string" && TYPES.has(r.type))
  );
}

export const bundlerAudit: Parser = {
  id: "bundler-audit",
  description: "bundler-audit JSON (bundle-audit check --format json)",
  layers: ["dependency"],
  containers: { json: ["results[].type"] },
  detect: ({ json }) => isReport(json),
  parse({ json, path }) {
    if (!isObject(json) || !Array.isArray(json.results) || typeof json.created_at !== "string") {
      throw new GateError(
        "is not a bundler-audit report (expected version, created_at and results)",
        {
          file: path,
        },
      );
    }
    return entries(json.results, "results", path).map((r, i) => {
      const kind = knownValue(TYPES, r.type, `results[${i}].type`, path);
      return kind === "source" ? insecureSource(r, i, path) : unpatched(r, kind, i, path);
    });
  },
  timestamp: ({ json }) => (isObject(json) ? date(json.created_at) : undefined),
};

function unpatched(r: Json, kind: "gem" | "engine", i: number, path: string): Finding {
  const gem = needObject(kind === "gem" ? r.gem : r.engine, `results[${i}].${kind}`, path);
  const advisory = needObject(r.advisory, `results[${i}].advisory`, path);
  const id = needString(advisory.id, `results[${i}].advisory.id`, path);
  const cve = str(advisory.cve);
  const ghsa = str(advisory.ghsa);
  const name = needString(gem.name, `results[${i}].${kind}.name`, path);
  const version = str(gem.version);
  return makeFinding(
    {
      tool: TOOL,
      layer: "dependency",
      id,
      aliases: [cve ? `CVE-${cve}` : "", ghsa ? `GHSA-${ghsa}` : "", ...osvdb(advisory.osvdb)],
      title: str(advisory.title) ?? id,
      description: str(advisory.description),
      severity: severityOfAdvisory(advisory),
      cvss: num(advisory.cvss_v3) ?? num(advisory.cvss_v2),
      // Patched versions are requirements ("~> 2.1.3", ">= 2.2.0"), as the advisory states them.
      fix: fixFrom(strings(advisory.patched_versions)),
      package: {
        name,
        version,
        ecosystem: kind === "gem" ? "rubygems" : "ruby",
        purl: kind === "gem" && version ? `pkg:gem/${name}@${version}` : undefined,
      },
      url: str(advisory.url),
    },
    path,
  );
}

function osvdb(value: unknown): string[] {
  const id = str(value);
  return id ? [id.startsWith("OSVDB-") ? id : `OSVDB-${id}`] : [];
}

/** bundler-audit's criticality (from CVSS v3, else v2), else the score itself. */
function severityOfAdvisory(advisory: Json): Severity {
  const word = severityFromWord(advisory.criticality);
  if (word !== "unknown") return word;
  const v3 = num(advisory.cvss_v3);
  if (v3 !== undefined) return severityOf(undefined, v3);
  // CVSS v2 has no critical: bundler-audit rates 7.0 and above high.
  const v2 = num(advisory.cvss_v2);
  if (v2 === undefined) return "unknown";
  return v2 >= 7 ? "high" : v2 >= 4 ? "medium" : v2 > 0 ? "low" : "info";
}

/** A gem source fetched without TLS: whoever is on the path can replace the gems. */
function insecureSource(r: Json, i: number, path: string): Finding {
  const source = needString(r.source, `results[${i}].source`, path);
  return makeFinding(
    {
      tool: TOOL,
      layer: "dependency",
      id: "insecure-source",
      title: `Insecure gem source (no TLS): ${source}`,
      severity: "high",
      target: source,
      url: "https://github.com/rubysec/bundler-audit#features",
    },
    path,
  );
}
