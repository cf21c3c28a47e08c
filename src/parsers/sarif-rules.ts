// What a SARIF result means beyond its own fields, read from its rule and its tool: severity,
// CWE, layer, and for vulnerability scanners that write SARIF (Trivy, Grype) the package.
import {
  severityFromCvss,
  severityFromWord,
  unique,
  type Layer,
  type PackageRef,
  type Severity,
} from "../finding.js";
import { arr, commaList, isObject, num, str, strings, type Json } from "./fields.js";

const LEVEL_WORDS = new Set(["critical", "high", "medium", "low"]);

/**
 * Severity in order of precision: the tool's own word (a `severity` property, or a Trivy-style
 * severity tag), then `security-severity` (a CVSS score, GitHub's convention, which Grype uses),
 * then the result's `level` or the rule's default level. A result with none of these is
 * `unknown`, not SARIF's implicit "warning": the policy decides how to treat unscored findings.
 */
export function severityOf(
  result: Json,
  rule: Json | undefined,
): { severity: Severity; cvss?: number } {
  const bags = [props(result), props(rule)];
  for (const bag of bags) {
    for (const key of ["severity", "issue_severity", "Severity"]) {
      const word = severityFromWord(bag[key]);
      if (word !== "unknown") return { severity: word, cvss: cvssOf(bags) };
    }
    const tag = strings(bag.tags).find((t) => LEVEL_WORDS.has(t.toLowerCase()));
    if (tag) return { severity: severityFromWord(tag), cvss: cvssOf(bags) };
  }
  const cvss = cvssOf(bags);
  if (cvss !== undefined) return { severity: severityFromCvss(cvss), cvss };
  const config = isObject(rule?.defaultConfiguration) ? rule.defaultConfiguration : {};
  return { severity: severityFromWord(str(result.level) ?? str(config.level)) };
}

function cvssOf(bags: Json[]): number | undefined {
  for (const bag of bags) {
    const score = num(bag["security-severity"]) ?? num(bag.cvssv3_baseScore);
    if (score !== undefined) return score;
  }
  return undefined;
}

function props(value: Json | undefined): Json {
  return value && isObject(value.properties) ? value.properties : {};
}

/** CWEs from rule tags ("external/cwe/cwe-079", "CWE-79: ..."), `cwe` properties and relationships. */
export function cwesOf(result: Json, rule: Json | undefined): string[] {
  const texts: string[] = [];
  for (const bag of [props(result), props(rule)]) {
    texts.push(...strings(bag.tags), ...strings(bag.cwe), ...strings([bag.cwe]));
  }
  for (const rel of arr(rule?.relationships)) {
    if (isObject(rel) && isObject(rel.target)) texts.push(str(rel.target.id) ?? "");
  }
  const cwes = texts.flatMap((t) =>
    [...t.matchAll(/\bcwe[-_/ ]?0*(\d+)/gi)].map((m) => `CWE-${m[1]}`),
  );
  return unique(cwes);
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
