// Verdict integrity (issue 13), parser group B: CycloneDX (JSON, XML, the 1.0 vulnerability
// extension), Checkov, KICS, npm audit, Snyk, yarn audit, pip-audit, hadolint, trivy-operator,
// ztgate findings. Whatever a report says that the parser cannot account for (a container of
// the wrong shape, a repeated XML element, totals that disagree with the details, an unknown
// status) is a GateError naming the file, never zero findings. Inputs are built here; the
// shapes follow the real reports in fixtures/real/ (see MANIFEST.md) unless a row names
// another public source.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { GateError } from "../src/model/errors.js";
import type { Finding } from "../src/model/finding.js";
import { loadReport, parseReport } from "../src/reports/read.js";
import { REAL, SHARED_REAL } from "./helpers/manifest.js";

const FILE = "built-report";

function parseText(text: string, format: string): Finding[] {
  return parseReport(decodeReport(Buffer.from(text), FILE), format).findings;
}

const parseJson = (doc: unknown, format: string) => parseText(JSON.stringify(doc), format);
const parseLines = (lines: unknown[], format: string) =>
  parseText(lines.map((l) => JSON.stringify(l)).join("\n"), format);

function refused(run: () => unknown): GateError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(GateError);
    expect((err as GateError).file).toBe(FILE);
    return err as GateError;
  }
  throw new Error("expected a GateError, got a result");
}

// --- CycloneDX XML ----------------------------------------------------------------------------

const BOM_NS = "http://cyclonedx.org/schema/bom";
const EXT_NS = "http://cyclonedx.org/schema/ext/vulnerability/1.0";

/**
 * The shape old Grype (`grype -o cyclonedx`, 0.13 to 0.33) wrote: the vulnerability extension
 * inside each component, `ref` a urn of the vulnerability (not of the component). Structure
 * from the Grype 0.33.1 output in pivotal/docs-tap scst-store/sca-scans/cli-repository-v112-grype-result.md.
 */
function grypeExtensionBom(prefix: string): string {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}="${EXT_NS}"` : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="${BOM_NS}/1.2" ${ns} version="1" serialNumber="urn:uuid:c6df96b9-aefe-46c5-a27f-348a7366d4ed">
  <metadata>
    <timestamp>2022-03-25T10:44:58-04:00</timestamp>
    <tools><tool><vendor>anchore</vendor><name>grype</name><version>0.33.1</version></tool></tools>
    <component type="container"><name>nginx:1.16</name><version>sha256:2963</version></component>
  </metadata>
  <components>
    <component type="library">
      <name>github.com/prometheus/client_golang</name>
      <version>v1.7.1</version>
      <${p}vulnerabilities>
        <${p}vulnerability ref="urn:uuid:0df14134-aa04-46f5-a999-e85994540ac3">
          <${p}id>CVE-2022-21698</${p}id>
          <${p}source name="nvd"><${p}url>http://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2022-21698</${p}url></${p}source>
          <${p}ratings>
            <${p}rating><${p}severity>High</${p}severity></${p}rating>
            <${p}rating>
              <${p}score><${p}base>7.5</${p}base><${p}impact>3.6</${p}impact></${p}score>
              <${p}method>CVSSv3</${p}method>
              <${p}vector>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H</${p}vector>
            </${p}rating>
          </${p}ratings>
          <${p}cwes><${p}cwe>770</${p}cwe></${p}cwes>
          <${p}description>Uncontrolled resource consumption</${p}description>
          <${p}recommendations><${p}recommendation>Upgrade to v1.11.1</${p}recommendation></${p}recommendations>
          <${p}advisories><${p}advisory>https://github.com/advisories/GHSA-cg3q-j54f-5p7p</${p}advisory></${p}advisories>
        </${p}vulnerability>
      </${p}vulnerabilities>
    </component>
    <component type="library">
      <name>libc6</name>
      <version>2.27-3ubuntu1.4</version>
      <${p}vulnerabilities>
        <${p}vulnerability ref="urn:uuid:2b5075a6-370a-4271-bbbe-49d26107432b">
          <${p}id>CVE-2009-5155</${p}id>
          <${p}source name="ubuntu:18.04"><${p}url>http://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2009-5155</${p}url></${p}source>
          <${p}ratings></${p}ratings>
          <${p}advisories><${p}advisory>http://people.ubuntu.com/~ubuntu-security/cve/CVE-2009-5155</${p}advisory></${p}advisories>
        </${p}vulnerability>
        <${p}vulnerability ref="urn:uuid:6f2cd64f-8c22-45af-9946-63f2f9815222">
          <${p}id>CVE-2015-8985</${p}id>
          <${p}ratings><${p}rating><${p}severity>Low</${p}severity></${p}rating></${p}ratings>
        </${p}vulnerability>
      </${p}vulnerabilities>
    </component>
  </components>
</bom>`;
}

