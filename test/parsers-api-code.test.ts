// Issue 17, new formats part A: OWASP Dependency-Check JSON, OWASP ZAP JSON (the `api` layer),
// Semgrep JSON and gosec JSON. Real reports are in fixtures/real/{dependency-check,zap,semgrep,
// gosec}/ (sources in fixtures/real/MANIFEST.md). Built variants copy the shapes each tool
// writes, read from its source:
//   Dependency-Check  jeremylong/DependencyCheck core/src/main/resources/templates/jsonReport.vsl
//   ZAP               zaproxy/zaproxy zap/src/main/java/org/parosproxy/paros/core/scanner/Alert.java
//                     (RISK_INFO..RISK_HIGH = 0..3, CONFIDENCE_FALSE_POSITIVE = 0 .. 4)
//   Semgrep           semgrep/semgrep cli/src/semgrep/formatter/base.py (extra.is_ignored)
//   gosec             securego/gosec analyzer.go (SuppressionInfo kinds inSource / external),
//                     cmd/gosec/main.go filterIssues (Stats.found counts unsuppressed issues)
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { GateError } from "../src/model/errors.js";
import type { Finding } from "../src/model/finding.js";
import { PARSERS } from "../src/reports/parsers/index.js";
import { loadEvidenceStreamingAbove, parseEvidence, parseReport } from "../src/reports/read.js";
import { ztgate } from "./helpers/cli.js";
import { MANIFEST, REAL } from "./helpers/manifest.js";

const FILE = "reports/built.json";
const FORMATS = ["dependency-check", "zap", "semgrep", "gosec"] as const;

const inputOf = (doc: unknown) => decodeReport(Buffer.from(JSON.stringify(doc)), FILE);

/** The findings of a built document, detected (or forced) like a report given on the CLI. */
function parse(doc: unknown, format?: string): Finding[] {
  return parseReport(inputOf(doc), format).findings;
}

/** The GateError message a built document raises; fails the test when it parses. */
function refusal(doc: unknown, format?: string): string {
  try {
    parse(doc, format);
  } catch (err) {
    if (err instanceof GateError) return err.message;
    throw err;
  }
  throw new Error("parsed without an error");
}

function real(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REAL, file), "utf8")) as Record<string, unknown>;
}

const clone = <T>(value: T): T => structuredClone(value);

