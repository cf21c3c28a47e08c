// Issue 17, new formats part B: govulncheck, bundler-audit, kubescape and Prowler, and the
// decoding of concatenated JSON values (govulncheck -json). Real reports come from
// fixtures/real/<format>/ (sources in fixtures/real/MANIFEST.md: DefectDojo unittests/scans,
// golang/vuln cmd/govulncheck/testdata, prowler-cloud/prowler examples/output,
// MaibornWolff/SecObserve and mitre/heimdall2); the rest are built from them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeReport, type ReportInput } from "../src/reports/decode.js";
import { GateError } from "../src/model/errors.js";
import { evaluate } from "../src/gate/evaluate.js";
import { loadPolicy } from "../src/io/policy-file.js";
import type { Finding } from "../src/model/finding.js";
import { PARSERS } from "../src/reports/parsers/index.js";
import { loadEvidenceStreamingAbove, parseEvidence, parseReport } from "../src/reports/read.js";
import { REAL, SHARED_REAL } from "./helpers/manifest.js";

const real = (file: string) => join(REAL, file);
const inputOf = (file: string): ReportInput => decodeReport(readFileSync(real(file)), file);
const textInput = (text: string, path = "built.json"): ReportInput =>
  decodeReport(Buffer.from(text), path);
const built = (json: unknown, path = "built.json"): ReportInput =>
  textInput(JSON.stringify(json), path);
const fixture = (file: string) => JSON.parse(readFileSync(real(file), "utf8")) as unknown;
const claimants = (input: ReportInput) => PARSERS.filter((p) => p.detect(input)).map((p) => p.id);

function outcome(input: ReportInput, forced?: string): { findings?: Finding[]; error?: string } {
  try {
    return { findings: parseReport(input, forced).findings };
  } catch (err) {
    if (err instanceof GateError) return { error: err.describe() };
    throw err;
  }
}

const count = (findings: readonly Finding[], pick: (f: Finding) => boolean) =>
  findings.filter(pick).length;

describe("real reports: format, findings, suppressed, layers", () => {
  it.each([
    // file, format, findings, suppressed, layers
    ["govulncheck/issue_15033.json", "govulncheck", 72, 0, ["dependency"]],
    ["govulncheck/golang-vuln__convert_input.json", "govulncheck", 3, 0, ["dependency"]],
    ["govulncheck/many_vulns_new_version.json", "govulncheck", 1, 0, ["dependency"]],
    ["govulncheck/no_vulns_new_version.json", "govulncheck", 0, 0, ["dependency"]],
    ["govulncheck/many_vulns.json", "govulncheck", 3, 0, ["dependency"]],
    ["bundler-audit/version_9.0.json", "bundler-audit", 4, 0, ["dependency"]],
    ["kubescape/many_findings.json", "kubescape", 289, 60, ["iac", "posture"]],
    ["kubescape/results.json", "kubescape", 0, 0, ["iac"]],
    ["prowler/aws_prowler_v3plus__many_vuln.json", "prowler", 3, 0, ["posture"]],
    ["prowler/aws_prowler_v3plus__many_vuln.ocsf.json", "prowler", 3, 1, ["posture"]],
    ["prowler/aws_prowler_v3plus__many_vuln_after_4_5_0.ocsf.json", "prowler", 3, 1, ["posture"]],
    ["prowler/aws_prowler_v2__many_vuln.json", "prowler", 4, 0, ["posture"]],
    ["prowler/prowler__example_output_aws.ocsf.json", "prowler", 2, 0, ["posture"]],
    ["prowler/prowler__example_output_azure.ocsf.json", "prowler", 3, 0, ["posture"]],
    ["prowler/prowler-repo__example_output_aws.ocsf.json", "prowler", 2, 0, ["posture"]],
    ["prowler/prowler-repo__example_output_azure.ocsf.json", "prowler", 5, 0, ["posture"]],
    ["prowler/secobserve__prowler_azure.json", "prowler", 2, 0, ["posture"]],
    ["prowler/heimdall2__prowler-sample.asff-json", "prowler", 10, 0, ["posture"]],
  ] as const)("%s → %s, %i findings (%i suppressed)", (file, format, n, suppressed, layers) => {
    const input = inputOf(file);
    expect(claimants(input)).toEqual([format]);
    const report = parseEvidence(input);
    expect(report.format).toBe(format);
    expect(report.findings).toHaveLength(n);
    expect(count(report.findings, (f) => f.suppressed !== undefined)).toBe(suppressed);
    expect(report.layers).toEqual(layers);
  });

  it("an empty Prowler array names no tool: claimed by nobody, read when forced", () => {
    const input = inputOf("prowler/aws_prowler_v3plus__no_vuln.json");
    expect(claimants(input)).toEqual([]);
    expect(outcome(input, "prowler").findings).toEqual([]);
  });
});

