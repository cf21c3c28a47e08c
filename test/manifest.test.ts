// Every real report in fixtures/real/MANIFEST.json parses to the expected number of findings.
// The expectations are external (mostly DefectDojo's own parser tests); where ztgate counts
// differently on purpose, DEVIATIONS states the number and the reason.
import { describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";
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
};

/** Files whose content is another format than the folder they were filed under. */
const FORMAT_OF_FILE: Record<string, string> = {
  // Snyk Code writes SARIF.
  "snyk/snykcode_issue_9270.json": "sarif",
  // yarn 2/3 `yarn npm audit --json` writes npm's v1 advisories map byte for byte; nothing in
  // the content says yarn, so it is read as npm-audit (docs/formats.md).
  "yarn-audit/issue_6495.json": "npm-audit",
  "yarn-audit/audit-ci__yarn-2-workspace_output.json": "npm-audit",
};

/**
 * Rows whose parser lives on another branch (parsers-iac: sarif). The integrator deletes this
 * set when merging both branches; until then these rows are skipped, not passed.
 */
const PENDING_OTHER_BRANCH = new Set(["snyk/snykcode_issue_9270.json"]);

const formatOf = (e: ManifestEntry): string | undefined =>
  FORMAT_OF_FILE[e.file] ?? FORMAT_OF[e.format];

/** Files where ztgate's count differs from the manifest on purpose. */
const DEVIATIONS: Record<string, { count: number; reason: string }> = {
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
  "snyk/snykcontainer_issue_9270.json": {
    count: 37,
    reason:
      "the 12 vulnerabilities of the application found inside the image (applications[]) are findings too; the manifest counts only the OS packages",
  },
};

const supported = MANIFEST.filter(
  (e) => e.format in FORMAT_OF && !PENDING_OTHER_BRANCH.has(e.file),
);

describe("real fixtures parse to the expected finding counts", () => {
  it.each(supported.map((e) => [e.file, e] as [string, ManifestEntry]))(
    "%s",
    async (_file, entry) => {
      const r = await ztgate(["parse", realPath(entry), "-o", "json"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { reports: { format: string; findings: unknown[] }[] };
      expect(out.reports).toHaveLength(1);
      expect(out.reports[0]!.format).toBe(formatOf(entry));
      const expected = DEVIATIONS[entry.file]?.count ?? entry.expected;
      expect(out.reports[0]!.findings).toHaveLength(expected);
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