describe("real reports: detected as their format, at the manifest counts", () => {
  const rows = MANIFEST.filter((e) => (FORMATS as readonly string[]).includes(e.format));
  it("has the four formats' fixtures in the manifest", () => {
    for (const format of FORMATS) expect(rows.some((e) => e.format === format)).toBe(true);
  });

  // semgrep/empty.json is `{"results": [], "errors": []}`: it names no tool, so it is forced.
  it.each(rows.map((e) => [e.file, e] as const))("%s", (file, entry) => {
    const input = decodeReport(readFileSync(join(REAL, file)), file);
    const forced = file === "semgrep/empty.json" ? "semgrep" : undefined;
    const report = parseReport(input, forced);
    expect(report.format).toBe(entry.format);
    expect(report.findings).toHaveLength(entry.expected);
    const claimants = PARSERS.filter((p) => p.detect(input)).map((p) => p.id);
    expect(claimants).toEqual(forced ? [] : [entry.format]);
  });

  it.each([
    ["dependency-check/sonar-plugin__reportMultiModuleMavenExample.json", "dependency"],
    ["zap/bcgov-vhers-scan__report_json.json", "api"],
    ["semgrep/many_vulns.json", "code"],
    ["gosec/many_vulns.json", "code"],
  ])("%s is %s evidence", (file, layer) => {
    const input = decodeReport(readFileSync(join(REAL, file)), file);
    const evidence = parseEvidence(input);
    expect(evidence.layers).toEqual([layer]);
    expect(new Set(evidence.findings.map((f) => f.layer))).toEqual(new Set([layer]));
  });

  it("gosec: the 12 suppressed issues of the go-ethereum scan are kept and marked", () => {
    const findings = parse(real("gosec/heimdall2__Go_Ethereum_gosec_results_all_suppressed.json"));
    const suppressed = findings.filter((f) => f.suppressed);
    expect(suppressed).toHaveLength(12);
    expect(new Set(suppressed.map((f) => f.suppressed!.kind))).toEqual(
      new Set(["gosec external suppression", "gosec #nosec comment"]),
    );
    expect(suppressed.find((f) => f.suppressed!.kind.includes("external"))?.suppressed).toEqual({
      kind: "gosec external suppression",
      justification: "Globally suppressed.",
    });
  });

  it("maps the fields: severity, CWE, location, package, fix, url", () => {
    const dc = parse(real("dependency-check/sonar-plugin__reportWithCvssV4.json"));
    expect(dc[0]).toMatchObject({
      tool: "dependency-check",
      layer: "dependency",
      id: "CVE-2024-9329",
      severity: "medium",
      // CVSS v4 preferred over v3 (6.1) when both are given.
      cvss: 6.9,
      cwe: ["CWE-601", "CWE-233"],
      package: { name: "org.glassfish.hk2.osgi-resource-locator-1.0.3.jar" },
    });
    const zap = parse(real("zap/secobserve__owasp_zap.json"));
    expect(zap[0]).toMatchObject({
      tool: "zap",
      layer: "api",
      id: "10098",
      title: "Cross-Domain Misconfiguration",
      severity: "medium",
      cwe: ["CWE-264"],
      target: "GET https://example-backend.example.com/django-static/admin/css/base.css",
    });
    const semgrep = parse(real("semgrep/securecodebox__python-injection-multiresult.json"));
    expect(semgrep[0]).toMatchObject({
      tool: "semgrep",
      layer: "code",
      id: "python.django.security.injection.command.command-injection-os-system.command-injection-os-system",
      severity: "medium", // WARNING
      cwe: ["CWE-78"],
      location: { startLine: 5, endLine: 6 },
    });
    const gosec = parse(real("gosec/gh-aw-threat-detection__gosec-report.json"));
    expect(gosec[0]).toMatchObject({
      tool: "gosec",
      layer: "code",
      id: "G115",
      severity: "high",
      cwe: ["CWE-190"],
      location: { path: "/workspace/project/cmd/threat-detect/main.go", startLine: 539 },
    });
  });
});

// The suppressions these parsers mark are decided by settings.scanner-suppressions, as for
// every scanner: not obeyed by default, obeyed with `honour`, and with
// `require-justification` only where the tool wrote a reason.
describe("the tools' own suppressions follow settings.scanner-suppressions", () => {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-suppress-"));
  const policy = (setting: string) => {
    const file = join(dir, `${setting}.yml`);
    writeFileSync(
      file,
      [
        "version: 1",
        "rules:",
        '  - { id: block-all, when: { severity: ">=info" }, action: block }',
        "settings:",
        `  scanner-suppressions: ${setting}`,
      ].join("\n"),
    );
    return file;
  };
  const gosec = join(REAL, "gosec/heimdall2__Go_Ethereum_gosec_results_all_suppressed.json");

  it.each([
    ["report-only", 173],
    ["honour", 161],
    // gosec's external suppressions carry "Globally suppressed."; the #nosec ones in this
    // scan carry no reason.
    ["require-justification", 173 - countJustified(gosec)],
  ])("%s: %i of the 173 gosec issues block", async (setting, blocked) => {
    const r = await ztgate(["check", "--policy", policy(setting), gosec, "-o", "json"]);
    const out = JSON.parse(r.stdout) as { counts: { byVerdict: { block: number } } };
    expect(out.counts.byVerdict.block).toBe(blocked);
  });
});

function countJustified(file: string): number {
  return parse(JSON.parse(readFileSync(file, "utf8"))).filter((f) => f.suppressed?.justification)
    .length;
}

// --- Dependency-Check ---------------------------------------------------------------------

const dcReport = () => clone(real("dependency-check/sonar-plugin__reportWithCvssV4.json"));
type Dep = Record<string, unknown> & { vulnerabilities: Record<string, unknown>[] };
const firstDep = (doc: Record<string, unknown>) => (doc.dependencies as Dep[])[0]!;