describe("decoding: JSON values written one after another (govulncheck -json)", () => {
  const stream =
    '{\n  "config": {\n    "scanner_name": "govulncheck"\n  }\n}\n{\n  "progress": {"message": "a } and a \\" in a string"}\n}\n';

  it("reads each value, braces inside strings included", () => {
    const input = textInput(stream);
    expect(input.syntax).toBe("ndjson");
    expect(input.json).toEqual([
      { config: { scanner_name: "govulncheck" } },
      { progress: { message: 'a } and a " in a string' } },
    ]);
  });

  it("a key written twice in the second value is exit 2 at its line", () => {
    const twice = stream + '{\n  "osv": {"id": "GO-1",\n  "id": "GO-2"}\n}\n';
    expect(() => textInput(twice)).toThrow(GateError);
    try {
      textInput(twice);
    } catch (err) {
      expect((err as GateError).describe()).toMatch(/built\.json:11:\d+.*"id"/);
    }
  });

  it.each([
    ["a truncated last value", stream + '{\n  "finding": {'],
    ["a bare scalar between values", stream + "42\n"],
    ["text between values", stream + "oops\n"],
  ])("%s is not JSON (exit 2)", (_name, text) => {
    expect(() => textInput(text)).toThrow(/is not valid JSON/);
  });

  it("NDJSON and single documents decode as before", () => {
    expect(textInput('{"a":1}\n{"b":2}\n').json).toEqual([{ a: 1 }, { b: 2 }]);
    expect(textInput('{"a":1}').syntax).toBe("json");
  });
});