describe("CycloneDX 1.2/1.3 vulnerability extension (1.0) is read, never an inventory", () => {
  it.each(["v", "vuln", "x1", ""])("namespace prefix %j", (prefix) => {
    const findings = parseText(grypeExtensionBom(prefix), "cyclonedx");
    expect(findings.map((f) => [f.id, f.package?.name, f.package?.version, f.severity])).toEqual([
      ["CVE-2022-21698", "github.com/prometheus/client_golang", "v1.7.1", "high"],
      ["CVE-2009-5155", "libc6", "2.27-3ubuntu1.4", "unknown"],
      ["CVE-2015-8985", "libc6", "2.27-3ubuntu1.4", "low"],
    ]);
    const first = findings[0]!;
    expect(first.cvss).toBe(7.5);
    expect(first.cwe).toEqual(["CWE-770"]);
    expect(first.layer).toBe("image");
    expect(first.url).toContain("CVE-2022-21698");
    expect(first.fix?.available).toBe(true);
    expect(first.description).toContain("Upgrade to v1.11.1");
  });

  it("the XSD's vulnerabilityScore/score shape and nested components", () => {
    const xml = `<bom xmlns="${BOM_NS}/1.3" xmlns:v="${EXT_NS}" version="1"><components>
      <component type="library"><name>outer</name><version>1</version><components>
        <component type="library" bom-ref="pkg:npm/inner@2"><name>inner</name><version>2</version>
          <purl>pkg:npm/inner@2</purl>
          <v:vulnerabilities><v:vulnerability ref="pkg:npm/inner@2"><v:id>CVE-2020-0001</v:id>
            <v:vulnerabilityScore><v:score><v:score><v:base>9.8</v:base></v:score>
              <v:severity>Critical</v:severity><v:source>CVSSv3</v:source></v:score></v:vulnerabilityScore>
          </v:vulnerability></v:vulnerabilities>
        </component></components></component></components></bom>`;
    const [f, ...rest] = parseText(xml, "cyclonedx");
    expect(rest).toEqual([]);
    expect([f?.id, f?.package?.name, f?.package?.purl, f?.severity, f?.cvss]).toEqual([
      "CVE-2020-0001",
      "inner",
      "pkg:npm/inner@2",
      "critical",
      9.8,
    ]);
  });

  it("JSON: a component's own vulnerabilities list (the extension written as JSON) is read", () => {
    const doc = {
      bomFormat: "CycloneDX",
      specVersion: "1.3",
      components: [
        {
          type: "library",
          name: "lodash",
          version: "4.17.15",
          purl: "pkg:npm/lodash@4.17.15",
          vulnerabilities: [{ id: "CVE-2020-8203", ratings: [{ severity: "high" }] }],
        },
      ],
    };
    const findings = parseJson(doc, "cyclonedx");
    expect(findings.map((f) => [f.id, f.package?.name, f.severity])).toEqual([
      ["CVE-2020-8203", "lodash", "high"],
    ]);
  });

  it("extension vulnerabilities of the BOM's subject (metadata.component) are read too", () => {
    const doc = {
      bomFormat: "CycloneDX",
      specVersion: "1.3",
      metadata: {
        component: {
          type: "library",
          name: "app",
          version: "1.0",
          vulnerabilities: [{ id: "CVE-2021-1" }],
        },
      },
    };
    expect(parseJson(doc, "cyclonedx").map((f) => [f.id, f.package?.name])).toEqual([
      ["CVE-2021-1", "app"],
    ]);
  });

  it("a vulnerability without an id is refused", () => {
    const xml = grypeExtensionBom("v").replace("<v:id>CVE-2015-8985</v:id>", "");
    refused(() => parseText(xml, "cyclonedx"));
  });
});