describe("Dependency-Check", () => {
  it("a suppressedVulnerabilities entry is a finding marked suppressed, with the notes", () => {
    const doc = dcReport();
    const dep = firstDep(doc);
    dep.suppressedVulnerabilities = [
      { ...dep.vulnerabilities[0], name: "CVE-2024-0001", notes: "not used (SEC-1)" },
    ];
    const findings = parse(doc);
    expect(findings).toHaveLength(2);
    expect(findings[1]).toMatchObject({
      id: "CVE-2024-0001",
      suppressed: { kind: "dependency-check suppression file", justification: "not used (SEC-1)" },
    });
  });

  it.each([
    [
      "vulnerabilities is an object",
      (d: Dep) => (d.vulnerabilities = {} as never),
      "must be an array",
    ],
    [
      "a vulnerability is a string",
      (d: Dep) => (d.vulnerabilities = ["x"] as never),
      "must be an object",
    ],
    [
      "suppressedVulnerabilities is a string",
      (d: Dep) => (d.suppressedVulnerabilities = "x"),
      "must be an array",
    ],
    ["a vulnerability has no name", (d: Dep) => delete d.vulnerabilities[0]!.name, "no name"],
  ])("%s: exit 2", (_what, change, message) => {
    const doc = dcReport();
    change(firstDep(doc));
    expect(refusal(doc)).toContain(message);
  });

  it("dependencies that are not an array are exit 2", () => {
    expect(refusal({ ...dcReport(), dependencies: {} })).toContain("must be an array");
  });

  it("an npm advisory's word severity and a known-exploited CVE are read", () => {
    const doc = dcReport();
    const v = firstDep(doc).vulnerabilities[0]!;
    firstDep(doc).vulnerabilities = [
      { source: "NPM", name: "1553", unscored: "true", severity: "moderate", cwes: [] },
      { ...v, knownExploitedVulnerability: { Name: "x", DateAdded: "2024-01-01" } },
    ];
    const [npm, kev] = parse(doc);
    expect(npm).toMatchObject({ severity: "medium", id: "1553" });
    expect(kev).toMatchObject({ kev: true });
  });

  it("a package URL in packages[] names the package", () => {
    const doc = real("dependency-check/dd-samples__juice_shop_dependency-check-report.json");
    const withPurl = parse(doc).filter((f) => f.package?.purl?.startsWith("pkg:npm/"));
    expect(withPurl.length).toBeGreaterThan(0);
    for (const f of withPurl) expect(f.package!.version).toBeDefined();
  });
});

// --- ZAP ----------------------------------------------------------------------------------

const zapReport = () => clone(real("zap/bcgov-vhers-scan__report_json.json"));
type Alert = Record<string, unknown> & { instances: unknown[] };
const firstAlert = (doc: Record<string, unknown>) =>
  (doc.site as { alerts: Alert[] }[])[0]!.alerts[0]!;

