// SARIF on real reports: severity precedence, layers by tool, suppressions, locations, CWE,
// scanner fingerprints, and packages read back from Trivy and Grype messages.
import { describe, expect, it } from "vitest";
import { fingerprintOf } from "../src/model/fingerprint.js";
import type { Finding } from "../src/model/finding.js";
import { findingsOf, fixtureText, parseFixture } from "./helpers/fixture.js";

const where = (f: Finding) => `${f.location?.path}:${f.location?.startLine}`;

describe("severity: the tool's word, else security-severity (CVSS), else level, else unknown", () => {
  const cases: [string, string, (f: Finding) => boolean, string, number?][] = [
    // Trivy: a MEDIUM tag and security-severity 5.3 → the word.
    ["trivy-golden__alpine-310.sarif", "trivy tag", (f) => f.id === "CVE-2019-1549", "medium", 5.3],
    // Grype: only security-severity in rule properties.
    ["cxf-3.4.6.sarif", "grype cvss 9.8", (f) => f.id === "CVE-2019-12419", "critical", 9.8],
    ["cxf-3.4.6.sarif", "grype cvss 2.1", (f) => f.id === "CVE-2008-0732", "low", 2.1],
    // issue_severity CRITICAL beats level "error".
    [
      "taint-python-report.sarif",
      "word over level",
      (f) => f.id === "taint-file-write",
      "critical",
    ],
    ["taint-python-report.sarif", "word, no level", (f) => f.id === "taint-basic-xss", "medium"],
    // No level on the result: the rule's defaultConfiguration.level.
    ["codeQL-output.sarif", "rule default note", (f) => f.id === "py/empty-except", "low"],
    ["dockle_0_3_15.sarif", "level error", (f) => f.id === "CIS-DI-0010", "high"],
    ["dockle_0_3_15.sarif", "level note", (f) => f.id === "CIS-DI-0005", "low"],
    // Neither level nor default nor properties: unknown, not SARIF's implicit warning.
    ["mobsfscan.json", "nothing given", (f) => f.id === "sqlite_injection", "unknown"],
  ];
  it.each(cases)("%s: %s", (file, _why, pick, severity, cvss) => {
    const found = findingsOf(`sarif/${file}`).filter(pick);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.severity).toBe(severity);
      expect(f.cvss).toBe(cvss);
    }
  });
});

describe("layer comes from the tool", () => {
  const cases: [string, string, string][] = [
    ["sarif/codeQL-output.sarif", "codeql", "code"],
    ["sarif/semgrepowasp-benchmark-sample.sarif", "semgrep", "code"],
    ["snyk/snykcode_issue_9270.json", "snykcode", "code"],
    ["sarif/gitleaks_7.5.0.sarif", "gitleaks", "secret"],
    ["sarif/dockle_0_3_15.sarif", "dockle", "image"],
    ["sarif/trivy-golden__alpine-310.sarif", "trivy", "image"],
    ["sarif/cxf-3.4.6.sarif", "grype", "dependency"],
  ];
  it.each(cases)("%s → %s findings are %s", (file, tool, layer) => {
    const findings = findingsOf(file);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => `${f.tool}/${f.layer}`))).toEqual(
      new Set([`${tool}/${layer}`]),
    );
  });
});