describe("govulncheck: reachability decides the severity", () => {
  const findings = parseReport(inputOf("govulncheck/issue_15033.json")).findings;
  const level = (f: Finding) => f.ruleId;

  it("29 called symbols are unknown (policy decides, high by default); 43 others are info", () => {
    expect(count(findings, (f) => level(f) === "govulncheck:symbol")).toBe(29);
    expect(count(findings, (f) => level(f) === "govulncheck:package")).toBe(17);
    expect(count(findings, (f) => level(f) === "govulncheck:module")).toBe(26);
    for (const f of findings) {
      expect(f.severity).toBe(level(f) === "govulncheck:symbol" ? "unknown" : "info");
    }
  });

  it("maps ids, aliases, the module and fix, and the call site", () => {
    const [called] = parseReport(inputOf("govulncheck/golang-vuln__convert_input.json")).findings;
    expect(called).toMatchObject({
      id: "GO-2021-0265",
      package: { name: "github.com/tidwall/gjson", version: "v1.6.5", ecosystem: "go" },
      fix: { available: true, versions: ["v1.9.3"] },
      location: { path: ".../vuln.go", startLine: 14 },
      layer: "dependency",
    });
    expect(called!.aliases).toContain("CVE-2021-42248");
  });

  const config = { config: { scanner_name: "govulncheck", protocol_version: "v1.0.0" } };
  const trace = [
    { module: "example.com/m", version: "v1.0.0", package: "example.com/m/p", function: "F" },
  ];
  it.each([
    [
      "a message kind govulncheck does not write",
      [config, { telemetry: {} }],
      /unknown value "telemetry"/,
    ],
    ["a message with two members", [config, { osv: { id: "GO-1" }, finding: {} }], /one member/],
    [
      "a finding without a trace",
      [config, { finding: { osv: "GO-1" } }],
      /trace must not be empty/,
    ],
    [
      "a trace that is not an array",
      [config, { finding: { osv: "GO-1", trace: {} } }],
      /must be an array/,
    ],
    [
      "a trace element that is not an object",
      [config, { finding: { osv: "GO-1", trace: ["x"] } }],
      /must be an object/,
    ],
    [
      "a finding without its advisory id",
      [config, { finding: { trace } }],
      /osv must be a non-empty string/,
    ],
  ])("%s is exit 2", (_name, messages, message) => {
    expect(outcome(built(messages), "govulncheck").error).toMatch(message);
  });

  it("the same advisory and module reached at several levels is one finding at the highest", () => {
    const r = outcome(
      built([
        config,
        { finding: { osv: "GO-1", trace: [{ module: "example.com/m", version: "v1.0.0" }] } },
        { finding: { osv: "GO-1", fixed_version: "v1.0.1", trace } },
        {
          finding: {
            osv: "GO-1",
            trace: [{ module: "example.com/m", package: "example.com/m/p" }],
          },
        },
      ]),
    );
    expect(r.findings).toHaveLength(1);
    expect(r.findings![0]).toMatchObject({
      ruleId: "govulncheck:symbol",
      fix: { versions: ["v1.0.1"] },
    });
  });
});

describe("bundler-audit", () => {
  const report = fixture("bundler-audit/version_9.0.json") as { results: unknown[] };

  it("maps gem, advisory ids, patched versions and url", () => {
    const [f] = parseReport(inputOf("bundler-audit/version_9.0.json")).findings;
    expect(f).toMatchObject({
      id: "CVE-2020-8161",
      aliases: ["GHSA-5f9h-9pjv-v6j7"],
      package: {
        name: "rack",
        version: "1.6.13",
        ecosystem: "rubygems",
        purl: "pkg:gem/rack@1.6.13",
      },
      fix: { available: true, versions: ["~> 2.1.3", ">= 2.2.0"] },
      severity: "unknown",
    });
  });

  it.each([
    ["criticality", { criticality: "critical" }, "critical"],
    ["CVSS v3", { cvss_v3: 7.5 }, "high"],
    ["CVSS v2", { cvss_v2: 10 }, "high"],
  ])("severity from %s", (_name, fields, severity) => {
    const first = report.results[0] as { advisory: object };
    const doc = { ...report, results: [{ ...first, advisory: { ...first.advisory, ...fields } }] };
    expect(outcome(built(doc)).findings![0]!.severity).toBe(severity);
  });

  it("an insecure gem source is a finding", () => {
    const doc = {
      ...report,
      results: [{ type: "insecure_source", source: "git://github.com/x/y.git" }],
    };
    expect(outcome(built(doc)).findings![0]).toMatchObject({
      id: "insecure-source",
      severity: "high",
    });
  });

  it("a result type bundler-audit does not write is exit 2 (forced, since detection needs known types)", () => {
    const doc = { ...report, results: [...report.results, { type: "unpatched_plugin" }] };
    expect(claimants(built(doc))).toEqual([]);
    expect(outcome(built(doc), "bundler-audit").error).toMatch(
      /results\[4\]\.type has an unknown value/,
    );
  });

  it("results that are not an array are exit 2", () => {
    expect(outcome(built({ ...report, results: {} }), "bundler-audit").error).toMatch(
      /bundler-audit/,
    );
  });

  const text = join(SHARED_REAL, "bundler-audit/version_9.0.txt");
  it.skipIf(!existsSync(text))("the default text output is exit 2, never 0 findings", () => {
    expect(() => decodeReport(readFileSync(text), "version_9.0.txt")).toThrow(GateError);
  });
});