describe("ZAP", () => {
  it.each([
    ["0", "info"],
    ["1", "low"],
    ["2", "medium"],
    ["3", "high"],
  ])("riskcode %s is %s", (riskcode, severity) => {
    const doc = zapReport();
    firstAlert(doc).riskcode = riskcode;
    expect(parse(doc)[0]!.severity).toBe(severity);
  });

  it.each([["4"], ["-1"], ["high"], [""]])(
    "riskcode %j is exit 2, never a dropped alert",
    (risk) => {
      const doc = zapReport();
      firstAlert(doc).riskcode = risk;
      expect(refusal(doc)).toContain("riskcode has an unknown value");
    },
  );

  it("confidence 0 (False Positive, set in ZAP) is a suppression the policy decides", () => {
    const doc = zapReport();
    firstAlert(doc).confidence = "0";
    const findings = parse(doc);
    const n = firstAlert(doc).instances.length;
    expect(findings.filter((f) => f.suppressed)).toHaveLength(n);
    expect(findings[0]!.suppressed).toEqual({ kind: "zap false positive" });
  });

  it.each([["5"], ["x"]])("confidence %j is exit 2", (confidence) => {
    const doc = zapReport();
    firstAlert(doc).confidence = confidence;
    expect(refusal(doc)).toContain("confidence has an unknown value");
  });

  it("an alert's count below its listed instances is exit 2 (totals disagree)", () => {
    const doc = zapReport();
    firstAlert(doc).count = "1";
    expect(refusal(doc)).toContain("count says 1");
  });

  it("a count above the listed instances is what ZAP writes when it caps them: read", () => {
    const doc = zapReport();
    const n = parse(doc).length;
    firstAlert(doc).count = "99";
    expect(parse(doc)).toHaveLength(n);
  });

  it.each([
    ["site is an object", (d: Record<string, unknown>) => (d.site = {}), "must be an array"],
    [
      "alerts is a string",
      (d: Record<string, unknown>) => ((d.site as Alert[])[0]!.alerts = "x" as never),
      "must be an array",
    ],
    [
      "instances is an object",
      (d: Record<string, unknown>) => (firstAlert(d).instances = {} as never),
      "must be an array",
    ],
    [
      "an instance is a string",
      (d: Record<string, unknown>) => (firstAlert(d).instances = ["x"]),
      "must be an object",
    ],
  ])("%s: exit 2", (_what, change, message) => {
    const doc = zapReport();
    change(doc);
    expect(refusal(doc)).toContain(message);
  });

  it("an alert without instances is one finding at the site", () => {
    const doc = zapReport();
    delete (firstAlert(doc) as Partial<Alert>).instances;
    delete firstAlert(doc).count;
    const findings = parse(doc);
    expect(findings.filter((f) => f.id === firstAlert(doc).alertRef)).toHaveLength(1);
  });

  it("an empty site list is api evidence with no findings", () => {
    const doc = { ...zapReport(), site: [] };
    const evidence = parseEvidence(inputOf(doc));
    expect(evidence).toMatchObject({ format: "zap", findings: [], layers: ["api"] });
  });

  it("require.layers accepts api, and a ZAP report satisfies it", async () => {
    const dir = join(REAL, "zap");
    const policy = join(import.meta.dirname, "data", "api-layer-policy.yml");
    const ok = await ztgate([
      "check",
      "--policy",
      policy,
      join(dir, "bcgov-vhers-scan__report_json.json"),
      "-q",
    ]);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    const missing = await ztgate([
      "check",
      "--policy",
      policy,
      join(REAL, "gosec/many_vulns.json"),
      "-q",
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("api");
  });
});

// --- Semgrep ------------------------------------------------------------------------------

const semgrepReport = () => clone(real("semgrep/high-medium-low-severities.json"));
type Result = Record<string, unknown> & { extra: Record<string, unknown> };
const firstResult = (doc: Record<string, unknown>) => (doc.results as Result[])[0]!;

describe("Semgrep", () => {
  it.each([
    ["ERROR", "high"],
    ["WARNING", "medium"],
    ["INFO", "low"],
    ["CRITICAL", "critical"],
    ["HIGH", "high"],
    ["MEDIUM", "medium"],
    ["LOW", "low"],
    ["INVENTORY", "info"],
    ["EXPERIMENT", "info"],
  ])("severity %s is %s", (word, severity) => {
    const doc = semgrepReport();
    firstResult(doc).extra.severity = word;
    expect(parse(doc)[0]!.severity).toBe(severity);
  });

  it("an unknown severity is unknown (the policy's unknown-severity decides), never low", () => {
    const doc = semgrepReport();
    firstResult(doc).extra.severity = "SEVERE";
    expect(parse(doc)[0]!.severity).toBe("unknown");
  });

  it("is_ignored (a nosemgrep comment) is a suppression the policy decides", () => {
    const doc = semgrepReport();
    firstResult(doc).extra.is_ignored = true;
    const findings = parse(doc);
    expect(findings).toHaveLength(3);
    expect(findings[0]!.suppressed).toEqual({ kind: "semgrep nosemgrep comment" });
  });

  it.each([["yes"], [1], [null]])("is_ignored %j is exit 2", (value) => {
    const doc = semgrepReport();
    firstResult(doc).extra.is_ignored = value;
    expect(refusal(doc)).toContain("is_ignored has an unknown value");
  });

  it("an error of level `error` (rules or files not scanned) is exit 2", () => {
    const doc = semgrepReport();
    doc.errors = [{ code: 7, level: "error", type: "Rule parse error", message: "bad rule" }];
    expect(refusal(doc)).toContain("level error");
  });

  it("errors of level `warn` (a file partly parsed, a timeout) are read past", () => {
    const doc = semgrepReport();
    doc.errors = [{ code: 3, level: "warn", type: "Timeout", message: "timeout" }];
    expect(parse(doc)).toHaveLength(3);
  });

  it("an error level Semgrep does not write is exit 2", () => {
    const doc = semgrepReport();
    doc.errors = [{ code: 3, level: "fatal", type: "x" }];
    expect(refusal(doc)).toContain("level has an unknown value");
  });

  it.each([
    ["results is an object", (d: Record<string, unknown>) => (d.results = {}), "must be an array"],
    [
      "a result is a string",
      (d: Record<string, unknown>) => (d.results = ["x"]),
      "must be an object",
    ],
    ["errors is an object", (d: Record<string, unknown>) => (d.errors = {}), "must be an array"],
    [
      "a result has no check_id",
      (d: Record<string, unknown>) => delete firstResult(d).check_id,
      "check_id",
    ],
  ])("%s: exit 2", (_what, change, message) => {
    const doc = semgrepReport();
    change(doc);
    expect(refusal(doc, "semgrep")).toContain(message);
  });

  it("Semgrep Secrets and Supply Chain results land in the secret and dependency layers", () => {
    const doc = semgrepReport();
    const [a, b] = doc.results as Result[];
    a!.extra.metadata = { product: "secrets", secret_type: "AWS" };
    b!.extra.sca_info = {
      reachable: true,
      dependency_match: {
        found_dependency: { package: "lodash", version: "4.17.20", ecosystem: "npm" },
      },
    };
    const [secret, dep] = parse(doc);
    expect(secret!.layer).toBe("secret");
    expect(dep).toMatchObject({
      layer: "dependency",
      package: { name: "lodash", version: "4.17.20", ecosystem: "npm" },
    });
  });
});

// --- gosec --------------------------------------------------------------------------------

const gosecReport = () => clone(real("gosec/gh-aw-threat-detection__gosec-report.json"));
type Issue = Record<string, unknown>;
const issuesOf = (doc: Record<string, unknown>) => doc.Issues as Issue[];
const stats = (doc: Record<string, unknown>) => doc.Stats as Record<string, unknown>;

describe("gosec", () => {
  it("an inSource suppression (#nosec with a reason) is kept and marked, and leaves Stats.found", () => {
    const doc = gosecReport();
    issuesOf(doc)[0]!.suppressions = [{ kind: "inSource", justification: "input is bounded" }];
    stats(doc).found = issuesOf(doc).length - 1;
    const findings = parse(doc);
    expect(findings).toHaveLength(issuesOf(doc).length);
    expect(findings[0]!.suppressed).toEqual({
      kind: "gosec #nosec comment",
      justification: "input is bounded",
    });
  });

  it("nosec: true (-show-ignored without -track-suppressions) is a suppression", () => {
    const doc = gosecReport();
    issuesOf(doc)[0]!.nosec = true;
    stats(doc).found = issuesOf(doc).length - 1;
    expect(parse(doc)[0]!.suppressed).toEqual({ kind: "gosec #nosec comment" });
  });

  it.each([["inline"], [""], [undefined]])("a suppression kind %j is exit 2", (kind) => {
    const doc = gosecReport();
    issuesOf(doc)[0]!.suppressions = [{ kind, justification: "x" }];
    stats(doc).found = issuesOf(doc).length - 1;
    expect(refusal(doc)).toContain("kind has an unknown value");
  });

  it.each([["yes"], [1]])("nosec %j is exit 2", (nosec) => {
    const doc = gosecReport();
    issuesOf(doc)[0]!.nosec = nosec;
    expect(refusal(doc)).toContain("nosec has an unknown value");
  });

  it("Stats.found that disagrees with the unsuppressed issues is exit 2", () => {
    const doc = gosecReport();
    issuesOf(doc).pop();
    expect(refusal(doc)).toContain("Stats.found says 38, but the report lists 37");
  });

  it("a streamed report's Stats.found is checked once, against every batch's issues", () => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-gosec-"));
    const file = join(dir, "gosec.json");
    const doc = gosecReport();
    writeFileSync(file, JSON.stringify(doc));
    const streamed = loadEvidenceStreamingAbove({ path: file }, 0, {
      blockBytes: 1,
      readWholeFallback: false,
    });
    expect(streamed.findings).toHaveLength(38);
    stats(doc).found = 39;
    writeFileSync(file, JSON.stringify(doc));
    expect(() =>
      loadEvidenceStreamingAbove({ path: file }, 0, { blockBytes: 1, readWholeFallback: false }),
    ).toThrow(/Stats.found says 39, but the report lists 38/);
  });

  it("Golang errors (packages gosec could not load, so did not scan) are exit 2", () => {
    const doc = gosecReport();
    doc["Golang errors"] = { "/src/a.go": [{ line: 1, column: 1, error: "undefined: x" }] };
    expect(refusal(doc)).toContain("Golang errors");
  });

  it.each([
    ["Issues is an object", (d: Record<string, unknown>) => (d.Issues = {}), "must be an array"],
    [
      "an issue is a string",
      (d: Record<string, unknown>) => (d.Issues = ["x"]),
      "must be an object",
    ],
    [
      "suppressions is an object",
      (d: Record<string, unknown>) => (issuesOf(d)[0]!.suppressions = {}),
      "must be an array",
    ],
  ])("%s: exit 2", (_what, change, message) => {
    const doc = gosecReport();
    change(doc);
    expect(refusal(doc, "gosec")).toContain(message);
  });

  it("a line range (538-540) is a start and an end line; severities map", () => {
    const doc = gosecReport();
    issuesOf(doc)[0]!.line = "538-540";
    issuesOf(doc)[0]!.severity = "LOW";
    expect(parse(doc)[0]).toMatchObject({
      severity: "low",
      location: { startLine: 538, endLine: 540 },
    });
  });
});

// --- the XML variants ----------------------------------------------------------------------

const xmlInput = (text: string) => decodeReport(Buffer.from(text), "reports/built.xml");
const xmlRefusal = (text: string) => {
  try {
    parseReport(xmlInput(text));
  } catch (err) {
    if (err instanceof GateError) return err.message;
    throw err;
  }
  throw new Error("parsed without an error");
};
const realText = (file: string) => readFileSync(join(REAL, file), "utf8");

describe("XML reports read like the JSON ones", () => {
  it("ZAP XML: a repeated <riskcode> is exit 2, never one of the two", () => {
    const text = realText("zap/some_2.9.0.xml").replace(
      "<riskcode>1</riskcode>",
      "<riskcode>1</riskcode><riskcode>3</riskcode>",
    );
    expect(xmlRefusal(text)).toContain("<riskcode> must appear once");
  });

  it("ZAP XML: an unknown riskcode is exit 2", () => {
    const text = realText("zap/some_2.9.0.xml").replace(
      "<riskcode>1</riskcode>",
      "<riskcode>7</riskcode>",
    );
    expect(xmlRefusal(text)).toContain("riskcode has an unknown value");
  });

  it("ZAP 1.x XML: reliability 0 (False Positive) is a suppression", () => {
    const text = realText("zap/dd-samples__zaproxy-demo-site_1.4.0.1.xml").replace(
      "<reliability>2</reliability>",
      "<reliability>0</reliability>",
    );
    const findings = parseReport(xmlInput(text)).findings;
    expect(findings.filter((f) => f.suppressed)).toHaveLength(1);
  });

  it("Dependency-Check XML: suppressedVulnerability elements are suppressed findings", () => {
    const findings = parseReport(
      xmlInput(realText("dependency-check/dd-samples__dependecy_check_v4.0.2.xml")),
    ).findings;
    expect(findings).toHaveLength(33);
    expect(findings.filter((f) => f.suppressed)).toHaveLength(21);
    expect(findings[0]).toMatchObject({ layer: "dependency", cwe: ["CWE-20"] });
  });

  it("Dependency-Check XML: an element it does not read inside <vulnerabilities> is exit 2", () => {
    const text = realText("dependency-check/single_vuln.xml").replace(
      "<vulnerabilities>",
      "<vulnerabilities><vuln><name>CVE-1</name></vuln>",
    );
    expect(xmlRefusal(text)).toContain("<vulnerabilities> may list only");
  });

  it.each([["zap/some_2.9.0.xml"], ["dependency-check/single_vuln.xml"]])(
    "%s with a DOCTYPE is refused (no entity expansion)",
    (file) => {
      const text = realText(file).replace(/^<\?xml[^>]*\?>/, '$&<!DOCTYPE x [<!ENTITY a "b">]>');
      expect(xmlRefusal(text)).toContain("DOCTYPE");
    },
  );
});

// --- exclusive detection ------------------------------------------------------------------

describe("exclusive detection across old and new formats", () => {
  const cases = [
    ["dependency-check/sonar-plugin__reportWithCvssV4.json", "dependency-check"],
    ["zap/secobserve__owasp_zap.json", "zap"],
    ["semgrep/one_finding.json", "semgrep"],
    ["gosec/many_vulns.json", "gosec"],
  ] as const;
  const others = {
    trivy: {
      SchemaVersion: 2,
      ArtifactName: "x",
      Results: [{ Target: "t", Vulnerabilities: [{ VulnerabilityID: "CVE-1", PkgName: "p" }] }],
    },
    grype: { matches: [{ vulnerability: { id: "CVE-1" }, artifact: { name: "p" } }] },
    sarif: {
      runs: [
        { tool: { driver: { name: "x" } }, results: [{ ruleId: "R", message: { text: "m" } }] },
      ],
    },
    tfsec: { results: [{ rule_id: "AVD-1", location: { filename: "a.tf" } }] },
    gosec: { Issues: [{ rule_id: "G101", file: "a.go", line: "1", severity: "HIGH" }] },
    semgrep: {
      results: [{ check_id: "r", path: "a.py", start: { line: 1 }, extra: { message: "m" } }],
    },
    zap: {
      site: [{ "@name": "http://x", alerts: [{ pluginid: "1", riskcode: "1", instances: [] }] }],
    },
    "dependency-check": {
      dependencies: [{ fileName: "a.jar", vulnerabilities: [{ name: "CVE-1" }] }],
    },
  } as const;

  it.each(
    cases.flatMap(([file, format]) =>
      Object.entries(others)
        // A key both formats use (tfsec's `results` on a Semgrep report) replaces the findings:
        // that document is the other format, not a mix.
        .filter(
          ([other, keys]) => other !== format && !Object.keys(keys).some((k) => k in real(file)),
        )
        .map(([other, keys]) => [file, format, other, keys] as const),
    ),
  )("%s (%s) carrying %s findings is exit 2 naming both", (file, format, other, keys) => {
    const message = refusal({ ...real(file), ...keys });
    expect(message).toContain(format);
    expect(message).toContain(other);
  });

  it("a Trivy report carrying gosec Issues is exit 2 naming both", () => {
    const trivy = real("trivy/scheme_2_many_vulns.json");
    const message = refusal({ ...trivy, Issues: others.gosec.Issues });
    expect(message).toContain("trivy");
    expect(message).toContain("gosec");
  });

  it('`{"results": [], "errors": []}` names no tool: unrecognised, read when forced', () => {
    expect(refusal({ results: [], errors: [] })).toContain("unrecognised format");
    expect(parse({ results: [], errors: [] }, "semgrep")).toEqual([]);
  });

  it("a forced format on another tool's report is exit 2, never zero findings", () => {
    for (const format of FORMATS) {
      expect(refusal(real("grype/many_vulns.json"), format)).toMatch(/grype|not a/);
    }
  });
});
