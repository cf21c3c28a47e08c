// IaC parsers on real reports: severity words, lines, layers and targets.
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import type { Finding } from "../src/model/finding.js";
import { parseReport } from "../src/reports/read.js";
import { findingsOf, fixtureText, parseFixture } from "./helpers/fixture.js";

const summary = (f: Finding) => ({
  id: f.id,
  severity: f.severity,
  layer: f.layer,
  path: f.location?.path,
  startLine: f.location?.startLine,
  endLine: f.location?.endLine,
});

function countBy(findings: Finding[], key: (f: Finding) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[key(f)] = (counts[key(f)] ?? 0) + 1;
  return counts;
}

describe("checkov", () => {
  it("severity words, line ranges and the repo-relative path", () => {
    expect(findingsOf("checkov/checkov-report-severity.json").map(summary)).toEqual([
      {
        id: "CKV_GCP_29",
        severity: "medium",
        layer: "iac",
        path: "gcs.tf",
        startLine: 1,
        endLine: 15,
      },
      {
        id: "CKV_GCP_62",
        severity: "medium",
        layer: "iac",
        path: "gcs.tf",
        startLine: 1,
        endLine: 15,
      },
      {
        id: "CKV_GCP_78",
        severity: "low",
        layer: "iac",
        path: "gcs.tf",
        startLine: 1,
        endLine: 15,
      },
      {
        id: "CKV_GCP_28",
        severity: "high",
        layer: "iac",
        path: "gcs.tf",
        startLine: 17,
        endLine: 21,
      },
    ]);
  });

  it("no severity (open-source Checkov) is unknown, never low", () => {
    const findings = findingsOf("checkov/dd-samples__terraform_checkov-1.json");
    expect(findings.map((f) => [f.id, f.severity, f.location?.path])).toEqual([
      ["CKV_AWS_23", "unknown", "sample.tf"],
      ["CKV_AWS_260", "unknown", "sample.tf"],
      ["CKV2_AWS_5", "unknown", "sample.tf"],
    ]);
  });

  it("an array of check types: every type's failed checks, each an iac finding", () => {
    const findings = findingsOf("checkov/checkov-report-multiple-check_type.json");
    expect(countBy(findings, (f) => f.layer)).toEqual({ iac: 13 });
    expect(findings.filter((f) => f.id.startsWith("CKV_DOCKER"))).toHaveLength(2);
  });

  it("a summary-only report (nothing scanned) is checkov with no findings, unless it counts failures", () => {
    const summary = (failed: number) =>
      decodeReport(
        Buffer.from(
          JSON.stringify({
            passed: 0,
            failed,
            skipped: 0,
            parsing_errors: 0,
            checkov_version: "3.2.0",
          }),
        ),
        "checkov.json",
      );
    expect(parseReport(summary(0))).toMatchObject({ format: "checkov", findings: [] });
    expect(() => parseReport(summary(2))).toThrow(/failed checks but no results/);
  });

  it("the secrets check type is the secret layer", () => {
    const findings = findingsOf("checkov/dd-samples__secrets-checkov-2.json");
    expect(countBy(findings, (f) => `${f.layer}/${f.severity}`)).toEqual({ "secret/unknown": 52 });
  });
});

describe("kics", () => {
  it("severities match KICS's own counters (INFO and LOW; TRACE is the bill of materials)", () => {
    const file = "kics/kics-action__results.json";
    const raw = JSON.parse(fixtureText(file));
    const counters = raw.severity_counters as Record<string, number>;
    const findings = findingsOf(file);
    expect(countBy(findings, (f) => f.severity)).toEqual({
      low: counters.LOW,
      info: counters.INFO,
    });
    expect(findings.every((f) => f.location?.path.startsWith("assets/queries/terraform/"))).toBe(
      true,
    );
  });

  it("the Secret Management category is the secret layer, the rest iac", () => {
    type Query = { category: string; files: unknown[] };
    const file = "kics/kics-action__results.json";
    const secrets = (JSON.parse(fixtureText(file)).queries as Query[])
      .filter((q) => q.category === "Secret Management")
      .reduce((n, q) => n + q.files.length, 0);
    expect(secrets).toBeGreaterThan(0);
    const findings = findingsOf(file);
    expect(countBy(findings, (f) => f.layer)).toEqual({
      iac: findings.length - secrets,
      secret: secrets,
    });
    expect(parseFixture(file).createdAt).toBe("2021-10-12T11:59:49.056Z");
  });
});

