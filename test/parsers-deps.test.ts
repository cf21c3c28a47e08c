// Field normalisation of the dependency-scanner parsers, row by row on real fixtures: each row
// picks one finding by id and package and states what the raw report says about it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cvss3BaseScore } from "../src/model/cvss.js";
import { fingerprintOf } from "../src/model/fingerprint.js";
import type { Finding } from "../src/model/finding.js";
import { loadReport, type ParsedReport } from "../src/reports/read.js";
import { ztgate } from "./helpers/cli.js";
import { REAL } from "./helpers/manifest.js";

const cache = new Map<string, ParsedReport>();
function parsed(file: string, format?: string): ParsedReport {
  const key = `${format ?? ""}:${file}`;
  if (!cache.has(key)) cache.set(key, loadReport({ path: join(REAL, file), format }));
  return cache.get(key)!;
}

function pick(file: string, id: string, pkg?: string): Finding {
  const found = parsed(file).findings.filter(
    (f) => f.id === id && (pkg === undefined || f.package?.name === pkg),
  );
  // Snyk repeats an issue once per dependency path: those copies share one fingerprint.
  expect(found.length, `${file}: ${id} ${pkg ?? ""}`).toBeGreaterThan(0);
  expect(new Set(found.map((f) => f.fingerprint)).size).toBe(1);
  return found[0]!;
}

type Row = [file: string, id: string, pkg: string | undefined, expected: Partial<Finding>];