/** A CycloneDX 1.4 XML BOM, one vulnerability, with `extra` spliced in where named. */
function bom14(parts: { top?: string; vuln?: string; rating?: string; target?: string } = {}) {
  return `<?xml version="1.0"?>
<bom xmlns="${BOM_NS}/1.4" version="1">
  <components><component type="library" bom-ref="pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2">
    <group>org.apache.logging.log4j</group><name>log4j-core</name><version>2.13.2</version>
    <purl>pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2</purl></component></components>
  <vulnerabilities>
    <vulnerability bom-ref="v1">
      <id>CVE-2021-44228</id>
      <ratings><rating><score>10.0</score><severity>critical</severity>${parts.rating ?? ""}<method>CVSSv31</method></rating></ratings>
      <affects><target><ref>pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2</ref>${parts.target ?? ""}</target></affects>
      ${parts.vuln ?? ""}
    </vulnerability>
  </vulnerabilities>
  ${parts.top ?? ""}
</bom>`;
}

describe("CycloneDX XML: a repeated or malformed container is an error, never an empty list", () => {
  it("the well-formed BOM reads one finding (the baseline of the rows below)", () => {
    const findings = parseText(bom14(), "cyclonedx");
    expect(findings.map((f) => [f.id, f.package?.name, f.severity])).toEqual([
      ["CVE-2021-44228", "org.apache.logging.log4j:log4j-core", "critical"],
    ]);
  });

  const rows: [string, Parameters<typeof bom14>[0]][] = [
    ["a second, empty <vulnerabilities/>", { top: "<vulnerabilities/>" }],
    [
      "a second <vulnerabilities> with one vulnerability",
      { top: "<vulnerabilities><vulnerability><id>X</id></vulnerability></vulnerabilities>" },
    ],
    ["a second <components/>", { top: "<components/>" }],
    ["a repeated <ratings/>", { vuln: "<ratings/>" }],
    ["a repeated <affects/>", { vuln: "<affects/>" }],
    ["a repeated <id>", { vuln: "<id>CVE-0000-0000</id>" }],
    ["a repeated <severity> in a rating", { rating: "<severity>low</severity>" }],
    ["a repeated <ref> in a target", { target: "<ref>pkg:npm/other@1</ref>" }],
    [
      "a repeated <analysis>",
      { vuln: "<analysis><state>exploitable</state></analysis><analysis/>" },
    ],
    [
      "a repeated <state>",
      { vuln: "<analysis><state>exploitable</state><state>not_affected</state></analysis>" },
    ],
  ];
  it.each(rows)("%s", (_name, parts) => {
    refused(() => parseText(bom14(parts), "cyclonedx"));
  });

  // A container whose children are not the element it lists holds findings the parser cannot
  // read: refused, not an empty list.
  it.each([
    [
      "<vulnerabilities> of <vuln>",
      (x: string) =>
        x.replace(/<vulnerability bom-ref="v1">([\s\S]*?)<\/vulnerability>/, "<vuln>$1</vuln>"),
    ],
    [
      "<ratings> of <score>",
      (x: string) =>
        x.replace(/<ratings>[\s\S]*?<\/ratings>/, "<ratings><score>10.0</score></ratings>"),
    ],
    [
      "<affects> of <component>",
      (x: string) =>
        x.replace(
          /<affects>[\s\S]*?<\/affects>/,
          "<affects><component><ref>x</ref></component></affects>",
        ),
    ],
    [
      "<components> beside an unknown child",
      (x: string) => x.replace("</components>", "<library><name>y</name></library></components>"),
    ],
  ])("%s", (_name, edit) => {
    refused(() => parseText(edit(bom14()), "cyclonedx"));
  });

  it("an <affects> with text instead of targets", () => {
    const xml = bom14().replace(/<affects>[\s\S]*?<\/affects>/, "<affects>pkg:npm/x@1</affects>");
    refused(() => parseText(xml, "cyclonedx"));
  });

  it("an extension <vulnerabilities> repeated in a component", () => {
    const xml = grypeExtensionBom("v").replace(
      "</v:vulnerabilities>",
      "</v:vulnerabilities><v:vulnerabilities/>",
    );
    refused(() => parseText(xml, "cyclonedx"));
  });
});

describe("CycloneDX analysis.state: known states only", () => {
  const withState = (state: unknown) => ({
    bomFormat: "CycloneDX",
    specVersion: "1.5",
    vulnerabilities: [{ id: "CVE-2021-44228", analysis: { state } }],
  });
  it.each([
    ["not_affected", true],
    ["false_positive", true],
    ["exploitable", false],
    ["in_triage", false],
    ["resolved", false],
    ["resolved_with_pedigree", false],
  ])("%s: suppressed %s", (state, suppressed) => {
    const [f] = parseJson(withState(state), "cyclonedx");
    expect(f?.suppressed !== undefined).toBe(suppressed);
  });
  it.each(["notaffected", "NOT_AFFECTED_BY_POLICY", 3])("unknown state %j is refused", (state) => {
    refused(() => parseJson(withState(state), "cyclonedx"));
  });
});