describe("kubescape: every control status is read", () => {
  const doc = fixture("kubescape/results.json") as {
    results: { resourceID: string; controls: Record<string, unknown>[] }[];
    summaryDetails: { controls: Record<string, { ResourceCounters: Record<string, number> }> };
  };
  /** results.json with its first control given `status` (and its counters made to agree). */
  function withStatus(status: unknown, failed = 0) {
    const copy = structuredClone(doc);
    const control = copy.results[0]!.controls[0]!;
    control.status = status;
    const id = control.controlID as string;
    copy.summaryDetails.controls[id]!.ResourceCounters.failedResources = failed;
    return { copy, id };
  }

  it.each([
    ["failed", { status: "failed" }, 1, false],
    ["passed", { status: "passed" }, 0, false],
    ["skipped (manual review)", { status: "skipped", subStatus: "manual review" }, 0, false],
    ["passed with an exception", { status: "passed", subStatus: "w/exceptions" }, 1, true],
    ["excluded (old name of the same)", { status: "excluded" }, 1, true],
  ])("%s", (_name, status, n, suppressed) => {
    const { copy } = withStatus(status, suppressed ? 0 : n);
    const r = outcome(built(copy));
    expect(r.error).toBeUndefined();
    expect(r.findings).toHaveLength(n);
    if (n) expect(r.findings![0]!.suppressed !== undefined).toBe(suppressed);
  });

  it.each([
    ["an unknown status", { status: "flaky" }, /unknown value "flaky"/],
    ["an unknown sub-status", { status: "passed", subStatus: "waived" }, /unknown value "waived"/],
    ["error (not evaluated)", { status: "error" }, /did not evaluate control/],
    ["the empty status", { status: "" }, /did not evaluate control/],
    ["a status that is not an object", "failed", /status must be an object/],
  ])("%s is exit 2", (_name, status, message) => {
    expect(outcome(built(withStatus(status).copy)).error).toMatch(message);
  });

  it("a failed rule with a posture exception is a suppressed finding naming the exception", () => {
    const findings = parseReport(inputOf("kubescape/many_findings.json")).findings;
    const excepted = findings.find((f) => f.suppressed);
    expect(excepted!.suppressed!.kind).toMatch(/^kubescape exception exclude-kubescape-resources/);
  });

  it("a resource scanned from a file is iac with its path; from a cluster, posture", () => {
    const findings = parseReport(inputOf("kubescape/many_findings.json")).findings;
    const fromFile = findings.find((f) => f.layer === "iac")!;
    expect(fromFile.location?.path).toMatch(/\.yaml$/);
    expect(findings.some((f) => f.layer === "posture" && f.location === undefined)).toBe(true);
    expect(fromFile.severity).not.toBe("unknown");
  });

  it("failedResources that disagree with results are exit 2 (a resource left out)", () => {
    const big = fixture("kubescape/many_findings.json") as typeof doc;
    const copy = structuredClone(big);
    const victim = copy.results.findIndex((r) =>
      r.controls.some(
        (c) =>
          JSON.stringify(c.rules).includes('"failed"') &&
          !JSON.stringify(c.rules).includes("exception"),
      ),
    );
    copy.results.splice(victim, 1);
    expect(outcome(built(copy)).error).toMatch(
      /ResourceCounters\.failedResources says \d+, but the report lists \d+/,
    );
  });

  it("controls that are not an array are exit 2", () => {
    const copy = structuredClone(doc) as unknown as { results: { controls: unknown }[] };
    copy.results[0]!.controls = { C: {} };
    expect(outcome(built(copy)).error).toMatch(/controls must be an array/);
  });
});

