// The scanner's own category for a check, as each parser reads it from a real report: what
// the zero-trust controls claim as TOOL:CATEGORY (docs/policy.md "Controls").
import { describe, expect, it } from "vitest";
import { judge } from "../src/gate/judge.js";
import { loadOrigin } from "../src/io/policy-file.js";
import { decodeReport } from "../src/reports/decode.js";
import { CHECKOV_CATEGORIES } from "../src/reports/parsers/checkov-categories.js";
import { parseReport } from "../src/reports/read.js";
import { findingsOf } from "./helpers/fixture.js";

describe("parsers read the scanner's category of a check", () => {
  const cases: [string, string, string | undefined][] = [
    ["kics/kics-action__results.json", "e38a8e0a-b88b-4902-b3fe-b0fcb17d5c10", "Best Practices"],
    [
      "kics/kics-action__results.json",
      "1419b4c6-6d5c-4534-9cf6-6a5266085333",
      "Networking and Firewall",
    ],
    // Checkov's report has none: the category its source declares (a base class's here).
    ["checkov/dd-samples__terraform_checkov-1.json", "CKV_AWS_260", "NETWORKING"],
    ["checkov/checkov-report-severity.json", "CKV_GCP_62", "LOGGING"],
    [
      "prowler/aws_prowler_v3plus__many_vuln.ocsf.json",
      "iam_role_administratoraccess_policy_permissive_trust_relationship",
      "iam",
    ],
    [
      "prowler/secobserve__prowler_azure.json",
      "defender_ensure_defender_for_app_services_is_on",
      "defender",
    ],
    ["trivy/issue_9170.json", "AVD-KSV-0001", "kubernetes/general"],
    // tfsec 1.x names the provider but this report no service: no category.
    ["tfsec/many_findings_current.json", "aws-vpc-no-public-egress-sgr", undefined],
    [
      "semgrep/dd-samples__pygoat_scan_os.json",
      "python.django.security.audit.csrf-exempt.no-csrf-exempt",
      "security",
    ],
    // Semgrep SARIF with placeholder tags ("cwe", "owasp"): the registry id says security.
    [
      "sarif/semgrepowasp-benchmark-sample.sarif",
      "java.lang.security.audit.cookie-missing-httponly.cookie-missing-httponly",
      "security",
    ],
    ["sarif/codeQL-output.sarif", "py/unused-import", "maintainability"],
    ["sarif/codeQL-output.sarif", "py/sql-injection", "security"],
    ["zap/dvwa_baseline_dojo.xml", "10096", "WASC-13"],
    ["zap/dvwa_baseline_dojo.xml", "10202", "WASC-9"],
    // ZAP writes no WASC class for reverse tabnabbing: none.
    ["zap/dvwa_baseline_dojo.xml", "10108", undefined],
    ["zap/bcgov-vhers-scan__report_json.json", "10098", "WASC-14"],
  ];
  it.each(cases)("%s %s → %s", (file, id, category) => {
    const findings = findingsOf(file).filter((f) => f.id === id);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set([category]));
  });

  it("the generated Checkov table names only Checkov's own categories", () => {
    // checkov/common/models/enums.py CheckCategories, at the commit the table names.
    const known = new Set([
      "LOGGING",
      "ENCRYPTION",
      "GENERAL_SECURITY",
      "NETWORKING",
      "IAM",
      "BACKUP_AND_RECOVERY",
      "CONVENTION",
      "SECRETS",
      "KUBERNETES",
      "APPLICATION_SECURITY",
      "SUPPLY_CHAIN",
      "API_SECURITY",
      "SAST",
      "AI_AND_ML",
    ]);
    expect([...new Set(CHECKOV_CATEGORIES.values())].filter((c) => !known.has(c))).toEqual([]);
    expect(CHECKOV_CATEGORIES.size).toBeGreaterThan(1000);
    // A check declared with two categories is left out, not guessed.
    expect(CHECKOV_CATEGORIES.has("CKV_K8S_21")).toBe(false);
  });
});

describe("a ztgate findings document carries the category of any tool", () => {
  it("is read, and places the finding in the control that claims it", async () => {
    const doc = {
      format: "ztgate-findings",
      version: 1,
      tool: "kics",
      findings: [
        {
          layer: "iac",
          id: "a-query-no-pack-lists",
          severity: "medium",
          category: "Networking and Firewall",
        },
      ],
    };
    const path = "converted.json";
    const [finding] = parseReport(decodeReport(Buffer.from(JSON.stringify(doc)), path)).findings;
    expect(finding?.category).toBe("Networking and Firewall");
    const zeroTrust = await loadOrigin({ builtin: "zero-trust" });
    expect(judge(finding!, zeroTrust, { waivers: [] }).controls).toEqual(["microsegmentation"]);
  });
});
