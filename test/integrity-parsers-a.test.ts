// Issue 13 (verdict integrity), parsers group A: trivy, grype, tfsec, osv-scanner, gitleaks,
// sarif. Every row is an input the parser used to under-count (a silent drop, a wrong pass) or
// to refuse for no reason; each must now give the findings the report holds, or exit 2 naming
// the file. Built inputs copy the shape each scanner writes (sources noted per block).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { GateError } from "../src/model/errors.js";
import type { Finding } from "../src/model/finding.js";
import { parseReport } from "../src/reports/read.js";
import { ztgate } from "./helpers/cli.js";
import { REAL } from "./helpers/manifest.js";

const FILE = "reports/built.json";

/** The findings of a built document, with its format forced (detection is not under test). */
function parse(format: string, doc: unknown): Finding[] {
  const bytes = Buffer.from(JSON.stringify(doc));
  return parseReport(decodeReport(bytes, FILE), format).findings;
}

/** The GateError a built document raises; fails the test when it parses. */
function refusal(format: string, doc: unknown): GateError {
  try {
    parse(format, doc);
  } catch (err) {
    if (err instanceof GateError) return err;
    throw err;
  }
  throw new Error("parsed without an error");
}

function real(file: string): unknown {
  return JSON.parse(readFileSync(join(REAL, file), "utf8"));
}

// tfsec 1.x (defsec pkg/scan/flat.go FlatResult): `status` is scan.Status, a uint8 without a
// JSON marshaller, so it is written as a number: 0 failed, 1 passed, 2 ignored
// (defsec pkg/scan/result.go: StatusFailed = iota, StatusPassed, StatusIgnored).
function tfsec1Result(status: unknown, line = 12): Record<string, unknown> {
  return {
    rule_id: "AVD-AWS-0086",
    long_id: "aws-s3-block-public-acls",
    rule_description: "S3 Access block should block public ACL",
    rule_provider: "aws",
    rule_service: "s3",
    impact: "PUT calls with public ACLs specified can make objects public",
    resolution: "Enable blocking any PUT calls with a public ACL specified",
    links: [
      "https://aquasecurity.github.io/tfsec/v1.28.1/checks/aws/s3/block-public-acls/",
      "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block#block_public_acls",
    ],
    description: "No public access block so not blocking public acls",
    severity: "HIGH",
    warning: false,
    status,
    resource: "aws_s3_bucket.data",
    location: { filename: "/src/main.tf", start_line: line, end_line: line + 4 },
  };
}

describe("tfsec: numeric and string statuses, an unknown one is an error", () => {
  it("a tfsec 1.x report with 19 numeric failed results gates as 13 findings (as the string form)", () => {
    // DefectDojo unittests/scans/tfsec/many_findings_current.json, with "failed" written as 0.
    const doc = real("tfsec/many_findings_current.json") as { results: Record<string, unknown>[] };
    const numeric = { results: doc.results.map((r) => ({ ...r, status: 0 })) };
    expect(parse("tfsec", numeric)).toHaveLength(13);
    expect(parse("tfsec", doc)).toHaveLength(13);
  });

  const rows: [string, unknown, "active" | "suppressed" | "none"][] = [
    ["0 (failed)", 0, "active"],
    ["1 (passed)", 1, "none"],
    ["2 (ignored)", 2, "suppressed"],
    ['"failed"', "failed", "active"],
    ['"passed"', "passed", "none"],
    ['"ignored"', "ignored", "suppressed"],
  ];
  it.each(rows)("status %s", (_, status, outcome) => {
    const findings = parse("tfsec", { results: [tfsec1Result(status)] });
    if (outcome === "none") expect(findings).toEqual([]);
    else {
      expect(findings).toHaveLength(1);
      expect(!!findings[0]!.suppressed).toBe(outcome === "suppressed");
      expect(findings[0]!.aliases).toContain("aws-s3-block-public-acls");
    }
  });

  it.each([[3], [-1], [0.5], ["FAILED"], ["warning"], [true], [{}]])(
    "unknown status %j is exit 2 naming the file",
    (status) => {
      const err = refusal("tfsec", { results: [tfsec1Result(0, 1), tfsec1Result(status)] });
      expect(err.file).toBe(FILE);
      expect(err.message).toMatch(/status/);
    },
  );
});

