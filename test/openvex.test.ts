// -o openvex (issue 18, "VEX out"): a statement per waived or ignored finding, valid against
// the vendored OpenVEX schema, with a status ztgate can stand behind when Trivy or Grype read
// it back with --vex (they drop not_affected and fixed; docs/policy.md, OpenVEX output).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ociPurl } from "../src/reporters/openvex-statement.js";
import { ztgate } from "./helpers/cli.js";
import { openvexSchemaErrors } from "./helpers/openvex-schema.js";

const ROOT = join(import.meta.dirname, "..");
const tmp = mkdtempSync(join(tmpdir(), "ztgate-openvex-"));
const IMAGE = "fixtures/real/trivy/scheme_2_many_vulns.json";
const NPM_VEX = "fixtures/real/trivy/trivy-golden__npm-with-suppressed.json";
const CDX = "fixtures/real/cyclonedx/issue_8022.json";
const NOW = new Date("2026-11-22T00:00:00Z");

interface Statement {
  vulnerability: { name: string; aliases?: string[] };
  products: { "@id": string; subcomponents?: { "@id": string }[] }[];
  status: string;
  justification?: string;
  impact_statement?: string;
  action_statement?: string;
  status_notes?: string;
}
interface Doc {
  "@context": string;
  timestamp: string;
  statements: Statement[];
}

function policy(name: string, body: string): string {
  const path = join(tmp, name);
  writeFileSync(path, `version: 1\n${body}`);
  return path;
}

const ALPINE = "fixtures/real/trivy/trivy-golden__alpine-310.json";
const ALPINE_OCI =
  "pkg:oci/alpine-310.tar.gz?repository_url=index.docker.io/testdata/fixtures/images/alpine-310.tar.gz";
// The not_affected waiver is scoped to one package: its statement names that package only.
const ALPINE_WAIVERS = `waivers:
  - id: CVE-2019-1549
    reason: OpenSSL fork protection is not relied on here
    owner: platform-team
    expires: 2026-12-31
  - id: CVE-2019-1551
    package: libssl1.1
    reason: rsaz_512_sqr overflow is not reachable from our TLS use
    owner: platform-team
    expires: 2026-12-31
    vex-justification: vulnerable_code_not_in_execute_path
`;
const WAIVERS = `waivers:
  - id: CVE-2020-28196
    reason: krb5 ASN.1 encoding is never reached in this image
    owner: platform-team
    expires: 2026-12-31
  - id: CVE-2019-12900
    reason: bzip2 decompression is not reachable
    owner: platform-team
    expires: 2026-12-31
    vex-justification: vulnerable_code_not_in_execute_path
`;

async function vexOf(reports: string[], policyPath: string): Promise<Doc> {
  const out = join(tmp, `${Math.random().toString(36).slice(2)}.openvex.json`);
  const r = await ztgate(["check", ...reports, "--policy", policyPath, "-o", `openvex=${out}`], {
    cwd: ROOT,
    now: NOW,
  });
  expect(r.code, r.stderr).toBeLessThan(2);
  return JSON.parse(readFileSync(out, "utf8")) as Doc;
}

/** "ID status [justification] product[>subcomponent]" per statement, sorted. */
const summary = (doc: Doc) =>
  doc.statements
    .map((s) =>
      [
        s.vulnerability.name,
        s.status,
        s.justification ?? "-",
        s.products
          .map((p) => [p["@id"], ...(p.subcomponents ?? []).map((c) => c["@id"])].join(">"))
          .join(","),
      ].join(" "),
    )
    .sort();

describe("statements: what was waived or ignored, with a status scanners may act on", () => {
  const rows: [string, string[], string, string[]][] = [
    [
      "a waiver is accepted risk (affected); one with vex-justification is not_affected",
      [ALPINE],
      ALPINE_WAIVERS,
      [
        `CVE-2019-1549 affected - ${ALPINE_OCI}>pkg:apk/alpine/libcrypto1.1@1.1.1c-r0?arch=x86_64&distro=3.10.2`,
        `CVE-2019-1549 affected - ${ALPINE_OCI}>pkg:apk/alpine/libssl1.1@1.1.1c-r0?arch=x86_64&distro=3.10.2`,
        `CVE-2019-1551 not_affected vulnerable_code_not_in_execute_path ${ALPINE_OCI}>pkg:apk/alpine/libssl1.1@1.1.1c-r0?arch=x86_64&distro=3.10.2`,
      ],
    ],
    // The image alone would state the vulnerability for every package in it.
    ["an image finding whose package has no purl gets no statement", [IMAGE], WAIVERS, []],
    [
      "a Trivy VEX suppression the policy honours is not_affected with Trivy's justification",
      [NPM_VEX],
      "settings:\n  scanner-suppressions: honour\n",
      ["CVE-2017-16137 not_affected vulnerable_code_not_in_execute_path pkg:npm/debug@3.0.1"],
    ],
    [
      "a CycloneDX not_affected the policy honours: its text is the impact statement",
      [CDX],
      "settings:\n  scanner-suppressions: require-justification\n",
      ["CVE-2018-7489 not_affected - pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.4"],
    ],
    [
      "a rule's ignore is the policy's choice, not a claim: affected",
      [NPM_VEX],
      "rules:\n  - id: ignore-debug\n    when: { package: debug }\n    action: ignore\n",
      [
        "CVE-2017-16137 affected - pkg:npm/debug@3.0.1",
        "CVE-2017-20165 affected - pkg:npm/debug@3.0.1",
      ],
    ],
  ];
  it.each(rows)("%s", async (_name, reports, body, expected) => {
    const doc = await vexOf(reports, policy(`p${expected.length}${body.length}.yml`, body));
    expect(summary(doc)).toEqual(expected);
    // An empty document is the one documented departure from the schema (minItems 1).
    const empty = "data/statements must NOT have fewer than 1 items";
    expect(openvexSchemaErrors(doc)).toBe(expected.length > 0 ? "" : empty);
    expect(doc.timestamp).toBe(NOW.toISOString());
    for (const s of doc.statements) {
      if (s.status === "affected") expect(s.action_statement).toMatch(/^(accepted risk|none): /);
      if (s.status === "not_affected") expect(s.impact_statement ?? s.justification).toBeTruthy();
    }
  });

  it("names the product as the scanner wrote it, so trivy --vex can match it back", async () => {
    const doc = await vexOf(
      [NPM_VEX],
      policy("honour.yml", "settings:\n  scanner-suppressions: honour\n"),
    );
    const report = JSON.parse(readFileSync(join(ROOT, NPM_VEX), "utf8")) as {
      Results: {
        ExperimentalModifiedFindings?: {
          Finding: { VulnerabilityID: string; PkgIdentifier: { PURL: string } };
        }[];
      }[];
    };
    const modified = report.Results.flatMap((r) => r.ExperimentalModifiedFindings ?? []);
    expect(doc.statements.map((s) => [s.vulnerability.name, s.products[0]!["@id"]])).toEqual(
      modified.map((m) => [m.Finding.VulnerabilityID, m.Finding.PkgIdentifier.PURL]),
    );
  });

  it("a suppression the policy only reports gives no statement (an empty document)", async () => {
    const doc = await vexOf(
      [NPM_VEX],
      policy("report-only.yml", "settings:\n  scanner-suppressions: report-only\n"),
    );
    expect(doc.statements).toEqual([]);
    // The one departure from the schema, documented: it asks for at least one statement.
    expect(openvexSchemaErrors(doc)).toBe("data/statements must NOT have fewer than 1 items");
  });
});