describe("results and locations", () => {
  it("one finding per location, with path and lines", () => {
    const logging = findingsOf("sarif/mobsfscan.json").filter((f) => f.id === "android_logging");
    expect(logging).toHaveLength(8);
    expect(new Set(logging.map(where)).size).toBe(8);
    expect(logging.map(where)).toContain(
      "app/src/main/java/jakhar/aseem/diva/InsecureDataStorage2Activity.java:57",
    );
    expect(logging.find((f) => f.location?.startLine === 57)?.location?.endLine).toBe(57);
  });

  it("results without a location still give one finding", () => {
    const dockle = findingsOf("sarif/dockle_0_3_15.sarif");
    expect(dockle).toHaveLength(4);
    expect(dockle.every((f) => f.location === undefined)).toBe(true);
  });

  it("only kind fail: flawfinder's pass result (no location) is not a finding", () => {
    type Raw = { ruleId: string; kind?: string; locations?: unknown[] };
    const results = JSON.parse(fixtureText("sarif/flawfinder.sarif")).runs[0].results as Raw[];
    const pass = results.find((r) => r.kind === "pass")!;
    const failing = results.filter((r) => r.ruleId === pass.ruleId && r.kind !== "pass");
    const same = findingsOf("sarif/flawfinder.sarif").filter((f) => f.id === pass.ruleId);
    expect(same).toHaveLength(failing.length);
    expect(same.every((f) => f.location !== undefined)).toBe(true);
  });

  it("file:// URIs become paths", () => {
    expect(findingsOf("sarif/SuppressionTestCurrent.sarif").map((f) => f.location?.path)).toEqual([
      "C:/code/file1.c",
      "C:/code/file2.c",
      "C:/code/file3.c",
      "C:/code/file4.c",
    ]);
  });

  it("rule id, help uri and CWE from rule tags, properties and relationships", () => {
    const codeql = findingsOf("sarif/codeQL-output.sarif").find((f) => f.id === "py/empty-except");
    expect(codeql?.cwe).toEqual(["CWE-390"]);
    const snyk = findingsOf("snyk/snykcode_issue_9270.json").find((f) => f.id === "javascript/XSS");
    expect(snyk?.cwe).toEqual(["CWE-79"]);
    const flaw = findingsOf("sarif/flawfinder.sarif").find((f) => f.id === "FF1048");
    expect(flaw?.cwe).toEqual(["CWE-327"]);
    expect(flaw?.url).toBe("https://cwe.mitre.org/data/definitions/327.html");
    const mobsf = findingsOf("sarif/mobsfscan.json").find((f) => f.id === "android_logging");
    expect(mobsf?.cwe).toEqual(["CWE-532"]);
  });

  it("gitleaks 7 names no rule: the rule is found from its message", () => {
    const ids = new Set(findingsOf("sarif/gitleaks_7.5.0.sarif").map((f) => f.id));
    expect(ids).toEqual(new Set(["AWS Access Key", "Asymmetric Private Key"]));
  });

  it("the secret a gitleaks SARIF carries in properties.offender is not kept", () => {
    const out = JSON.stringify(findingsOf("sarif/gitleaks_7.5.0.sarif"));
    expect(out).not.toContain("AKIAIOSFODNN7EXAMPLE");
  });

  it("the report timestamp is the oldest invocation", () => {
    expect(parseFixture("sarif/appendix_k.sarif").createdAt).toBe("2016-07-16T14:19:01.000Z");
  });
});

describe("suppressions are kept and marked", () => {
  it("SARIF suppressions with no state or state accepted suppress; the rest do not", () => {
    const findings = findingsOf("sarif/SuppressionTestCurrent.sarif");
    expect(findings.map((f) => [f.id, f.suppressed?.kind])).toEqual([
      ["TST0001", "sarif external"],
      ["TST0002", "sarif external"],
      ["TST0003", "sarif external"],
      ["TST0004", undefined],
    ]);
    const [appendix] = findingsOf("sarif/appendix_k.sarif");
    expect(appendix?.suppressed).toEqual({ kind: "sarif external" });
  });
});

describe("scanner fingerprints and packages", () => {
  it("partialFingerprints keep a code finding's identity when its line moves", () => {
    const [first] = findingsOf("sarif/codeQL-output.sarif");
    expect(first?.contentHash).toBe("9cbc869fbfffeb60:1");
    const moved = { ...first!, location: { ...first!.location!, startLine: 99 } };
    expect(fingerprintOf(moved)).toBe(first?.fingerprint);
    expect(fingerprintOf({ ...moved, contentHash: "other:1" })).not.toBe(first?.fingerprint);
    expect(fingerprintOf({ ...moved, contentHash: undefined })).not.toBe(first?.fingerprint);
  });

  it("Trivy SARIF and Trivy JSON of the same image give the same fingerprints", () => {
    const json = findingsOf("trivy/trivy-golden__alpine-310.json").map((f) => f.fingerprint);
    const sarif = findingsOf("sarif/trivy-golden__alpine-310.sarif");
    expect(sarif.map((f) => f.fingerprint).sort()).toEqual(json.sort());
    expect(sarif[0]?.package).toEqual({ name: "libcrypto1.1", version: "1.1.1c-r0" });
    expect(sarif[0]?.fix).toEqual({ available: true, versions: ["1.1.1d-r0"] });
  });

  it("Grype SARIF: the vulnerability id and package come out of the rule id and message", () => {
    const f = findingsOf("sarif/cxf-3.4.6.sarif").find((x) => x.id === "CVE-2019-12419");
    expect(f?.ruleId).toBe("CVE-2019-12419-cxf-xjc-runtime");
    expect(f?.package?.name).toBe("cxf-xjc-runtime");
  });
});