describe("an empty title field falls back to the next one", () => {
  it('OSV-Scanner: summary "" → the first line of details, else the id', () => {
    // DefectDojo unittests/scans/osv_scanner/some_findings.json with the summary blanked.
    const doc = real("osv-scanner/some_findings.json") as {
      results: { packages: { vulnerabilities: Record<string, unknown>[] }[] }[];
    };
    const v = doc.results[0]!.packages[0]!.vulnerabilities[0]!;
    v.summary = "";
    v.details = "Malicious code in flot-axis.\nMore below.";
    expect(parse("osv-scanner", doc)[0]!.title).toBe("Malicious code in flot-axis.");
    v.details = " ";
    expect(parse("osv-scanner", doc)[0]!.title).toBe("MAL-2023-1035");
  });

  it('gitleaks v8: Description "" → "<RuleID> secret"', () => {
    // DefectDojo unittests/scans/gitleaks/gitleaks8_many.json with the descriptions blanked.
    const doc = (real("gitleaks/gitleaks8_many.json") as Record<string, unknown>[]).map((l) => ({
      ...l,
      Description: "",
    }));
    const findings = parse("gitleaks", doc);
    expect(findings.length).toBe(3);
    expect(findings[0]!.title).toBe("aws-access-token secret");
  });

  it('gitleaks v8: File "" (gitleaks stdin) is a finding without a location, not path ""', () => {
    const leak = { RuleID: "generic-api-key", File: "", Secret: "abcdefghijklmnopqrstuvwx" };
    const findings = parse("gitleaks", [leak]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location).toBeUndefined();
  });

  it('Trivy: Title "" → the id; tfsec rule_description "" → the rule id', () => {
    const doc = trivyImage("alpine:3.19", [
      osResult("alpine:3.19 (alpine 3.19.1)", [
        { VulnerabilityID: "CVE-2024-0001", PkgName: "musl", Title: "", Severity: "LOW" },
      ]),
    ]);
    expect(parse("trivy", doc)[0]!.title).toBe("CVE-2024-0001");
    const result = { ...tfsec1Result(0), rule_description: "" };
    expect(parse("tfsec", { results: [result] })[0]!.title).toBe("AVD-AWS-0086");
  });
});

// Trivy image report shape (aquasecurity/trivy integration/testdata/alpine-310.json.golden).
function trivyImage(artifactName: string, results: unknown[]): Record<string, unknown> {
  return {
    SchemaVersion: 2,
    CreatedAt: "2026-11-21T10:00:00Z",
    ArtifactName: artifactName,
    ArtifactType: "container_image",
    Metadata: { OS: { Family: "debian", Name: "10.13" } },
    Results: results,
  };
}

function osResult(target: string, vulnerabilities: unknown[] = []): Record<string, unknown> {
  return { Target: target, Class: "os-pkgs", Type: "debian", Vulnerabilities: vulnerabilities };
}

const NODE_RESULT = {
  Target: "Node.js",
  Class: "lang-pkgs",
  Type: "node-pkg",
  Vulnerabilities: [
    {
      VulnerabilityID: "CVE-2022-25883",
      PkgName: "semver",
      PkgPath: "usr/src/app/node_modules/semver/package.json",
      InstalledVersion: "7.3.7",
      FixedVersion: "7.5.2",
      Severity: "MEDIUM",
      Title: "nodejs-semver: Regular expression denial of service",
    },
  ],
};

describe("Trivy: an image named only in the OS result's Target", () => {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-i13a-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("takes the image from Target without the (distro version) suffix", () => {
    const findings = parse(
      "trivy",
      trivyImage("", [osResult("acme/app:1.2 (debian 10.13)"), NODE_RESULT]),
    );
    expect(findings.map((f) => [f.target, f.layer])).toEqual([["acme/app:1.2", "image"]]);
  });

  it("Metadata.RepoTags names it when ArtifactName is empty (kept when a report is streamed)", () => {
    const doc = trivyImage("", [NODE_RESULT]);
    doc.Metadata = { RepoTags: ["acme/app:1.2"], RepoDigests: ["acme/app@sha256:0a1b"] };
    expect(parse("trivy", doc)[0]!.target).toBe("acme/app:1.2");
  });

  it("an image report that names no image anywhere is exit 2, not an unclassifiable image", () => {
    // A streamed batch of a language result, or a scratch image: no OS result in view.
    const err = refusal("trivy", trivyImage("", [NODE_RESULT]));
    expect(err.file).toBe(FILE);
    expect(err.message).toMatch(/names no image/);
  });

  it("a named ArtifactName still wins", () => {
    const findings = parse(
      "trivy",
      trivyImage("acme/app:1.2", [osResult("other:9 (debian 10.13)"), NODE_RESULT]),
    );
    expect(findings[0]!.target).toBe("acme/app:1.2");
  });

  it("end to end: the asset's images glob classifies it, and the block rule blocks", async () => {
    const report = join(dir, "trivy.json");
    writeFileSync(
      report,
      JSON.stringify(trivyImage("", [osResult("acme/app:1.2 (debian 10.13)"), NODE_RESULT])),
    );
    const policy = join(dir, "ztgate.yml");
    writeFileSync(
      policy,
      `version: 1
assets:
  - { name: app, classification: restricted, images: ["acme/app:*"] }
default-classification: public
rules:
  - id: block-restricted
    when: { classification: restricted }
    action: block
`,
    );
    const r = await ztgate(["check", "--policy", policy, report]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/CVE-2022-25883 .* acme\/app:1\.2 /);
    expect(r.stdout).toContain("BLOCKED (1 blocking: CVE-2022-25883");
  });
});

