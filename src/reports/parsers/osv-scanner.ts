// OSV-Scanner: `osv-scanner --format json -r DIR` (also `scan source`/`scan image`):
// results[] per scanned source, each with packages[] and their OSV vulnerabilities[].
// One finding per package and vulnerability entry; `groups` tie entries that are aliases.
import semver from "semver";
import { cvss3BaseScore } from "../../model/cvss.js";
import { makeFinding } from "../../model/make-finding.js";
import { severityRank } from "../../model/vocabulary.js";
import type { Finding, PackageRef } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import {
  entries,
  isObject,
  NO_FIELDS,
  num,
  objects,
  str,
  strings,
  type Json,
  needShape,
} from "./fields.js";
import { cweList, fixFrom, maxOf, severityOf, titleOf } from "./vuln-fields.js";
import type { Parser } from "./types.js";

const TOOL = "osv-scanner";

function isResult(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.packages) && isObject(value.source);
}

export const osvScanner: Parser = {
  id: "osv-scanner",
  description: "OSV-Scanner JSON (osv-scanner --format json -r DIR)",
  layers: ["dependency", "image"],
  containers: { json: ["results[].packages[].vulnerabilities[]"] },
  detect({ json }) {
    if (!isObject(json) || !Array.isArray(json.results)) return false;
    // An empty scan is `{"results": []}`; the config key tells it from other `results` shapes.
    if (json.results.length === 0) return "experimental_config" in json;
    return json.results.every(isResult);
  },
  parse({ json, path }) {
    needShape(
      isObject(json) && Array.isArray(json.results),
      "OSV-Scanner",
      "a results array",
      path,
    );
    return entries((json as Json).results, "results", path).flatMap((result) => {
      const source = isObject(result.source) ? result.source : NO_FIELDS;
      const where = str(source.path);
      return entries(result.packages, "results[].packages", path).flatMap((p) => {
        const pkg = isObject(p.package) ? p.package : NO_FIELDS;
        // Groups rate unrated entries: a malformed list would leave them `unknown` silently.
        const groups = entries(p.groups, "results[].packages[].groups", path);
        const findings = entries(
          p.vulnerabilities,
          "results[].packages[].vulnerabilities",
          path,
        ).map((v) => vulnerability(v, pkg, groups, where, path));
        return rateFromGroup(findings, groups);
      });
    });
  },
};

function vulnerability(
  v: Json,
  pkg: Json,
  groups: Json[],
  where: string | undefined,
  path: string,
): Finding {
  const id = str(v.id);
  if (!id) throw new GateError("a vulnerability has no id", { file: path });
  const name = str(pkg.name);
  const version = str(pkg.version);
  const ecosystem = str(pkg.ecosystem);
  const affected = objects(v.affected).filter((a) => {
    const ap = isObject(a.package) ? a.package : NO_FIELDS;
    return !name || str(ap.name) === name;
  });
  const group = groups.find((g) => strings(g.ids).includes(id));
  const vectors = objects(v.severity).map((s) => str(s.score) ?? "");
  const cvss = num(group?.max_severity) ?? maxOf(vectors.map(cvss3BaseScore));
  const dbSpecific = isObject(v.database_specific) ? v.database_specific : NO_FIELDS;
  const fixes = fixedVersions(affected, version);
  const purl = affected
    .map((a) => (isObject(a.package) ? str(a.package.purl) : undefined))
    .find(Boolean);
  const packageRef: PackageRef | undefined = name
    ? { name, version, ecosystem, purl: purl && version ? `${purl}@${version}` : purl }
    : undefined;
  return makeFinding(
    {
      tool: TOOL,
      layer: ecosystemIsOs(ecosystem) ? "image" : "dependency",
      id,
      aliases: strings(v.aliases),
      title: str(v.summary) ?? titleOf(str(v.details)) ?? id,
      description: str(v.details),
      severity: severityOf(dbSpecific.severity, cvss),
      cvss,
      fix: fixFrom(fixes),
      package: packageRef,
      // A git source (a commit, no package) is located by the scanned path.
      location: where ? { path: where } : undefined,
      target: str(pkg.commit) ?? where,
      cwe: cweList([
        ...strings(dbSpecific.cwe_ids),
        ...affected.flatMap((a) =>
          objects(isObject(a.database_specific) ? a.database_specific.cwes : []).map(
            (c) => c.cweId,
          ),
        ),
      ]),
      url: `https://osv.dev/vulnerability/${id}`,
    },
    path,
  );
}

/**
 * Entries of one group are aliases of each other (a GHSA and its PYSEC twin). An entry the
 * database left unrated takes its group's most severe rating rather than staying unknown.
 */
function rateFromGroup(findings: Finding[], groups: Json[]): Finding[] {
  for (const group of groups) {
    const ids = strings(group.ids);
    const members = findings.filter((f) => ids.includes(f.id));
    const rated = members
      .filter((f) => f.severity !== "unknown")
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))[0];
    if (!rated) continue;
    for (const f of members) {
      if (f.severity !== "unknown") continue;
      f.severity = rated.severity;
      f.cvss ??= rated.cvss;
    }
  }
  return findings;
}

/** `fixed` events of the package's ranges; only those above the installed version when both parse. */
function fixedVersions(affected: Json[], installed: string | undefined): string[] {
  const fixed = affected.flatMap((a) =>
    objects(a.ranges).flatMap((r) => objects(r.events).map((e) => str(e.fixed))),
  );
  const current = installed ? semver.coerce(installed) : null;
  return [
    ...new Set(
      fixed.filter((f): f is string => {
        if (!f) return false;
        const candidate = semver.coerce(f);
        return !current || !candidate || semver.gt(candidate, current);
      }),
    ),
  ];
}

// OSV ecosystems of operating-system packages (osv-scanner scan image): the image layer.
function ecosystemIsOs(ecosystem: string | undefined): boolean {
  return /^(Debian|Ubuntu|Alpine|Rocky Linux|AlmaLinux|Red Hat|SUSE|openSUSE|Photon OS|Mageia|Wolfi|Chainguard)/i.test(
    ecosystem ?? "",
  );
}
