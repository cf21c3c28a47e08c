// What a SARIF result means beyond its own fields, read from its rule and its tool: severity,
// CWE, layer, and for vulnerability scanners that write SARIF (Trivy, Grype) the package.
import { severityFromCvss, severityFromWord } from "../../model/severity-words.js";
import { unique } from "../../model/make-finding.js";
import type { Layer, Severity } from "../../model/vocabulary.js";
import type { PackageRef } from "../../model/finding.js";
import { arr, commaList, isObject, NO_FIELDS, num, str, strings, type Json } from "./fields.js";

const LEVEL_WORDS = new Set(["critical", "high", "medium", "low"]);
const SEVERITY_KEYS = ["severity", "issue_severity", "Severity"] as const;

/**
 * What a result inherits from its rule. Many results share a rule, so this is read once per
 * rule (RuleIndex in sarif.ts caches it) and each result only reads its own properties.
 */
export interface RuleFacts {
  /** The rule's severity word (a `severity` property or a severity tag), when it has one. */
  severity: Severity | undefined;
  cvss: number | undefined;
  /** defaultConfiguration.level */
  level: string | undefined;
  cwes: string[];
  /** The rule's kind in its own tags: "security" when one says so, else its first plain tag. */
  category: string | undefined;
}

export function ruleFacts(rule: Json | undefined): RuleFacts {
  const bag = props(rule);
  const config = isObject(rule?.defaultConfiguration) ? rule.defaultConfiguration : NO_FIELDS;
  return {
    severity: severityWordIn(bag),
    cvss: cvssIn(bag),
    level: str(config.level),
    cwes: unique(cweTexts(bag, rule).flatMap(cwesIn)),
    category: categoryIn(bag),
  };
}

/**
 * Severity in order of precision: the tool's own word (a `severity` property, or a Trivy-style
 * severity tag), then `security-severity` (a CVSS score, GitHub's convention, which Grype uses),
 * then the result's `level` or the rule's default level. A result with none of these is
 * `unknown`, not SARIF's implicit "warning": the policy decides how to treat unscored findings.
 * The result's properties come before its rule's.
 */
export function severityOf(result: Json, rule: RuleFacts): { severity: Severity; cvss?: number } {
  const bag = props(result);
  const word = severityWordIn(bag) ?? rule.severity;
  const cvss = cvssIn(bag) ?? rule.cvss;
  if (word) return { severity: word, cvss };
  if (cvss !== undefined) return { severity: severityFromCvss(cvss), cvss };
  return { severity: severityFromWord(str(result.level) ?? rule.level) };
}

/**
 * CodeQL tags every query `security` or with its quality kinds (`maintainability`,
 * `reliability`, `correctness` ...): the category zero-trust controls and hygiene claim.
 * Other tags (references such as "external/cwe/cwe-079", "owasp", severity words) are not.
 */
function categoryIn(bag: Json): string | undefined {
  const tags = strings(bag.tags).map((t) => t.toLowerCase());
  if (tags.includes("security")) return "security";
  return tags.find((t) => QUALITY_KINDS.has(t));
}

/** CodeQL's quality tags (its query metadata style guide) and Semgrep's rule categories. */
const QUALITY_KINDS = new Set([
  "reliability",
  "maintainability",
  "correctness",
  "efficiency",
  "readability",
  "useless-code",
  "portability",
  "accuracy",
  "performance",
  "best-practice",
]);

/** A known severity word in a property bag (its severity keys, then its tags). */
function severityWordIn(bag: Json): Severity | undefined {
  for (const key of SEVERITY_KEYS) {
    const word = severityFromWord(bag[key]);
    if (word !== "unknown") return word;
  }
  const tag = strings(bag.tags).find((t) => LEVEL_WORDS.has(t.toLowerCase()));
  return tag ? severityFromWord(tag) : undefined;
}

function cvssIn(bag: Json): number | undefined {
  return num(bag["security-severity"]) ?? num(bag.cvssv3_baseScore);
}

function props(value: Json | undefined): Json {
  return value && isObject(value.properties) ? value.properties : NO_FIELDS;
}