describe("Prowler: every status of every variant is read", () => {
  const ocsf = fixture("prowler/prowler__example_output_azure.ocsf.json") as Record<
    string,
    unknown
  >[];
  const json = fixture("prowler/secobserve__prowler_azure.json") as Record<string, unknown>[];
  const asff = inputOf("prowler/heimdall2__prowler-sample.asff-json").json as Record<
    string,
    unknown
  >[];
  const first = <T extends Record<string, unknown>>(
    items: T[],
    fields: Record<string, unknown>,
  ) => [{ ...items[0], ...fields }, ...items.slice(1)];

  it.each([
    ["OCSF FAIL", first(ocsf, { status_code: "FAIL" }), 3, 0],
    ["OCSF PASS", first(ocsf, { status_code: "PASS" }), 2, 0],
    ["OCSF MANUAL", first(ocsf, { status_code: "MANUAL" }), 2, 0],
    ["OCSF muted FAIL", first(ocsf, { status: "Suppressed" }), 3, 1],
    ["JSON muted FAIL (Prowler 4)", first(json, { Muted: true }), 2, 1],
    ["JSON MANUAL", first(json, { Status: "MANUAL" }), 1, 0],
    ["ASFF PASSED", first(asff, { Compliance: { Status: "PASSED" } }), 9, 0],
    ["ASFF suppressed in Security Hub", first(asff, { Workflow: { Status: "SUPPRESSED" } }), 10, 1],
  ])("%s", (_name, items, n, suppressed) => {
    const r = outcome(built(items));
    expect(r.error).toBeUndefined();
    expect(r.findings).toHaveLength(n);
    expect(count(r.findings!, (f) => f.suppressed !== undefined)).toBe(suppressed);
    if (suppressed)
      expect(r.findings!.find((f) => f.suppressed)!.suppressed!.justification).toBeUndefined();
  });

  it.each([
    [
      "an unknown OCSF status_code",
      first(ocsf, { status_code: "ERROR" }),
      /status_code has an unknown value "ERROR"/,
    ],
    [
      "an unknown OCSF status",
      first(ocsf, { status: "Resolved" }),
      /status has an unknown value "Resolved"/,
    ],
    [
      "an unknown JSON Status",
      first(json, { Status: "SKIPPED" }),
      /Status has an unknown value "SKIPPED"/,
    ],
    [
      "an ASFF check that could not run",
      first(asff, { Compliance: { Status: "NOT_AVAILABLE" } }),
      /could not run check/,
    ],
    [
      "an unknown ASFF workflow status",
      first(asff, { Workflow: { Status: "MUTED" } }),
      /Workflow.Status has an unknown value/,
    ],
  ])("%s is exit 2", (_name, items, message) => {
    expect(outcome(built(items)).error).toMatch(message);
  });

  it("two output formats in one array are claimed by nobody, and exit 2 when forced", () => {
    const mixed = [...ocsf, ...json];
    expect(claimants(built(mixed))).toEqual([]);
    expect(outcome(built(mixed), "prowler").error).toMatch(
      /variants of prowler|one of output format|one output format/,
    );
  });

  it("maps check id, title, severity and resource", () => {
    const [f] = parseReport(inputOf("prowler/aws_prowler_v3plus__many_vuln.ocsf.json")).findings;
    expect(f).toMatchObject({
      tool: "prowler",
      layer: "posture",
      id: "iam_role_administratoraccess_policy_permissive_trust_relationship",
      severity: "high",
      target: "arn:aws:iam::123456789012:role/myAdministratorExecutionRole",
    });
  });
});

describe("exclusive detection: the new formats beside the others", () => {
  const TRIVY_KEYS = { SchemaVersion: 2, ArtifactName: "confused" };
  it.each([
    ["kubescape/many_findings.json", "kubescape"],
    ["bundler-audit/version_9.0.json", "bundler-audit"],
    ["govulncheck/many_vulns.json", "govulncheck"],
  ])("%s plus Trivy's keys is exit 2 naming both", (file, format) => {
    const r = outcome(built({ ...(fixture(file) as object), ...TRIVY_KEYS }));
    expect(r.error).toContain("trivy");
    expect(r.error).toContain(format);
    expect(r.error).toContain("FORMAT:PATH");
  });

  it("a govulncheck stream with a hadolint violation appended is read as neither", () => {
    const messages = inputOf("govulncheck/golang-vuln__convert_input.json").json as unknown[];
    const mixed = [...messages, { code: "DL3008", level: "warning", file: "Dockerfile", line: 1 }];
    expect(claimants(built(mixed))).toEqual([]);
    expect(outcome(built(mixed), "govulncheck").error).toMatch(/hadolint/);
  });

  it("a kubescape report forced as tfsec is refused, not read as 0 findings", () => {
    expect(outcome(inputOf("kubescape/many_findings.json"), "tfsec").error).toMatch(/kubescape/);
  });
});

