// Snyk CLI JSON: `snyk test --json` (one project), `snyk test --all-projects --json` (an array
// of projects), `snyk container test --json` (OS packages plus `applications[]` found in the
// image) and `snyk iac test --json` (projects with `infrastructureAsCodeIssues`).
// Snyk Code (`snyk code test --sarif`) is SARIF and is read by the sarif parser.
import { makeFinding } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import type { Layer } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import {
  entries,
  list,
  isObject,
  needShape,
  num,
  objects,
  positive,
  str,
  strings,
  type Json,
} from "./fields.js";
import { agreeTotals } from "./totals.js";
import { cweList, severityOf } from "./vuln-fields.js";
import type { Parser } from "./types.js";

const TOOL = "snyk";
const OS_MANAGERS = /^(deb|apk|rpm|linux|debian|ubuntu|alpine|rhel|centos|amzn|sles)/i;

// Where a project's findings are (parsers/containers.ts); --all-projects writes an array of them.
const PROJECT_CONTAINERS = [
  "vulnerabilities[]",
  "filtered.ignore[]",
  "filtered.patch[]",
  "applications[].vulnerabilities[]",
  "infrastructureAsCodeIssues[]",
];

function isProject(value: unknown): value is Json {
  return (
    isObject(value) &&
    (Array.isArray(value.vulnerabilities) || Array.isArray(value.infrastructureAsCodeIssues)) &&
    ("packageManager" in value || "projectType" in value || typeof value.ok === "boolean")
  );
}

export const snyk: Parser = {
  id: "snyk",
  description:
    "Snyk CLI JSON (snyk test / container test / iac test --json, with or without --all-projects)",
  layers: ["dependency", "image", "iac", "license"],
  containers: {
    project: PROJECT_CONTAINERS,
    "all projects": PROJECT_CONTAINERS.map((c) => `[].${c}`),
  },
  detect({ json }) {
    if (Array.isArray(json)) return json.length > 0 && json.every(isProject);
    return isProject(json);
  },
  parse({ json, path }) {
    const projects = Array.isArray(json) ? json : [json];
    needShape(projects.every(isProject), "Snyk", "snyk test --json projects", path);
    return projects.flatMap((p, i) => {
      if (!isObject(p)) throw new GateError(`project ${i} must be an object`, { file: path });
      return project(p, path);
    });
  },
};

interface ProjectContext {
  report: string;
  layer: Layer;
  /** The manifest or lock file Snyk read, when it names one. */
  file?: string;
  target?: string;
  manager?: string;
}

function project(p: Json, report: string): Finding[] {
  const container = isObject(p.docker) || str(p.projectName)?.startsWith("docker-image|") === true;
  const manager = str(p.packageManager);
  const ctx: ProjectContext = {
    report,
    layer: container || OS_MANAGERS.test(manager ?? "") ? "image" : "dependency",
    file: str(p.displayTargetFile) ?? str(p.targetFile) ?? undefined,
    target: container ? str(p.path) : (str(p.projectName) ?? undefined),
    manager,
  };
  const filtered = p.filtered === undefined || p.filtered === null ? {} : p.filtered;
  if (!isObject(filtered)) throw new GateError("filtered must be an object", { file: report });
  // Snyk moves an issue out of `vulnerabilities` when a .snyk policy ignores it or a Snyk
  // patch covers it; another list there is one this parser does not know: not a pass.
  for (const key of Object.keys(filtered)) {
    if (
      key !== "ignore" &&
      key !== "patch" &&
      list(filtered[key], `filtered.${key}`, report).length > 0
    ) {
      throw new GateError(`filtered.${key} is a list of issues this parser does not know`, {
        file: report,
      });
    }
  }
  const ignored = entries(filtered.ignore, "filtered.ignore", report);
  const patched = entries(filtered.patch, "filtered.patch", report);
  const vulnerabilities = vulnerabilitiesOf(p, "vulnerabilities", report);
  const applications = entries(p.applications, "applications", report);
  return [
    ...vulnerabilities.map((v) => vulnerability(v, ctx)),
    // Issues a .snyk policy ignored: kept, marked suppressed with the policy's reason.
    ...ignored.map((v) => ignoredVulnerability(v, ctx)),
    // Issues a Snyk patch (snyk protect, in the repository) covers: kept, marked suppressed.
    ...patched.map((v) => {
      const f = vulnerability(v, ctx);
      f.suppressed = { kind: "snyk patch" };
      return f;
    }),
    // Container scans list the application dependencies found inside the image too.
    ...applications.flatMap((app) =>
      vulnerabilitiesOf(app, "applications[].vulnerabilities", report).map((v) =>
        vulnerability(v, {
          ...ctx,
          file: str(app.displayTargetFile) ?? str(app.targetFile) ?? ctx.file,
          manager: str(app.packageManager),
        }),
      ),
    ),
    ...entries(p.infrastructureAsCodeIssues, "infrastructureAsCodeIssues", report).map((issue) =>
      iacIssue(issue, p, report),
    ),
  ];
}