const ROWS: Row[] = [
  // grype: tool word, old (0.7) and new shapes, epss, related CVE as alias, image vs directory
  [
    "grype/many_vulns_with_epss_values.json",
    "CVE-2022-28391",
    "busybox",
    { severity: "high", cvss: 8.8, epss: 0.0719, layer: "image", target: "busybox:1.32.1" },
  ],
  ["grype/check_all_fields.json", "CVE-2004-0971", "libgssapi-krb5-2", { severity: "info" }],
  [
    "grype/many_vulns.json",
    "CVE-2020-35492",
    "libcairo-script-interpreter2",
    { severity: "unknown", cvss: undefined },
  ],
  [
    "grype/many_vulns.json",
    "CVE-2020-36221",
    "libldap-2.4-2",
    { fix: { available: true, versions: ["2.4.47+dfsg-3+deb10u5"] } },
  ],
  [
    "grype/dd-samples__juice_shop-grype-sca.json",
    "GHSA-78wr-2p64-hpwj",
    "commons-io:commons-io",
    {
      package: {
        name: "commons-io:commons-io",
        version: "2.4",
        ecosystem: "java-archive",
        purl: "pkg:maven/commons-io/commons-io@2.4",
      },
      aliases: ["CVE-2024-47554"],
      severity: "high",
      cvss: 7.5,
      layer: "dependency",
      fix: { available: true, versions: ["2.14.0"] },
      location: { path: "/frontend/node_modules/font-mfizz/blaze.jar" },
    },
  ],
  // npm audit v1: CVE as id when there is no GHSA, CWE string, null and "CWE-" CWEs, range fix
  [
    "npm-audit/one_vuln.json",
    "CVE-2017-16042",
    "growl",
    {
      severity: "critical",
      cwe: ["CWE-94"],
      fix: { available: true, versions: [">=1.10.2"] },
      package: { name: "growl", version: "1.9.2", ecosystem: "npm", purl: "pkg:npm/growl@1.9.2" },
    },
  ],
  ["npm-audit/cwe_null.json", "CVE-2017-16042", "growl", { cwe: [] }],
  ["npm-audit/many_vuln.json", "CVE-2017-16138", "mime", { cwe: [], severity: "medium" }],
  [
    "npm-audit/multiple_cwes.json",
    "GHSA-whgm-jr23-g3j9",
    "ansi-html",
    { aliases: ["CVE-2021-23424"], severity: "high", cwe: ["CWE-400"] },
  ],
  // npm audit v2: own advisory with CVSS, inherited advisory and a fix through a parent
  [
    "npm-audit/npm7plus__many_vulns.json",
    "GHSA-gxpj-cx7g-858c",
    "debug",
    { severity: "medium", cvss: 5.3, cwe: ["CWE-400"] },
  ],
  [
    "npm-audit/npm7plus__many_vulns.json",
    "GHSA-gxpj-cx7g-858c",
    "@vercel/fun",
    { fix: { available: true, versions: ["vercel@32.3.0"] } },
  ],
  [
    "npm-audit/npm7plus__many_vulns.json",
    "GHSA-gxpj-cx7g-858c",
    "vercel",
    { fix: { available: true, versions: ["32.3.0"] }, severity: "medium" },
  ],
  // yarn 1 and yarn 4
  [
    "yarn-audit/audit-ci__yarn-4-high_output.json",
    "GHSA-hrpp-h998-j3pp",
    "qs",
    {
      severity: "high",
      package: { name: "qs", version: "6.10.2", ecosystem: "npm", purl: "pkg:npm/qs@6.10.2" },
    },
  ],
  [
    "yarn-audit/yarn2_audit_issue9911.json",
    "@babel/plugin-proposal-class-properties (deprecation)",
    "@babel/plugin-proposal-class-properties",
    { severity: "medium" },
  ],
  // pip-audit states no severity: unknown, never low
  [
    "pip-audit/many_vulns_new.json",
    "PYSEC-2021-76",
    "aiohttp",
    {
      severity: "unknown",
      fix: { available: true, versions: ["3.7.4"] },
      package: {
        name: "aiohttp",
        version: "3.6.2",
        ecosystem: "pypi",
        purl: "pkg:pypi/aiohttp@3.6.2",
      },
    },
  ],
  // osv-scanner: database word, CVSS computed from the vector, purl completed with the version
  [
    "osv-scanner/many_findings.json",
    "GHSA-25mq-v84q-4j7r",
    "guzzlehttp/guzzle",
    {
      severity: "high",
      cvss: 7.7,
      aliases: ["CVE-2022-31090"],
      cwe: ["CWE-200", "CWE-212"],
      fix: { available: true, versions: ["6.5.8", "7.4.5"] },
      package: {
        name: "guzzlehttp/guzzle",
        version: "6.3.3",
        ecosystem: "Packagist",
        purl: "pkg:composer/guzzlehttp/guzzle@6.3.3",
      },
    },
  ],
  [
    "osv-scanner/some_findings.json",
    "MAL-2023-1035",
    "flot-axis",
    { cwe: ["CWE-506"], severity: "unknown" },
  ],
  // snyk: CVE alias, CWE, score, fixedIn, manifest path, container layer, EPSS, ignores
  [
    "snyk/single_project_one_vuln.json",
    "SNYK-JAVA-ORGAPACHESANTUARIO-460281",
    "org.apache.santuario:xmlsec",
    {
      aliases: ["CVE-2019-12400"],
      cwe: ["CWE-611"],
      cvss: 6.5,
      severity: "medium",
      fix: { available: true, versions: ["2.1.4"] },
      location: { path: "pom.xml" },
      layer: "dependency",
    },
  ],
  [
    "snyk/snykcontainer_issue_9270.json",
    "SNYK-DEBIAN11-GCC10-5901313",
    "libgcc-s1",
    { layer: "image", epss: 0.00046, severity: "low", fix: { available: false, versions: [] } },
  ],
  [
    "snyk/dd-samples__snyk_iac_scan.json",
    "SNYK-CC-TF-47",
    undefined,
    {
      layer: "iac",
      severity: "medium",
      location: {
        path: "infrastructure\\application-load-balancer\\cdk.out\\LoadBalancerStack.template.json",
        startLine: 793,
      },
    },
  ],
  // snyk licence policy issues are licence findings
  [
    "snyk/dd-samples__jenkins_snyk.json",
    "snyk:lic:maven:com.github.jnr:jnr-posix:(EPL-1.0_OR_GPL-2.0_OR_GPL-3.0)",
    "com.github.jnr:jnr-posix",
    { layer: "license", severity: "medium" },
  ],
  // cyclonedx: JSON and XML, ratings, CWE numbers, VEX analysis
  [
    "cyclonedx/log4j.xml",
    "CVE-2021-44228",
    "log4j-core",
    { severity: "critical", cvss: 10, layer: "dependency" },
  ],
  [
    "cyclonedx/trivy-golden__npm-cyclonedx.json",
    "CVE-2019-11358",
    "jquery",
    { severity: "medium", cvss: 6.1, cwe: ["CWE-79"] },
  ],
  [
    "cyclonedx/issue_8022.json",
    "SNYK-JAVA-COMFASTERXMLJACKSONCORE-32111",
    "com.fasterxml.jackson.core:jackson-databind",
    {
      severity: "critical",
      cwe: ["CWE-184", "CWE-502"],
      suppressed: {
        kind: "cyclonedx not_affected",
        justification:
          "code_not_reachable: An optional explanation of why the application is not affected by the vulnerable component.",
      },
    },
  ],
];

