// Manifest files whose ztgate format cannot come from their folder name alone: shared by the
// manifest test (counts) and the detection test.

/** Files whose ztgate format differs from their manifest folder's. */
export const FILE_FORMAT: Record<string, string> = {
  // Snyk Code writes SARIF; the other snyk/ files are Snyk's own JSON.
  "snyk/snykcode_issue_9270.json": "sarif",
  // The licenses/ folder holds CycloneDX SBOMs and one Snyk report with a licence issue.
  "licenses/snyk-to-html__test-report-with-reachability.json": "snyk",
  // yarn 2/3 `yarn npm audit --json` writes npm's v1 advisories map byte for byte; nothing in
  // the content says yarn, so it is read as npm-audit (docs/formats.md).
  "yarn-audit/issue_6495.json": "npm-audit",
  "yarn-audit/audit-ci__yarn-2-workspace_output.json": "npm-audit",
  // The github-alerts/ folder holds the three GitHub alert lists, one format each.
  "github-alerts/code-scanning__github_sast_many_vul.json": "github-code-scanning",
  "github-alerts/code-scanning__github_sast_zero_vul.json": "github-code-scanning",
  "github-alerts/code-scanning__extension-js__code-scanning-alerts.json": "github-code-scanning",
  "github-alerts/dependabot__aws-samples-risk-assessor__dependabot-alerts.json":
    "github-dependabot",
  "github-alerts/dependabot__greentic-pack__dependabot-alerts.json": "github-dependabot",
  "github-alerts/secret-scanning__github_secrets_detection_report_many_vul.json":
    "github-secret-scanning",
};

/**
 * Files that name no tool, so content detection refuses them (an empty report is not evidence
 * of which scanner ran) and the format must be forced with FORMAT:PATH.
 */
export const FORCED: Record<string, { format: string; reason: string }> = {
  "hadolint/dd-samples__hadolint_no_vuln.json": {
    format: "hadolint",
    reason: "`[]` is what hadolint, gitleaks 8 and other array reports write when clean",
  },
  "prowler/aws_prowler_v3plus__no_vuln.json": {
    format: "prowler",
    reason: "`[]` is what Prowler's JSON output writes when nothing was checked",
  },
  "github-alerts/code-scanning__github_sast_zero_vul.json": {
    format: "github-code-scanning",
    reason:
      "`[]` is what every GitHub alert list returns when there are no alerts; it names no kind",
  },
  "gitleaks/no_findings.json": {
    format: "gitleaks",
    reason: "`null` is what gitleaks 7 writes when clean; it names no tool",
  },
  "semgrep/empty.json": {
    format: "semgrep",
    reason: '`{"results": [], "errors": []}` (an old Semgrep, clean) names no tool',
  },
};

/**
 * Real reports ztgate refuses on purpose (exit 2), with the reason: the manifest's count is
 * the source's, and tests that read every fixture leave these out.
 */
export const REFUSED: Record<string, string> = {
  "trivy/kubernetes.json":
    "its MisconfSummary counts 8 failed checks per deployment while 5 are listed (an older `trivy k8s --severity` filters the list, not the count): totals that disagree with the details are exit 2, with the advice to gate the unfiltered report",
};