// SARIF 2.1.0 §3.35.3: suppression.status is accepted | underReview | rejected.
function sarifLog(results: unknown[]): Record<string, unknown> {
  return {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: { driver: { name: "CodeScanner", rules: [{ id: "CS0001" }] } },
        results,
      },
    ],
  };
}

function sarifResult(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ruleId: "CS0001",
    level: "error",
    message: { text: "Unsafe call" },
    locations: [
      { physicalLocation: { artifactLocation: { uri: "src/a.c" }, region: { startLine: 3 } } },
    ],
    ...extra,
  };
}

describe("SARIF suppressions: only accepted (or no status) hides a result", () => {
  const rows: [string, unknown, boolean][] = [
    ["no status", [{ kind: "inSource" }], true],
    ["accepted", [{ kind: "external", status: "accepted" }], true],
    ["underReview", [{ kind: "external", status: "underReview" }], false],
    ["rejected", [{ kind: "inSource", status: "rejected" }], false],
    ["rejected and accepted", [{ status: "rejected" }, { status: "accepted" }], true],
    // The pre-2.1.0 drafts (appendix K's sample) named it `state`: read the same way.
    ["legacy state rejected", [{ kind: "external", state: "rejected" }], false],
    ["legacy state accepted", [{ kind: "external", state: "accepted" }], true],
    ["empty array", [], false],
  ];
  it.each(rows)("%s", (_, suppressions, suppressed) => {
    const [f] = parse("sarif", sarifLog([sarifResult({ suppressions })]));
    expect(!!f!.suppressed).toBe(suppressed);
  });

  it.each([["Accepted"], ["approved"], [1]])("unknown status %j is exit 2", (status) => {
    const err = refusal("sarif", sarifLog([sarifResult({ suppressions: [{ status }] })]));
    expect(err.file).toBe(FILE);
  });
});

describe("SARIF kind and level", () => {
  const rows: [string, number][] = [
    ["fail", 1],
    ["open", 1], // the tool could not decide: a finding until someone does
    ["review", 1],
    ["pass", 0],
    ["notApplicable", 0],
    ["informational", 0],
  ];
  it.each(rows)("kind %s gives %i finding(s)", (kind, count) => {
    expect(parse("sarif", sarifLog([sarifResult({ kind, level: "none" })]))).toHaveLength(count);
  });
  it.each([["failure"], ["FAIL"], [3]])("unknown kind %j is exit 2", (kind) => {
    expect(refusal("sarif", sarifLog([sarifResult({ kind })])).file).toBe(FILE);
  });
  it.each([["critical"], ["Error"], [2]])("unknown level %j is exit 2", (level) => {
    expect(refusal("sarif", sarifLog([sarifResult({ level })])).file).toBe(FILE);
  });
});