describe("dependency parsers normalise fields from real reports", () => {
  it.each(ROWS)("%s %s %s", (file, id, pkg, expected) => {
    const f = pick(file, id, pkg);
    for (const [key, value] of Object.entries(expected)) {
      expect(f[key as keyof Finding], key).toEqual(value);
    }
  });

  it("keeps the jenkins issues a .snyk policy ignored, marked suppressed with its reason", () => {
    const f = parsed("snyk/dd-samples__jenkins_snyk.json").findings.filter((x) => x.suppressed);
    expect(f).toHaveLength(2);
    expect(f[0]!.id).toBe("SNYK-JAVA-ORGJENKINSCIPLUGINS-32150");
    expect(f[0]!.suppressed?.kind).toBe("snyk ignore (expires 2020-01-01T00:00:00.000Z)");
    expect(f[0]!.suppressed?.justification).toMatch(/^Plugin is at version 1\.23/);
  });

  it("reads the same findings from a CycloneDX BOM as JSON and as XML", () => {
    const strip = (r: ParsedReport) =>
      r.findings.map((f) => [f.fingerprint, f.severity, f.cvss, f.package?.purl]);
    expect(strip(parsed("cyclonedx/log4j.xml"))).toEqual(strip(parsed("cyclonedx/log4j.json")));
  });

  it("takes report timestamps where the format has one", () => {
    expect(parsed("grype/issue_9618.json").createdAt).toBe("2024-02-22T18:46:26.372Z");
    expect(parsed("cyclonedx/jake2.json").createdAt).toBe("2022-01-28T07:05:16.397Z");
  });

  it("labels an advisories map as yarn-audit when forced, as npm-audit when detected", () => {
    const file = "yarn-audit/issue_6495.json";
    expect(parsed(file).format).toBe("npm-audit");
    const forced = parsed(file, "yarn-audit");
    expect(forced.format).toBe("yarn-audit");
    expect(forced.findings.map((f) => f.fingerprint)).toEqual(
      parsed(file).findings.map((f) => f.fingerprint),
    );
    expect(new Set(forced.findings.map((f) => f.tool))).toEqual(new Set(["yarn-audit"]));
  });

  it.each([
    "grype/many_vulns.json",
    "grype/dd-samples__juice_shop-grype-sca.json",
    "grype/check_all_fields.json",
  ])("%s: grype duplicate matches are merged into one finding per fingerprint", (file) => {
    const prints = parsed(file).findings.map((f) => f.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe("grype fields that the real fixtures predate (schema of grype 0.87+)", () => {
  const report = () => loadReport({ path: "test/data/deps/grype-kev-ignored.json" });

  it("reads KEV, EPSS and CWE objects", () => {
    const f = report().findings.find((x) => x.id === "CVE-2023-44487")!;
    expect(f).toMatchObject({ kev: true, epss: 0.94, cwe: ["CWE-400"], layer: "dependency" });
    expect(f.fix).toEqual({ available: true, versions: ["0.17.0"] });
  });

  it("keeps ignored matches, marked suppressed with the VEX statement", () => {
    const f = report().findings.find((x) => x.id === "CVE-2024-0001")!;
    expect(f.layer).toBe("image");
    expect(f.suppressed).toEqual({
      kind: "grype vex not_affected",
      justification: "vulnerable_code_not_in_execute_path",
    });
  });
});

describe("CVSS v3 base scores from vectors", () => {
  it.each([
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", 5.3],
    ["CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", 5.5],
    ["CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:N/A:N", 7.7],
    ["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0],
  ])("%s → %d", (vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score);
  });

  it.each(["AV:N/AC:L/Au:N/C:P/I:P/A:P", "CVSS:3.1/AV:N/AC:L", "CVSS:4.0/AV:N/AC:L/AT:N"])(
    "%s is not a scorable v3 vector",
    (vector) => expect(cvss3BaseScore(vector)).toBeUndefined(),
  );
});

describe("fingerprints", () => {
  it("treat a Go module's v1.2.3 and 1.2.3 as the same version", () => {
    const base = { id: "CVE-2024-1", aliases: [], package: { name: "golang.org/x/net" } };
    expect(fingerprintOf({ ...base, package: { ...base.package, version: "v0.22.0" } })).toBe(
      fingerprintOf({ ...base, package: { ...base.package, version: "0.22.0" } }),
    );
    expect(fingerprintOf({ ...base, package: { ...base.package, version: "0.22.0" } })).not.toBe(
      fingerprintOf({ ...base, package: { ...base.package, version: "0.23.0" } }),
    );
  });
});

describe("dependency scanners' error-only reports fail closed with the tool's code", () => {
  it.each([
    ["yarn-econnrefused.json", "ECONNREFUSED"],
    ["yarn-error-lines.jsonl", "EAI_AGAIN"],
    ["snyk-error.json", "SNYK-CLI-0008"],
    ["snyk-all-projects-error.json", "snyk-error"],
    ["npm7-eaudit.json", "EAUDITNOPJSON"],
    ["npm-audit-http-405.json", "E405 (405 Method Not Allowed - POST"],
  ])("%s → exit 2, %s", async (file, code) => {
    const path = join("test/data/deps", file);
    const r = await ztgate(["check", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path}: is an error report, not scan results: ${code}`);
  });
});

describe("detection refuses what is not a report", () => {
  it("a package.json, even one with a results key, is an unrecognised format", async () => {
    const r = await ztgate(["parse", "test/data/deps/package.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/package\.json: unrecognised format/);
  });

  it("CycloneDX XML declaring entities is refused, not expanded", async () => {
    const r = await ztgate(["parse", "test/data/deps/cyclonedx-entity.xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cyclonedx-entity\.xml: XML with a DOCTYPE or entity declaration is refused/,
    );
  });
});