/**
 * A project's (or an application's) vulnerabilities, one per dependency path. Snyk states
 * `uniqueCount`, the number of distinct issue ids among them (ignored issues not included):
 * it must agree.
 */
function vulnerabilitiesOf(owner: Json, what: string, report: string): Json[] {
  const vulnerabilities = entries(owner.vulnerabilities, what, report);
  const ids = new Set(vulnerabilities.map((v) => str(v.id)));
  const owned = what === "vulnerabilities" ? "project" : "applications[]";
  agreeTotals({ uniqueCount: owner.uniqueCount }, { uniqueCount: ids.size }, owned, report);
  return vulnerabilities;
}

function vulnerability(v: Json, ctx: ProjectContext): Finding {
  const id = str(v.id);
  if (!id) throw new GateError("a vulnerability has no id", { file: ctx.report });
  const identifiers = isObject(v.identifiers) ? v.identifiers : {};
  const cvss = num(v.cvssScore);
  const fixes = strings(v.fixedIn);
  const manager = str(v.packageManager) ?? ctx.manager;
  const epss = isObject(v.epssDetails) ? num(v.epssDetails.probability) : undefined;
  const from = strings(v.from);
  // Licence policy issues come in the same list, marked `type: "license"`.
  const isLicense = str(v.type) === "license";
  return makeFinding(
    {
      tool: TOOL,
      layer: isLicense ? "license" : ctx.layer,
      id,
      aliases: [...strings(identifiers.CVE), ...strings(identifiers.GHSA)],
      title: str(v.title) ?? id,
      description: from.length > 0 ? `Introduced through: ${from.join(" > ")}` : undefined,
      severity: severityOf(v.severityWithCritical ?? v.severity, cvss),
      cvss,
      fix: {
        available: fixes.length > 0 || v.isUpgradable === true || v.isPatchable === true,
        versions: fixes,
      },
      package: {
        name: packageName(v, manager),
        version: str(v.version),
        ecosystem: manager,
      },
      location: ctx.file ? { path: ctx.file } : undefined,
      target: ctx.target,
      cwe: cweList(strings(identifiers.CWE)),
      epss,
      url: isLicense ? strings(v.licenseTemplateUrl)[0] : `https://security.snyk.io/vuln/${id}`,
      license: isLicense ? str(v.license) : undefined,
    },
    ctx.report,
  );
}

/** OS packages are "source/binary" ("gcc-10/libgcc-s1"): the installed one is the binary. */
function packageName(v: Json, manager: string | undefined): string {
  const name = str(v.name) ?? str(v.packageName) ?? "";
  return OS_MANAGERS.test(manager ?? "") && name.includes("/") ? name.split("/").pop()! : name;
}

function ignoredVulnerability(v: Json, ctx: ProjectContext): Finding {
  const f = vulnerability(v, ctx);
  const rule = objects(isObject(v.filtered) ? v.filtered.ignored : [])[0] ?? {};
  const expires = str(rule.expires);
  const reason = str(rule.reason);
  // An expiry says when, not why: alone it is no justification (settings.scanner-suppressions).
  f.suppressed = {
    kind: expires ? `snyk ignore (expires ${expires})` : "snyk ignore",
    justification: reason,
  };
  return f;
}

function iacIssue(issue: Json, p: Json, report: string): Finding {
  const id = str(issue.publicId) ?? str(issue.id);
  if (!id) throw new GateError("an IaC issue has no id", { file: report });
  const file = str(p.targetFile) ?? str(p.targetFilePath);
  const f = makeFinding(
    {
      tool: TOOL,
      layer: "iac",
      id,
      title: str(issue.title) ?? id,
      description: [str(issue.issue), str(issue.impact), str(issue.resolve)]
        .filter(Boolean)
        .join("\n"),
      severity: severityOf(issue.severity, undefined),
      // Snyk writes lineNumber -1 when it has no line.
      location: file ? { path: file, startLine: positive(num(issue.lineNumber)) } : undefined,
      target: str(issue.msg),
      url: str(issue.documentation),
    },
    report,
  );
  // isIgnored decides whether the issue counts: anything but a boolean is not accounted for.
  if (issue.isIgnored !== undefined && typeof issue.isIgnored !== "boolean") {
    throw new GateError("an IaC issue's isIgnored must be true or false", { file: report });
  }
  if (issue.isIgnored === true) f.suppressed = { kind: "snyk ignore" };
  return f;
}