describe("Trivy statuses that decide whether a finding counts", () => {
  const misconf = (Status?: unknown) => ({
    Type: "Terraform Security Check",
    ID: "AVD-AWS-0086",
    AVDID: "AVD-AWS-0086",
    Title: "S3 Access block should block public ACL",
    Severity: "HIGH",
    ...(Status === undefined ? {} : { Status }),
  });
  const config = (m: unknown) => ({
    SchemaVersion: 2,
    ArtifactName: ".",
    ArtifactType: "repository",
    Results: [{ Target: "main.tf", Class: "config", Type: "terraform", Misconfigurations: [m] }],
  });
  it.each([
    ["FAIL", 1, false],
    ["PASS", 0, false],
    // A Rego exception the repository wrote: kept, and the policy decides whether it holds.
    ["EXCEPTION", 1, true],
    [undefined, 1, false],
  ] as const)(
    "Misconfigurations Status %s gives %i (suppressed: %s)",
    (status, count, suppressed) => {
      const findings = parse("trivy", config(misconf(status)));
      expect(findings).toHaveLength(count);
      for (const f of findings) expect(f.suppressed !== undefined).toBe(suppressed);
    },
  );
  // MisconfSummary counts the failed checks Trivy lists; a report that lists fewer (checks
  // deleted, or filtered with --severity by an older trivy k8s) is refused.
  const summarised = (failures: unknown, listed: number) => ({
    ...config(misconf("FAIL")),
    Results: [
      {
        Target: "main.tf",
        Class: "config",
        Type: "terraform",
        MisconfSummary: { Successes: 3, Failures: failures, Exceptions: 0 },
        Misconfigurations: Array.from({ length: listed }, () => misconf("FAIL")),
      },
    ],
  });
  it.each([
    [3, 0],
    [1, 2],
    [8, 5],
  ])("MisconfSummary.Failures %i with %i listed is exit 2", (failures, listed) => {
    expect(refusal("trivy", summarised(failures, listed)).message).toMatch(
      /MisconfSummary \(summed over the results\)\.Failures says \d+, but the report lists \d+/,
    );
  });
  it("MisconfSummary.Failures that agree with the list pass; a non-number is exit 2", () => {
    expect(parse("trivy", summarised(2, 2))).toHaveLength(2);
    expect(refusal("trivy", summarised("many", 2)).message).toMatch(/Failures must be a number/);
  });
  it.each([["WARN"], ["fail"], [0]])("unknown Misconfigurations Status %j is exit 2", (s) => {
    expect(refusal("trivy", config(misconf(s))).file).toBe(FILE);
  });

  // aquasecurity/trivy pkg/types/finding.go: FindingStatus and FindingType.
  const modified = (Status: unknown, Type: unknown, inner: unknown) => ({
    SchemaVersion: 2,
    ArtifactName: "package-lock.json",
    ArtifactType: "filesystem",
    Results: [
      {
        Target: "package-lock.json",
        Class: "lang-pkgs",
        Type: "npm",
        ExperimentalModifiedFindings: [
          { Type, Status, Statement: "not reachable", Source: "vex.json", Finding: inner },
        ],
      },
    ],
  });
  const vuln = { VulnerabilityID: "CVE-2017-20165", PkgName: "debug", Severity: "HIGH" };
  it.each([
    ["not_affected", true],
    ["fixed", true],
    ["ignored", true],
    ["affected", false],
    ["under_investigation", false],
    ["unknown", false],
  ])("modified finding status %s: suppressed %s", (status, suppressed) => {
    const findings = parse("trivy", modified(status, "vulnerability", vuln));
    expect(findings).toHaveLength(1);
    expect(!!findings[0]!.suppressed).toBe(suppressed);
  });
  it("a modified misconfiguration, secret or licence is kept too", () => {
    const m = misconf("FAIL");
    const s = { RuleID: "aws-access-key-id", Title: "AWS Access Key ID", Severity: "CRITICAL" };
    const l = { Name: "GPL-3.0", PkgName: "x", Severity: "HIGH", Category: "restricted" };
    for (const [type, inner] of [
      ["misconfiguration", m],
      ["secret", s],
      ["license", l],
    ] as const) {
      const findings = parse("trivy", modified("ignored", type, inner));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.suppressed).toBeDefined();
    }
  });
  it.each([
    ["bogus", "vulnerability", vuln],
    ["ignored", "weakness", vuln],
    ["ignored", "vulnerability", { PkgName: "debug" }],
    ["ignored", "vulnerability", undefined],
  ])("modified finding %s/%s of unexpected shape is exit 2", (status, type, inner) => {
    expect(refusal("trivy", modified(status, type, inner)).file).toBe(FILE);
  });
});