describe("tfsec", () => {
  it("legacy: passed=false, WARNING is medium, with its lines", () => {
    expect(findingsOf("tfsec/one_finding_legacy.json").map(summary)).toEqual([
      {
        id: "GEN003",
        severity: "medium",
        layer: "iac",
        path: "tfsec-test/identity.tf",
        startLine: 226,
        endLine: 226,
      },
    ]);
  });

  it("current: status failed; repeats of one rule at one place are one finding", () => {
    const findings = findingsOf("tfsec/many_findings_current.json");
    const egress = findings.filter((f) => f.id === "aws-vpc-no-public-egress-sgr");
    expect(egress.map((f) => `${f.location?.path}:${f.location?.startLine}`)).toEqual([
      "/tmp/aws-eks/modules/security-group/main.tf:72",
    ]);
    expect(findings.find((f) => f.id === "aws-vpc-no-excessive-port-access")?.severity).toBe(
      "critical",
    );
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
  });
});

describe("hadolint", () => {
  it("levels map error > warning > info, paths use forward slashes", () => {
    const one = findingsOf("hadolint/one_dockerfile.json");
    expect(one.slice(0, 2).map(summary)).toEqual([
      {
        id: "DL3008",
        severity: "medium",
        layer: "iac",
        path: "django-DefectDojo/Dockerfile.django",
        startLine: 9,
        endLine: undefined,
      },
      {
        id: "DL3015",
        severity: "info",
        layer: "iac",
        path: "django-DefectDojo/Dockerfile.django",
        startLine: 9,
        endLine: undefined,
      },
    ]);
    const many = findingsOf("hadolint/dd-samples__hadolint_many_files.json");
    expect(countBy(many, (f) => f.severity)).toEqual({ medium: 9, high: 4, info: 3 });
    expect(many.find((f) => f.id === "DL3026")?.url).toBe(
      "https://github.com/hadolint/hadolint/wiki/DL3026",
    );
  });
});

describe("trivy-operator", () => {
  it("VulnerabilityReport: image findings on the image, with fixes", () => {
    const findings = findingsOf("trivy-operator/vulnerabilityreport_many.json");
    const curl = findings.find((f) => f.id === "CVE-2023-23914");
    expect(curl).toMatchObject({
      layer: "image",
      severity: "critical",
      cvss: 4.2,
      package: { name: "curl", version: "7.87.0-r1" },
      fix: { available: true, versions: ["7.87.0-r2"] },
      target: "index.docker.io/library/nginx:alpine",
    });
  });

  it("ConfigAuditReport: failed checks on the workload", () => {
    const findings = findingsOf("trivy-operator/configauditreport_many.json");
    expect(findings.find((f) => f.id === "KSV014")).toMatchObject({
      layer: "iac",
      severity: "low",
      target: "default/ReplicaSet/nginx-deployment-965685897",
    });
  });

  it("ExposedSecretReport: secrets with their file, only the masked match kept", () => {
    const [secret] = findingsOf("trivy-operator/exposedsecretreport_many.json");
    expect(secret).toMatchObject({
      layer: "secret",
      severity: "critical",
      location: { path: "root/aws_secret.txt" },
    });
    expect(secret?.description).toMatch(/^AWS_secret_KEY="\*+"$/);
  });

  it("a `List` (kubectl get ... -o json) holds several kinds; an empty one must be forced", () => {
    const crds = ["vulnerabilityreport_many.json", "configauditreport_many.json"].map((f) =>
      JSON.parse(fixtureText(`trivy-operator/${f}`)),
    );
    const list = (items: unknown[]) =>
      decodeReport(
        Buffer.from(JSON.stringify({ apiVersion: "v1", kind: "List", items })),
        "list.json",
      );
    const report = parseReport(list(crds));
    expect(report.format).toBe("trivy-operator");
    expect(countBy(report.findings, (f) => f.layer)).toEqual({ image: 41, iac: 13 });
    expect(() => parseReport(list([]))).toThrow(/unrecognised format/);
    expect(parseReport(list([]), "trivy-operator").findings).toEqual([]);
  });

  it("a dict keyed by plural names holds every kind; its timestamp is the oldest report", () => {
    const report = parseFixture("trivy-operator/all_reports_in_dict.json");
    expect(countBy(report.findings, (f) => f.layer)).toEqual({ iac: 1, secret: 1, image: 41 });
    expect(report.createdAt).toBe("2023-03-23T16:22:54.000Z");
  });
});