// --- Totals ------------------------------------------------------------------------------------

const checkovReport = (summary: object, results: object) => ({
  check_type: "terraform",
  results: { passed_checks: [], failed_checks: [], skipped_checks: [], ...results },
  summary: {
    passed: 0,
    failed: 0,
    skipped: 0,
    parsing_errors: 0,
    resource_count: 1,
    checkov_version: "2.0.1",
    ...summary,
  },
});
const failedCheck = {
  check_id: "CKV_AWS_20",
  check_name: "S3 Bucket has an ACL defined which allows public READ access.",
  check_result: { result: "FAILED" },
  file_path: "/main.tf",
  file_line_range: [1, 5],
  resource: "aws_s3_bucket.data",
};
const npmV2 = (total: number, vulnerabilities: object) => ({
  auditReportVersion: 2,
  vulnerabilities,
  metadata: {
    vulnerabilities: { info: 0, low: 0, moderate: 0, high: total, critical: 0, total },
    dependencies: { prod: 2, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 1 },
  },
});
const npmV2Entry = {
  name: "minimist",
  severity: "high",
  isDirect: true,
  via: [
    {
      source: 1179,
      name: "minimist",
      title: "Prototype Pollution",
      url: "https://github.com/advisories/GHSA-vh95-rmgr-6w4m",
      severity: "high",
      range: "<0.2.1",
    },
  ],
  effects: [],
  range: "<0.2.1",
  nodes: ["node_modules/minimist"],
  fixAvailable: true,
};
const npmV1 = (high: number, advisories: object) => ({
  actions: [],
  advisories,
  muted: [],
  metadata: {
    vulnerabilities: { info: 0, low: 0, moderate: 0, high, critical: 0 },
    dependencies: 1,
    devDependencies: 0,
    optionalDependencies: 0,
    totalDependencies: 1,
  },
});
const npmV1Advisory = {
  id: 1179,
  title: "Prototype Pollution",
  module_name: "minimist",
  severity: "high",
  cves: [],
  patched_versions: ">=1.2.3",
  findings: [{ version: "0.0.8", paths: ["mkdirp>minimist", "optimist>minimist"] }],
  url: "https://npmjs.com/advisories/1179",
};
const kicsQuery = {
  query_name: "S3 Bucket ACL Allows Read Or Write to All Users",
  query_id: "38c5ee0d-7f22-4260-ab72-5073048df100",
  severity: "HIGH",
  category: "Access Control",
  files: [
    { file_name: "main.tf", line: 3, issue_type: "IncorrectValue", search_key: "aws_s3_bucket[b]" },
  ],
};
const kics = (total: number, high: number, queries: unknown[]) => ({
  kics_version: "v1.5.1",
  files_scanned: 1,
  queries_total: 1,
  queries_failed_to_execute: 0,
  queries,
  severity_counters: { HIGH: high, INFO: 0, LOW: 0, MEDIUM: 0, TRACE: 0 },
  total_counter: total,
});
const snykVuln = (id: string, path: string[]) => ({
  id,
  title: "Prototype Pollution",
  severity: "high",
  packageName: "lodash",
  name: "lodash",
  version: "4.17.15",
  from: path,
  identifiers: { CVE: ["CVE-2020-8203"] },
});
const snyk = (uniqueCount: number, vulnerabilities: unknown[]) => ({
  vulnerabilities,
  ok: vulnerabilities.length === 0,
  dependencyCount: 3,
  packageManager: "npm",
  uniqueCount,
  projectName: "app",
  filtered: { ignore: [], patch: [] },
});
const yarnAdvisory = (path: string) => ({
  type: "auditAdvisory",
  data: {
    resolution: { id: 1179, path, dev: false, optional: false, bundled: false },
    advisory: npmV1Advisory,
  },
});
const yarnSummary = (high: number) => ({
  type: "auditSummary",
  data: {
    vulnerabilities: { info: 0, low: 0, moderate: 0, high, critical: 0 },
    dependencies: 2,
    devDependencies: 0,
    optionalDependencies: 0,
    totalDependencies: 2,
  },
});
const operatorVulnReport = (summary: object, vulnerabilities: unknown[]) => ({
  apiVersion: "aquasecurity.github.io/v1alpha1",
  kind: "VulnerabilityReport",
  metadata: { name: "replicaset-nginx", namespace: "default" },
  report: {
    artifact: { repository: "library/nginx", tag: "1.16" },
    summary: {
      criticalCount: 0,
      highCount: 0,
      mediumCount: 0,
      lowCount: 0,
      unknownCount: 0,
      noneCount: 0,
      ...summary,
    },
    vulnerabilities,
  },
});
const operatorVuln = {
  vulnerabilityID: "CVE-2021-3711",
  resource: "libssl1.1",
  installedVersion: "1.1.1d",
  severity: "CRITICAL",
  score: 9.8,
};
const operatorConfigReport = (summary: object, checks: unknown[]) => ({
  apiVersion: "aquasecurity.github.io/v1alpha1",
  kind: "ConfigAuditReport",
  metadata: { name: "replicaset-nginx", namespace: "default" },
  report: {
    summary: { criticalCount: 0, highCount: 0, mediumCount: 0, lowCount: 0, ...summary },
    checks,
  },
});
const operatorCheck = (success: unknown) => ({
  checkID: "KSV014",
  title: "Root file system is not read-only",
  severity: "LOW",
  success,
});