// A statement names the finding's own package at its version, or is not made: the purl comes
// from the report, and one without a version, or naming another package or version, made a
// suppression or a package-scoped waiver claim not_affected for products it never covered.
describe("a statement's product is exactly the finding's package", () => {
  const HONOUR = "settings:\n  scanner-suppressions: honour\n";
  const rows: [string, string, string[]][] = [
    ["the purl Trivy wrote", "pkg:npm/debug@3.0.1", ["pkg:npm/debug@3.0.1"]],
    ["with qualifiers", "pkg:npm/debug@3.0.1?arch=x", ["pkg:npm/debug@3.0.1?arch=x"]],
    ["no version (every version)", "pkg:npm/debug", []],
    ["another version", "pkg:npm/debug@4.0.0", []],
    ["another package", "pkg:npm/express@3.0.1", []],
    ["another package in a namespace", "pkg:npm/debug/express@3.0.1", []],
    ["a version hidden in a qualifier", "pkg:npm/express?v=@3.0.1", []],
    ["a subpath", "pkg:npm/debug@3.0.1#lib/other", []],
    ["not a purl", "debug@3.0.1", []],
  ];
  it.each(rows)("%s: %s", async (_what, purl, products) => {
    const report = readFileSync(join(ROOT, NPM_VEX), "utf8").replaceAll(
      '"PURL": "pkg:npm/debug@3.0.1"',
      `"PURL": ${JSON.stringify(purl)}`,
    );
    const path = join(tmp, `purl-${rows.findIndex((r) => r[1] === purl)}.json`);
    writeFileSync(path, report);
    const doc = await vexOf([path], policy("honour-purl.yml", HONOUR));
    expect(doc.statements.flatMap((s) => s.products.map((p) => p["@id"]))).toEqual(products);
  });
});

describe("the schema check tells documents apart (real OpenVEX files)", () => {
  const VALID = new Set([
    "go-vex__pkg_vex_testdata_v0.2.0.json",
    "secobserve__so_openvex_2020_0001_0001.json",
    "vexctl__examples_openvex_demo.vex.json",
  ]);
  const files = readdirSync(join(ROOT, "fixtures/real/openvex")).sort();
  it.each(files)("%s", (file) => {
    const doc = JSON.parse(
      readFileSync(join(ROOT, "fixtures/real/openvex", file), "utf8"),
    ) as unknown;
    if (VALID.has(file)) expect(openvexSchemaErrors(doc)).toBe("");
    else expect(openvexSchemaErrors(doc)).not.toBe("");
  });
});

describe("image references as pkg:oci purls", () => {
  const HEX = "a".repeat(64);
  const rows: [string, string | undefined][] = [
    ["teamdojo:latest", "pkg:oci/teamdojo?repository_url=index.docker.io/library/teamdojo"],
    ["acme/app", "pkg:oci/app?repository_url=index.docker.io/acme/app"],
    ["ghcr.io/acme/App:1.2", "pkg:oci/app?repository_url=ghcr.io/acme/app"],
    [`ghcr.io/acme/App:1.2@sha256:${HEX}`, `pkg:oci/app@sha256%3A${HEX}`],
    [`localhost:5000/x@sha256:${HEX}`, `pkg:oci/x@sha256%3A${HEX}`],
    ["localhost:5000/x", "pkg:oci/x?repository_url=localhost:5000/x"],
    ["app@sha256:short", undefined],
    ["not an image", undefined],
  ];
  it.each(rows)("%s", (ref, purl) => expect(ociPurl(ref)).toBe(purl));
});
