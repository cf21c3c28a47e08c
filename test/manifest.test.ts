// Every real report in fixtures/real/MANIFEST.json parses to the expected number of findings.
// The expectations are external (mostly DefectDojo's own parser tests); where ztgate counts
// differently on purpose, DEVIATIONS states the number and the reason.
import { describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";
import { FILE_FORMAT, FORCED, REFUSED } from "./helpers/formats.js";
import { MANIFEST, realPath, type ManifestEntry } from "./helpers/manifest.js";

/** Manifest format → the ztgate format that must be detected for it. */
const FORMAT_OF: Record<string, string> = {
  trivy: "trivy",
  grype: "grype",
  "npm-audit": "npm-audit",
  "yarn-audit": "yarn-audit",
  "pip-audit": "pip-audit",
  "osv-scanner": "osv-scanner",
  snyk: "snyk",
  cyclonedx: "cyclonedx",
  checkov: "checkov",
  sarif: "sarif",
  kics: "kics",
  tfsec: "tfsec",
  "trivy-operator": "trivy-operator",
  gitleaks: "gitleaks",
  hadolint: "hadolint",
  "dependency-check": "dependency-check",
  zap: "zap",
  semgrep: "semgrep",
  gosec: "gosec",
  govulncheck: "govulncheck",
  "bundler-audit": "bundler-audit",
  kubescape: "kubescape",
  prowler: "prowler",
  // One folder, three formats: each file's is in FILE_FORMAT.
  "github-alerts": "github-code-scanning",
  licenses: "cyclonedx",
};

function formatOf(entry: ManifestEntry): string | undefined {
  return FILE_FORMAT[entry.file] ?? FORMAT_OF[entry.format];
}

/** Files where ztgate's count differs from the manifest on purpose. */
const DEVIATIONS: Record<string, { count: number | "error"; reason: string }> = {
  ...Object.fromEntries(
    Object.entries(REFUSED).map(([file, reason]) => [file, { count: "error" as const, reason }]),
  ),
  "trivy/trivy-golden__npm-with-suppressed.json": {
    count: 2,
    reason:
      "the VEX-suppressed finding in ExperimentalModifiedFindings is kept and marked suppressed (DESIGN §1.5: report everything), so it is counted",
  },
  "npm-audit/multiple_cwes.json": {
    count: 44,
    reason:
      "three advisories each affect two installed versions of their module; a finding is one advisory in one package version (the fingerprint's unit), so they count twice",
  },
  "snyk/dd-samples__jenkins_snyk.json": {
    count: 79,
    reason:
      "the two issues a .snyk policy ignored (filtered.ignore) are kept and marked suppressed with the policy's reason (report everything), so they are counted",
  },
  // Component licences are licence findings (docs/design.md, Licences).
  "cyclonedx/jake2.json": {
    count: 74,
    reason:
      "the 67 components' licences are licence findings besides the 7 vulnerabilities (components with a licence each give one, and in a BOM that has licences a component without one does too)",
  },
  "cyclonedx/trivy-golden__npm-cyclonedx.json": {
    count: 14,
    reason:
      "the 13 components' licences are licence findings besides the 1 vulnerability (components without a licence included: the BOM has licences)",
  },
  "cyclonedx/trivy-golden__fluentd-multiple-lockfiles.cdx.json": {
    count: 161,
    reason:
      "an SBOM with licences: each of the 161 components is a licence finding (one without a declared licence is one too, with no licence)",
  },
  "licenses/heimdall2__syft-scan-alpine-container.json": {
    count: 16,
    reason:
      "the component that declares no licence (the alpine operating-system component) is a licence finding with no licence, so `license: unknown` reaches it: a missing licence is never a pass",
  },
  "licenses/snyk-to-html__test-report-with-reachability.json": {
    count: 3,
    reason:
      "the manifest counts the licence issue only; the report's two vulnerabilities are findings too",
  },
  "snyk/snykcontainer_issue_9270.json": {
    count: 37,
    reason:
      "the 12 vulnerabilities of the application found inside the image (applications[]) are findings too; the manifest counts only the OS packages",
  },
};

const supported = MANIFEST.filter((e) => formatOf(e) !== undefined);

describe("real fixtures parse to the expected finding counts", () => {
  it.each(supported.map((e) => [e.file, e] as [string, ManifestEntry]))(
    "%s",
    async (_file, entry) => {
      const forced = FORCED[entry.file];
      const arg = forced ? `${forced.format}:${realPath(entry)}` : realPath(entry);
      const r = await ztgate(["parse", arg, "-o", "json"]);
      if (DEVIATIONS[entry.file]?.count === "error") {
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(entry.file.split("/").pop());
        expect(r.stderr).toMatch(/totals that disagree with the details/);
        return;
      }
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { reports: { format: string; findings: unknown[] }[] };
      expect(out.reports).toHaveLength(1);
      expect(out.reports[0]!.format).toBe(formatOf(entry));
      const deviation = DEVIATIONS[entry.file]?.count;
      expect(out.reports[0]!.findings).toHaveLength(
        typeof deviation === "number" ? deviation : entry.expected,
      );
    },
  );

  it("every deviation names a manifest file and differs from its expected count", () => {
    for (const [file, deviation] of Object.entries(DEVIATIONS)) {
      const entry = MANIFEST.find((e) => e.file === file);
      expect(entry, file).toBeDefined();
      expect(deviation.count).not.toBe(entry!.expected);
      expect(deviation.reason.length).toBeGreaterThan(20);
    }
  });
});