describe("totals stated by the report must agree with its details", () => {
  const disagree: [string, string, () => Finding[]][] = [
    [
      "checkov summary.failed 1, no failed_checks",
      "checkov",
      () => parseJson(checkovReport({ failed: 1 }, {}), "checkov"),
    ],
    [
      "checkov summary.failed 2, one failed check",
      "checkov",
      () => parseJson(checkovReport({ failed: 2 }, { failed_checks: [failedCheck] }), "checkov"),
    ],
    [
      "checkov (list) second report's summary.failed 1, no failed_checks",
      "checkov",
      () =>
        parseJson(
          [
            checkovReport({ failed: 1 }, { failed_checks: [failedCheck] }),
            { ...checkovReport({ failed: 1 }, {}), check_type: "dockerfile" },
          ],
          "checkov",
        ),
    ],
    [
      "checkov summary.skipped 1, no skipped_checks",
      "checkov",
      () => parseJson(checkovReport({ skipped: 1 }, {}), "checkov"),
    ],
    [
      "npm v2 metadata total 3, empty vulnerabilities",
      "npm-audit",
      () => parseJson(npmV2(3, {}), "npm-audit"),
    ],
    [
      "npm v2 metadata high 2, one package",
      "npm-audit",
      () => parseJson(npmV2(2, { minimist: npmV2Entry }), "npm-audit"),
    ],
    [
      "npm v1 metadata high 1, empty advisories",
      "npm-audit",
      () => parseJson(npmV1(1, {}), "npm-audit"),
    ],
    [
      "npm v1 metadata high 1, two high advisories (each has at least one path)",
      "npm-audit",
      () =>
        parseJson(
          npmV1(1, { 1179: npmV1Advisory, 1180: { ...npmV1Advisory, id: 1180, module_name: "y" } }),
          "npm-audit",
        ),
    ],
    [
      "npm v1 metadata critical 1, no critical advisory",
      "npm-audit",
      () =>
        parseJson(
          {
            ...npmV1(2, { 1179: npmV1Advisory }),
            metadata: { vulnerabilities: { high: 2, critical: 1 } },
          },
          "npm-audit",
        ),
    ],
    [
      "yarn 2/3 (npm v1 shape) metadata high 1, empty advisories",
      "yarn-audit",
      () => parseJson(npmV1(1, {}), "yarn-audit"),
    ],
    ["kics total_counter 1, no queries", "kics", () => parseJson(kics(1, 1, []), "kics")],
    ["kics HIGH 2, one HIGH file", "kics", () => parseJson(kics(1, 2, [kicsQuery]), "kics")],
    ["snyk uniqueCount 2, no vulnerabilities", "snyk", () => parseJson(snyk(2, []), "snyk")],
    [
      "snyk uniqueCount 2, one issue on two paths",
      "snyk",
      () =>
        parseJson(
          snyk(2, [
            snykVuln("SNYK-JS-LODASH-590103", ["app", "lodash"]),
            snykVuln("SNYK-JS-LODASH-590103", ["app", "x", "lodash"]),
          ]),
          "snyk",
        ),
    ],
    [
      "snyk (list) second project uniqueCount 1, none",
      "snyk",
      () => parseJson([snyk(0, []), snyk(1, [])], "snyk"),
    ],
    [
      "yarn 1 auditSummary high 2, no advisories",
      "yarn-audit",
      () => parseLines([yarnSummary(2)], "yarn-audit"),
    ],
    [
      "yarn 1 auditSummary high 2, one advisory line",
      "yarn-audit",
      () => parseLines([yarnAdvisory("mkdirp>minimist"), yarnSummary(2)], "yarn-audit"),
    ],
    [
      "trivy-operator criticalCount 1, no vulnerabilities",
      "trivy-operator",
      () => parseJson(operatorVulnReport({ criticalCount: 1 }, []), "trivy-operator"),
    ],
    [
      "trivy-operator lowCount 1, no failed check",
      "trivy-operator",
      () =>
        parseJson(operatorConfigReport({ lowCount: 1 }, [operatorCheck(true)]), "trivy-operator"),
    ],
  ];
  it.each(disagree)("%s: refused with both numbers", (_name, _format, run) => {
    const err = refused(run);
    expect(err.message).toMatch(/\d+.*\d+/);
  });

  const agree: [string, () => Finding[], number][] = [
    [
      "checkov summary.failed 1, one failed check",
      () => parseJson(checkovReport({ failed: 1 }, { failed_checks: [failedCheck] }), "checkov"),
      1,
    ],
    ["npm v2 one package", () => parseJson(npmV2(1, { minimist: npmV2Entry }), "npm-audit"), 1],
    [
      "pnpm rewrites paths: high 5 for one advisory listing two paths",
      () => parseJson(npmV1(5, { 1179: npmV1Advisory }), "npm-audit"),
      1,
    ],
    [
      "npm v1 counts paths (npm 6): high 2 for one advisory on two paths",
      () => parseJson(npmV1(2, { 1179: npmV1Advisory }), "npm-audit"),
      1,
    ],
    ["kics one HIGH file", () => parseJson(kics(1, 1, [kicsQuery]), "kics"), 1],
    [
      "kics TRACE is not in total_counter (KICS counts it apart)",
      () =>
        parseJson(
          { ...kics(1, 1, [kicsQuery]), severity_counters: { HIGH: 1, TRACE: 62 } },
          "kics",
        ),
      1,
    ],
    [
      "snyk uniqueCount counts issue ids, not paths",
      () =>
        parseJson(
          snyk(1, [
            snykVuln("SNYK-JS-LODASH-590103", ["app", "lodash"]),
            snykVuln("SNYK-JS-LODASH-590103", ["app", "x", "lodash"]),
          ]),
          "snyk",
        ),
      2,
    ],
    [
      "yarn 1 auditSummary counts advisory lines (one per path)",
      () =>
        parseLines(
          [yarnAdvisory("mkdirp>minimist"), yarnAdvisory("optimist>minimist"), yarnSummary(2)],
          "yarn-audit",
        ),
      1,
    ],
    [
      "trivy-operator criticalCount 1, one critical",
      () => parseJson(operatorVulnReport({ criticalCount: 1 }, [operatorVuln]), "trivy-operator"),
      1,
    ],
  ];
  it.each(agree)("%s", (_name, run, count) => {
    expect(run()).toHaveLength(count);
  });

  // Every real report of these formats states totals that the parsed details agree with.
  const FORMATS = [
    "checkov",
    "cyclonedx",
    "kics",
    "npm-audit",
    "snyk",
    "yarn-audit",
    "pip-audit",
    "hadolint",
    "trivy-operator",
  ];
  const files = FORMATS.flatMap((format) =>
    [REAL, SHARED_REAL].flatMap((root) => {
      const dir = join(root, format);
      return existsSync(dir) ? readdirSync(dir).map((f) => [join(dir, f), format] as const) : [];
    }),
  );
  // hadolint's empty array names no tool: only a forced format reads it.
  it.each(files)("real fixture %s parses (its totals agree)", (path, format) => {
    expect(() =>
      loadReport({ path, format: format === "hadolint" ? format : undefined }),
    ).not.toThrow();
  });
});