/** CWEs from rule tags ("external/cwe/cwe-079", "CWE-79: ..."), `cwe` properties and relationships. */
export function cwesOf(result: Json, rule: RuleFacts): string[] {
  const bag = props(result);
  // Most results carry no properties of their own: then the rule's list is the answer, shared
  // by its results (findings' cwe arrays are never modified).
  if (bag === NO_FIELDS) return rule.cwes;
  return unique([...cweTexts(bag, undefined).flatMap(cwesIn), ...rule.cwes]);
}

/** The texts of a property bag (and of a rule's relationships) that may name CWEs. */
function cweTexts(bag: Json, rule: Json | undefined): string[] {
  const texts = [...strings(bag.tags), ...strings(bag.cwe), ...strings([bag.cwe])];
  for (const rel of arr(rule?.relationships)) {
    if (isObject(rel) && isObject(rel.target)) texts.push(str(rel.target.id) ?? "");
  }
  return texts;
}

const CWE_REF = /\bcwe[-_/ ]?0*(\d+)/gi;

function cwesIn(text: string): string[] {
  return [...text.matchAll(CWE_REF)].map((m) => `CWE-${m[1]}`);
}

const SECRET_TOOLS = /gitleaks|trufflehog|detect-secrets|ggshield|secret/i;
const IAC_TOOLS =
  /checkov|kics|tfsec|terrascan|tflint|kube-?score|kubesec|kube-linter|hadolint|cfn[-_ ]?(lint|nag)|snyk ?iac|defsec|datree|polaris/i;
const IMAGE_TOOLS = /dockle|clair|docker scout|snyk container/i;
const DEPENDENCY_TOOLS = /osv-scanner|dependency-check|snyk open source|retire|safety|audit/i;
/** Grype names each rule after the matcher that found it; OS package matchers mean an image. */
const OS_MATCHER = /^(apk|dpkg|rpm|portage)/i;

/** The layer a result belongs to, chosen from the tool (and, for Trivy and Grype, the rule). */
export function layerOf(tool: string, rule: Json | undefined): Layer {
  const ruleName = str(rule?.name) ?? "";
  if (/^trivy$/i.test(tool)) {
    const tags = strings(props(rule).tags).map((t) => t.toLowerCase());
    if (tags.includes("misconfiguration")) return "iac";
    if (tags.includes("secret")) return "secret";
    if (tags.includes("license")) return "license";
    return /^OsPackage/.test(ruleName) ? "image" : "dependency";
  }
  if (/^grype$/i.test(tool)) return OS_MATCHER.test(ruleName) ? "image" : "dependency";
  if (SECRET_TOOLS.test(tool)) return "secret";
  if (IAC_TOOLS.test(tool)) return "iac";
  if (IMAGE_TOOLS.test(tool)) return "image";
  if (DEPENDENCY_TOOLS.test(tool)) return "dependency";
  return "code";
}

/** Grype's SARIF rule id is "<vulnerability id>-<package name>". */
const VULN_ID = /^(CVE-\d{4}-\d+|GHSA(?:-[a-z0-9]{4}){3})/i;

export interface VulnerablePackage {
  id: string;
  package: PackageRef;
  fixVersions: string[];
}

/**
 * Trivy and Grype write the package into the message text only. Reading it back lets a SARIF
 * finding share its fingerprint with the same tool's (or another scanner's) JSON report.
 */
export function packageOf(
  tool: string,
  ruleId: string,
  message: string,
): VulnerablePackage | undefined {
  if (/^trivy$/i.test(tool)) {
    const name = /^Package: (.+)$/m.exec(message)?.[1];
    const version = /^Installed Version: (.+)$/m.exec(message)?.[1];
    if (!name) return undefined;
    const fixVersions = commaList(/^Fixed Version: (.*)$/m.exec(message)?.[1]);
    return { id: ruleId, package: { name: name.trim(), version: version?.trim() }, fixVersions };
  }
  if (/^grype$/i.test(tool)) {
    const m = / reports (\S+) at version (\S+)/.exec(message);
    const id = VULN_ID.exec(ruleId)?.[1];
    if (!m || !id) return undefined;
    return { id, package: { name: m[1]!, version: m[2] }, fixVersions: [] };
  }
  return undefined;
}
