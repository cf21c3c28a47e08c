// GitHub Dependabot alerts: the REST list response (`gh api --paginate
// repos/OWNER/REPO/dependabot/alerts`), an array of `dependabot-alert` (OpenAPI). One alert is
// one advisory in one manifest; dismissed, auto-dismissed and fixed alerts are kept, marked
// suppressed with GitHub's reason, comment, who and when.
import { GateError } from "../../model/errors.js";
import { makeFinding, normaliseCwe } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import type { Layer, Severity } from "../../model/vocabulary.js";
import { isObject, NO_FIELDS, num, objects, str, type Json } from "./fields.js";
import {
  createdDayOf,
  alertsOf,
  isAlertList,
  reasonOf,
  suppressionOf,
  type Closure,
} from "./github-alert.js";
import { knownValue } from "./status.js";
import type { Parser } from "./types.js";

const TOOL = "github-dependabot";

function isAlert(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.number === "number" &&
    isObject(value.security_advisory) &&
    "security_vulnerability" in value &&
    isObject(value.dependency)
  );
}

export const githubDependabot: Parser = {
  id: "github-dependabot",
  description: "GitHub Dependabot alerts (gh api --paginate repos/OWNER/REPO/dependabot/alerts)",
  layers: ["dependency"],
  containers: { json: ["[].security_advisory"] },
  detect: ({ json }) => isAlertList(json, isAlert),
  parse({ json, path }) {
    return alertsOf(json, "Dependabot", path).map((alert) => {
      if (!isAlert(alert)) {
        throw new GateError(
          "every Dependabot alert needs number, dependency, security_advisory and security_vulnerability",
          { file: path },
        );
      }
      return read(alert, path);
    });
  },
};

// dependabot-alert.state; "open" counts.
const STATES = new Map<unknown, "open" | "dismissed" | "fixed" | "auto_dismissed">([
  ["open", "open"],
  ["dismissed", "dismissed"],
  ["fixed", "fixed"],
  ["auto_dismissed", "auto_dismissed"],
]);

// dependabot-alert.dismissed_reason.
const REASONS = new Map<unknown, string>([
  ["fix_started", "fix started"],
  ["inaccurate", "inaccurate"],
  ["no_bandwidth", "no bandwidth"],
  ["not_used", "not used"],
  ["tolerable_risk", "tolerable risk"],
]);

// security_vulnerability.severity, else security_advisory.severity (both low..critical).
const SEVERITIES = new Map<unknown, Severity | "none">([
  [undefined, "none"],
  [null, "none"],
  ["critical", "critical"],
  ["high", "high"],
  ["medium", "medium"],
  ["low", "low"],
]);

// Dependabot's ecosystems (docs.github.com, "Dependabot supported ecosystems" and the advisory
// database's): all are package manifests in the repository, so the dependency layer. An
// ecosystem not listed is an error: a new one is a decision (dependency or image), not a guess.
const ECOSYSTEMS = new Map<unknown, Layer>(
  [
    "npm",
    "pip",
    "maven",
    "nuget",
    "rubygems",
    "composer",
    "go",
    "rust",
    "pub",
    "swift",
    "erlang",
    "actions",
    "gradle",
    "bundler",
    "cargo",
    "hex",
    "elm",
    "gitsubmodule",
    "terraform",
    "devcontainers",
    "bun",
    "uv",
    "poetry",
    "pipenv",
    "yarn",
    "pnpm",
  ].map((e) => [e, "dependency"]),
);

function closureOf(alert: Json, path: string): Closure | undefined {
  const state = knownValue(STATES, alert.state, "a Dependabot alert's state", path);
  if (state === "open") return undefined;
  if (state === "fixed") return { how: "fixed", at: alert.fixed_at };
  if (state === "auto_dismissed") {
    // Auto-triage rules dismiss without a reason; the rule, not a person, closed it.
    return { how: "auto dismissed", at: alert.auto_dismissed_at };
  }
  return {
    how: "dismissed",
    reason: reasonOf(
      REASONS,
      alert.dismissed_reason,
      "a Dependabot alert's dismissed_reason",
      path,
    ),
    comment: alert.dismissed_comment,
    by: alert.dismissed_by,
    at: alert.dismissed_at,
  };
}

function read(alert: Json, path: string): Finding {
  const advisory = alert.security_advisory as Json;
  const vulnerability = isObject(alert.security_vulnerability)
    ? alert.security_vulnerability
    : NO_FIELDS;
  const dependency = alert.dependency as Json;
  const pkg = isObject(dependency.package) ? dependency.package : NO_FIELDS;
  const name = str(pkg.name);
  const id = str(advisory.ghsa_id);
  if (!id || !name) {
    throw new GateError(
      "a Dependabot alert needs security_advisory.ghsa_id and dependency.package.name",
      {
        file: path,
      },
    );
  }
  const ecosystem = str(pkg.ecosystem);
  const layer = knownValue(ECOSYSTEMS, ecosystem, "a Dependabot alert's ecosystem", path);
  const own = knownValue(SEVERITIES, vulnerability.severity, "a vulnerability's severity", path);
  const advised = knownValue(SEVERITIES, advisory.severity, "an advisory's severity", path);
  const severity: Severity = own !== "none" ? own : advised !== "none" ? advised : "unknown";
  const patched = isObject(vulnerability.first_patched_version)
    ? str(vulnerability.first_patched_version.identifier)
    : undefined;
  const manifest = str(dependency.manifest_path);
  const cvss = num(isObject(advisory.cvss) ? advisory.cvss.score : undefined);
  const f = makeFinding(
    {
      tool: TOOL,
      layer,
      id,
      aliases: [str(advisory.cve_id)].filter((a): a is string => a !== undefined),
      title: str(advisory.summary) ?? id,
      description: str(advisory.description),
      severity,
      // A score of 0 is GitHub's "not scored", not a score.
      cvss: cvss && cvss > 0 ? cvss : undefined,
      fix: patched ? { available: true, versions: [patched] } : { available: false, versions: [] },
      package: { name, ecosystem },
      location: manifest ? { path: manifest } : undefined,
      cwe: objects(advisory.cwes)
        .map((c) => normaliseCwe(c.cwe_id))
        .filter((c): c is string => c !== undefined),
      epss: num(isObject(advisory.epss) ? advisory.epss.percentage : undefined),
      url: str(alert.html_url),
      firstSeen: createdDayOf(alert, "Dependabot", path),
    },
    path,
  );
  const suppressed = suppressionOf(closureOf(alert, path));
  if (suppressed) f.suppressed = suppressed;
  return f;
}