// --- Containers of an unexpected shape -----------------------------------------------------------

describe("a container of findings with an unexpected shape is an error, never zero findings", () => {
  const bad = [{ not: "a list" }, "text", 3];
  const places: [string, string, (x: unknown) => unknown][] = [
    ["checkov results.failed_checks", "checkov", (x) => checkovReport({}, { failed_checks: x })],
    ["checkov results.skipped_checks", "checkov", (x) => checkovReport({}, { skipped_checks: x })],
    [
      "checkov failed_checks element",
      "checkov",
      (x) => checkovReport({ failed: 1 }, { failed_checks: [x] }),
    ],
    ["kics queries[].files", "kics", (x) => kics(0, 0, [{ ...kicsQuery, files: x }])],
    ["kics queries element", "kics", (x) => kics(0, 0, [x])],
    ["kics files element", "kics", (x) => kics(1, 1, [{ ...kicsQuery, files: [x] }])],
    ["npm v2 via", "npm-audit", (x) => npmV2(1, { minimist: { ...npmV2Entry, via: x } })],
    ["npm v1 advisories entry", "npm-audit", (x) => npmV1(0, { 1179: x })],
    [
      "npm v1 advisory findings",
      "npm-audit",
      (x) => npmV1(0, { 1179: { ...npmV1Advisory, findings: x } }),
    ],
    ["snyk vulnerabilities element", "snyk", (x) => snyk(1, [x])],
    ["snyk applications", "snyk", (x) => ({ ...snyk(0, []), applications: x })],
    [
      "snyk applications[].vulnerabilities",
      "snyk",
      (x) => ({ ...snyk(0, []), applications: [{ vulnerabilities: x }] }),
    ],
    ["snyk filtered.ignore", "snyk", (x) => ({ ...snyk(0, []), filtered: { ignore: x } })],
    [
      "snyk infrastructureAsCodeIssues element",
      "snyk",
      (x) => ({
        ok: false,
        projectType: "terraform",
        vulnerabilities: [],
        infrastructureAsCodeIssues: [x],
      }),
    ],
    [
      "pip-audit vulns",
      "pip-audit",
      (x) => ({ dependencies: [{ name: "django", version: "3.2", vulns: x }], fixes: [] }),
    ],
    [
      "pip-audit vulns element",
      "pip-audit",
      (x) => ({ dependencies: [{ name: "django", version: "3.2", vulns: [x] }], fixes: [] }),
    ],
    ["pip-audit dependencies", "pip-audit", (x) => ({ dependencies: x, fixes: [] })],
    [
      "trivy-operator report.vulnerabilities",
      "trivy-operator",
      (x) => ({ ...operatorVulnReport({}, []), report: { vulnerabilities: x } }),
    ],
    [
      "trivy-operator report.checks",
      "trivy-operator",
      (x) => ({ ...operatorConfigReport({}, []), report: { checks: x } }),
    ],
    [
      "trivy-operator report.secrets",
      "trivy-operator",
      (x) => ({
        ...operatorConfigReport({}, []),
        kind: "ExposedSecretReport",
        report: { secrets: x },
      }),
    ],
    [
      "trivy-operator report.vulnerabilities element",
      "trivy-operator",
      (x) => ({ ...operatorVulnReport({}, []), report: { vulnerabilities: [x] } }),
    ],
    [
      "trivy-operator List items element",
      "trivy-operator",
      (x) => ({ apiVersion: "v1", kind: "List", items: [operatorVulnReport({}, []), x] }),
    ],
    [
      "cyclonedx vulnerabilities",
      "cyclonedx",
      (x) => ({ bomFormat: "CycloneDX", specVersion: "1.4", vulnerabilities: x }),
    ],
    [
      "cyclonedx vulnerabilities element",
      "cyclonedx",
      (x) => ({ bomFormat: "CycloneDX", specVersion: "1.4", vulnerabilities: [x] }),
    ],
    [
      "cyclonedx affects",
      "cyclonedx",
      (x) => ({
        bomFormat: "CycloneDX",
        specVersion: "1.4",
        vulnerabilities: [{ id: "CVE-1", affects: x }],
      }),
    ],
    [
      "cyclonedx ratings",
      "cyclonedx",
      (x) => ({
        bomFormat: "CycloneDX",
        specVersion: "1.4",
        vulnerabilities: [{ id: "CVE-1", ratings: x }],
      }),
    ],
    [
      "cyclonedx components",
      "cyclonedx",
      (x) => ({ bomFormat: "CycloneDX", specVersion: "1.4", components: x }),
    ],
    [
      "cyclonedx nested components",
      "cyclonedx",
      (x) => ({
        bomFormat: "CycloneDX",
        specVersion: "1.4",
        components: [{ name: "a", components: x }],
      }),
    ],
    [
      "cyclonedx component vulnerabilities (extension)",
      "cyclonedx",
      (x) => ({
        bomFormat: "CycloneDX",
        specVersion: "1.3",
        components: [{ name: "a", vulnerabilities: x }],
      }),
    ],
  ];
  // An element of the wrong shape: an object may be a (bad) finding, so only non-objects here.
  const rows = places.flatMap(([name, format, build]) =>
    (/element|entry/.test(name) ? bad.slice(1) : bad).map((x) => [name, format, build, x] as const),
  );
  it.each(rows)("%s = %j", (_name, format, build, x) => {
    refused(() => parseJson(build(x), format));
  });

  it("yarn 1: an auditAdvisory line without an advisory object is refused", () => {
    refused(() =>
      parseLines(
        [{ type: "auditAdvisory", data: { advisory: "x" } }, yarnSummary(0)],
        "yarn-audit",
      ),
    );
  });
  it("ztgate: the reports list of parse output must hold objects", () => {
    refused(() => parseJson({ reports: [{ format: "trivy", findings: [] }, 3] }, "ztgate"));
  });
});

