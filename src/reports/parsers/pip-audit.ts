// pip-audit: `pip-audit -f json` — `{dependencies: [...], fixes: [...]}` since 2.0, and the
// bare array of dependencies before it. Each dependency lists its vulnerabilities (`vulns`);
// dependencies pip-audit could not audit carry a `skip_reason` and are not findings.
import { makeFinding } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { entries, isObject, str, strings, type Json, needShape } from "./fields.js";
import { fixFrom, severityOf, titleOf } from "./vuln-fields.js";
import type { Parser } from "./types.js";

const TOOL = "pip-audit";

function isDependency(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.name === "string" &&
    ("vulns" in value || "skip_reason" in value)
  );
}

function dependenciesOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json.dependencies)) return json.dependencies;
  return undefined;
}

/** The dependencies to parse: a bare array, or `dependencies` (which must then be a list). */
function needDependencies(json: unknown, path: string): Json[] {
  if (Array.isArray(json)) return entries(json, "dependencies", path);
  needShape(isObject(json) && "dependencies" in json, "pip-audit", "a dependencies list", path);
  return entries((json as Json).dependencies, "dependencies", path);
}

export const pipAudit: Parser = {
  id: "pip-audit",
  description: "pip-audit -f json (object with dependencies and fixes, or the older bare array)",
  layers: ["dependency"],
  containers: { object: ["dependencies[].vulns[]"], array: ["[].vulns[]"] },
  detect({ json }) {
    const deps = dependenciesOf(json);
    if (!deps) return false;
    // An empty object report is `{"dependencies": []}` (with or without `fixes`).
    if (deps.length === 0)
      return (
        !Array.isArray(json) &&
        Object.keys(json as Json).every((k) => k === "dependencies" || k === "fixes")
      );
    return deps.every(isDependency);
  },
  parse({ json, path }) {
    return needDependencies(json, path).flatMap((d) =>
      entries(d.vulns, "dependencies[].vulns", path).map((v) => vulnerability(d, v, path)),
    );
  },
};

function vulnerability(dep: Json, v: Json, path: string): Finding {
  const id = str(v.id);
  if (!id) throw new GateError(`a vulnerability of ${str(dep.name)} has no id`, { file: path });
  const fixes = strings(v.fix_versions);
  const name = str(dep.name) ?? "";
  const version = str(dep.version);
  const description = str(v.description);
  return makeFinding(
    {
      tool: TOOL,
      layer: "dependency",
      id,
      aliases: strings(v.aliases),
      title: titleOf(description) ?? id,
      description,
      // pip-audit states no severity: unknown, which the policy maps (never silently low).
      severity: severityOf(v.severity, undefined),
      fix: fixFrom(fixes),
      package: {
        name,
        version,
        ecosystem: "pypi",
        purl: version ? `pkg:pypi/${name.toLowerCase()}@${version}` : undefined,
      },
    },
    path,
  );
}