describe("Grype ignored matches: only a rule that ignores suppresses", () => {
  const m = {
    vulnerability: { id: "CVE-2023-0001", severity: "High" },
    artifact: { name: "openssl", version: "3.0.1", type: "deb" },
  };
  const doc = (rules: unknown) => ({
    matches: [],
    ignoredMatches: [{ ...m, appliedIgnoreRules: rules }],
    source: { type: "image", target: { userInput: "acme/app:1.2" } },
    descriptor: { name: "grype", version: "0.74.0" },
  });
  it.each([
    ["a plain ignore rule", [{ vulnerability: "CVE-2023-0001", "vex-status": "" }], true],
    ["vex not_affected", [{ "vex-status": "not_affected" }], true],
    ["vex fixed", [{ "vex-status": "fixed" }], true],
    ["vex affected", [{ "vex-status": "affected" }], false],
    ["vex under_investigation", [{ "vex-status": "under_investigation" }], false],
  ])("%s", (_, rules, suppressed) => {
    const findings = parse("grype", doc(rules));
    expect(findings).toHaveLength(1);
    expect(!!findings[0]!.suppressed).toBe(suppressed);
  });
  it.each([
    ["an unknown vex-status", [{ "vex-status": "wontfix" }]],
    ["no applied rule", []],
    ["rules not an array", {}],
  ])("%s is exit 2", (_, rules) => {
    expect(refusal("grype", doc(rules)).file).toBe(FILE);
  });
});

describe("containers of findings of unexpected shape are exit 2 naming the file", () => {
  const image = (result: Record<string, unknown>) =>
    trivyImage("acme/app:1.2", [
      { Target: "acme/app:1.2 (debian 10.13)", Class: "os-pkgs", ...result },
    ]);
  const vuln = { VulnerabilityID: "CVE-2024-0001", PkgName: "musl" };
  const grype = (extra: Record<string, unknown>) => ({
    matches: [],
    descriptor: { name: "grype" },
    ...extra,
  });
  const osv = (pkg: Record<string, unknown>) => ({
    results: [{ source: { path: "/src/package-lock.json", type: "lockfile" }, packages: [pkg] }],
  });
  const osvPkg = { package: { name: "lodash", version: "4.17.20", ecosystem: "npm" } };
  const rows: [string, string, unknown][] = [
    ["trivy Vulnerabilities {}", "trivy", image({ Vulnerabilities: {} })],
    ["trivy Vulnerabilities [1, {...}]", "trivy", image({ Vulnerabilities: [1, vuln] })],
    ['trivy Misconfigurations "x"', "trivy", image({ Misconfigurations: "x" })],
    ["trivy Secrets {}", "trivy", image({ Secrets: {} })],
    ["trivy Licenses [null]", "trivy", image({ Licenses: [null] })],
    ["trivy ExperimentalModifiedFindings {}", "trivy", image({ ExperimentalModifiedFindings: {} })],
    ["trivy legacy array with a number", "trivy", [{ Target: "x", Vulnerabilities: [vuln] }, 1]],
    ["trivy k8s Resources {}", "trivy", { ClusterName: "c", Resources: {} }],
    [
      "trivy k8s Resources[].Results {}",
      "trivy",
      { ClusterName: "c", Resources: [{ Results: {} }] },
    ],
    ["trivy k8s Vulnerabilities [1]", "trivy", { ClusterName: "c", Vulnerabilities: [1] }],
    ["grype ignoredMatches {}", "grype", grype({ ignoredMatches: {} })],
    ["grype ignoredMatches [1]", "grype", grype({ ignoredMatches: [1] })],
    ["tfsec results [1, {...}]", "tfsec", { results: [1, tfsec1Result(0)] }],
    ["osv results [1]", "osv-scanner", { results: [1] }],
    ["osv packages {}", "osv-scanner", { results: [{ source: { path: "x" }, packages: {} }] }],
    ["osv vulnerabilities {}", "osv-scanner", osv({ ...osvPkg, vulnerabilities: {} })],
    ["osv vulnerabilities [1]", "osv-scanner", osv({ ...osvPkg, vulnerabilities: [1] })],
    ['osv groups "x"', "osv-scanner", osv({ ...osvPkg, vulnerabilities: [], groups: "x" })],
    ["gitleaks [1, {...}]", "gitleaks", [1]],
    ["sarif results [1]", "sarif", sarifLog([1, sarifResult()])],
    ["sarif suppressions {}", "sarif", sarifLog([sarifResult({ suppressions: {} })])],
    ["sarif suppressions [1]", "sarif", sarifLog([sarifResult({ suppressions: [1] })])],
    ["sarif locations {}", "sarif", sarifLog([sarifResult({ locations: {} })])],
    ["sarif locations [1]", "sarif", sarifLog([sarifResult({ locations: [1] })])],
  ];
  it.each(rows)("%s", (_, format, doc) => {
    const err = refusal(format, doc);
    expect(err.file).toBe(FILE);
    expect(err.message).toMatch(/must be an? (array|object)|must be|unexpected|unknown/);
  });
});