// --- Statuses that decide whether a finding counts -----------------------------------------------

describe("a status value the parser does not know is refused or counted, never a silent skip", () => {
  it.each([["PASSED"], ["UNKNOWN"], [7]])(
    "checkov failed check with check_result.result %j is refused",
    (result) => {
      const doc = checkovReport(
        { failed: 1 },
        { failed_checks: [{ ...failedCheck, check_result: { result } }] },
      );
      refused(() => parseJson(doc, "checkov"));
    },
  );

  it("checkov skipped checks (an inline checkov:skip the change may add) are findings, suppressed", () => {
    const skipped = {
      ...failedCheck,
      check_result: { result: "SKIPPED", suppress_comment: "accepted risk" },
    };
    const findings = parseJson(
      checkovReport({ skipped: 1 }, { skipped_checks: [skipped] }),
      "checkov",
    );
    expect(findings.map((f) => [f.id, f.suppressed?.kind, f.suppressed?.justification])).toEqual([
      ["CKV_AWS_20", "checkov skip comment", "accepted risk"],
    ]);
  });

  it.each([["true"], [1], [null], ["false"]])(
    "trivy-operator check success %j is refused",
    (success) => {
      refused(() =>
        parseJson(
          operatorConfigReport({ lowCount: 1 }, [operatorCheck(success)]),
          "trivy-operator",
        ),
      );
    },
  );
  it("trivy-operator check success false counts, true does not", () => {
    const doc = operatorConfigReport({ lowCount: 1 }, [
      operatorCheck(false),
      { ...operatorCheck(true), checkID: "KSV001" },
    ]);
    expect(parseJson(doc, "trivy-operator").map((f) => f.id)).toEqual(["KSV014"]);
  });

  it.each([["true"], [1]])("snyk IaC isIgnored %j is refused", (isIgnored) => {
    const doc = {
      ok: false,
      projectType: "terraform",
      targetFile: "main.tf",
      vulnerabilities: [],
      infrastructureAsCodeIssues: [{ id: "SNYK-CC-TF-1", title: "x", severity: "high", isIgnored }],
    };
    refused(() => parseJson(doc, "snyk"));
  });

  it("npm v1: a non-empty muted list (advisories hidden from the report) is refused", () => {
    refused(() => parseJson({ ...npmV1(0, {}), muted: [{ id: 1179, path: "a>b" }] }, "npm-audit"));
  });
});

// --- Snyk's filtered lists ---------------------------------------------------------------------

describe("Snyk issues moved to filtered.* are kept, never dropped", () => {
  const vuln = snykVuln("SNYK-JS-LODASH-590103", ["app@1.0.0", "lodash@4.17.15"]);
  it("a patched issue (filtered.patch) is a finding marked suppressed by the patch", () => {
    const findings = parseJson({ ...snyk(0, []), filtered: { ignore: [], patch: [vuln] } }, "snyk");
    expect(findings.map((f) => [f.id, f.suppressed?.kind])).toEqual([
      ["SNYK-JS-LODASH-590103", "snyk patch"],
    ]);
  });
  it("a filtered list this parser does not know is exit 2", () => {
    const doc = { ...snyk(0, []), filtered: { ignore: [], patch: [], waived: [vuln] } };
    expect(refused(() => parseJson(doc, "snyk")).message).toMatch(/filtered\.waived/);
  });
});