describe("the streaming path reads the new formats as reading whole does", () => {
  it.each([
    "govulncheck/issue_15033.json",
    "kubescape/many_findings.json",
    "prowler/aws_prowler_v2__many_vuln.json",
    "bundler-audit/version_9.0.json",
  ])("%s", (file) => {
    const whole = parseEvidence(inputOf(file));
    const streamed = loadEvidenceStreamingAbove({ path: real(file) }, 0);
    expect(streamed.format).toBe(whole.format);
    expect(streamed.findings.map((f) => f.fingerprint).sort()).toEqual(
      whole.findings.map((f) => f.fingerprint).sort(),
    );
  });
});

describe("the tools' own suppressions are decided by settings.scanner-suppressions", () => {
  const NOW = new Date("2026-12-01T00:00:00Z");
  const policyWith = (mode: string) =>
    loadPolicy(
      "p.yml",
      () => `version: 1\nsettings:\n  default-action: block\n  scanner-suppressions: ${mode}\n`,
    );
  it.each([
    ["prowler/aws_prowler_v3plus__many_vuln.ocsf.json", "report-only", "block"],
    ["prowler/aws_prowler_v3plus__many_vuln.ocsf.json", "honour", "ignored"],
    ["kubescape/many_findings.json", "report-only", "block"],
    ["kubescape/many_findings.json", "honour", "ignored"],
    // A mute or exception without a reason is no justification.
    ["prowler/aws_prowler_v3plus__many_vuln.ocsf.json", "require-justification", "block"],
  ])("%s with %s: a suppressed finding is %s", async (file, mode, verdict) => {
    const findings = parseReport(inputOf(file)).findings;
    const evaluation = evaluate(findings, await policyWith(mode), NOW);
    const suppressed = evaluation.findings.filter((e) => e.finding.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const e of suppressed) expect(e.verdict).toBe(verdict);
  });
});

describe("govulncheck: code is 'not called' only when the scan looked at calls", () => {
  const moduleOnly = {
    finding: { osv: "GO-1", trace: [{ module: "example.com/m", version: "v1.0.0" }] },
  };
  const imported = {
    finding: {
      osv: "GO-2",
      trace: [{ module: "example.com/n", version: "v1.0.0", package: "example.com/n/p" }],
    },
  };
  const withScan = (level?: string) => [
    {
      config: {
        scanner_name: "govulncheck",
        ...(level === undefined ? {} : { scan_level: level }),
      },
    },
    moduleOnly,
    imported,
  ];
  it.each([
    // scan_level, severity of the module-level finding, of the package-level one
    ["symbol", "info", "info"],
    ["package", "info", "unknown"],
    ["module", "unknown", "unknown"],
    [undefined, "unknown", "unknown"],
  ])(
    "scan_level %s: module-level %s, package-level %s",
    (level, moduleSeverity, packageSeverity) => {
      const r = outcome(built(withScan(level)));
      expect(r.error).toBeUndefined();
      const byId = new Map(r.findings!.map((f) => [f.id, f.severity]));
      expect(byId.get("GO-1")).toBe(moduleSeverity);
      expect(byId.get("GO-2")).toBe(packageSeverity);
    },
  );

  it("a scan level govulncheck does not write is exit 2", () => {
    expect(outcome(built(withScan("deep"))).error).toMatch(
      /scan_level has an unknown value "deep"/,
    );
  });
});
