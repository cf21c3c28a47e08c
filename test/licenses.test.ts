// Licences: licence findings from the real reports that carry them (Trivy's licence scanner,
// CycloneDX component licences, Snyk licence issues), the `license` condition over SPDX
// expressions, and the built-in `licenses` pack judging the real reports.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleFinding } from "../src/gate/examples.js";
import { compileLicense, type LicenseCondition } from "../src/policy/license-condition.js";
import { readLicense, treeText } from "../src/policy/license-expression.js";
import { loadReport } from "../src/reports/read.js";
import { ztgate } from "./helpers/cli.js";
import { REAL } from "./helpers/manifest.js";

const dir = mkdtempSync(join(tmpdir(), "ztgate-licenses-"));
const GPL = "GPL-3.0-only";

function licenseFindings(file: string) {
  return loadReport({ path: join(REAL, file) }).findings.filter((f) => f.layer === "license");
}

describe("licence findings from the real reports", () => {
  // [file, licence findings, [package, licence as written] of one of them]
  const ROWS: [string, number, [string, string | undefined]][] = [
    ["trivy/license_scheme.json", 19, ["busybox", "GPL-2.0"]],
    ["licenses/cyclonedx-spec__valid-license-id-1.6.json", 1, ["tomcat-catalina", "Apache-2.0"]],
    [
      "licenses/cyclonedx-spec__valid-license-expression-1.6.json",
      1,
      ["com.acme:tomcat-catalina", "EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0"],
    ],
    [
      "licenses/cyclonedx-spec__valid-license-licensing-1.6.json",
      1,
      ["com.acme/cryptographic-provider", "Acme Commercial License"],
    ],
    // The XML twins give the same licences.
    ["licenses/cyclonedx-spec__valid-license-id-1.6.xml", 1, ["tomcat-catalina", "Apache-2.0"]],
    [
      "licenses/cyclonedx-spec__valid-license-expression-1.6.xml",
      1,
      ["com.acme:tomcat-catalina", "EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0"],
    ],
    [
      "licenses/cyclonedx-spec__valid-license-licensing-1.6.xml",
      1,
      ["com.acme/cryptographic-provider", "Acme Commercial License"],
    ],
    ["licenses/heimdall2__syft-scan-alpine-container.json", 16, ["alpine", undefined]],
    [
      "licenses/heimdall2__syft-scan-alpine-container.json",
      16,
      ["musl-utils", "MIT AND BSD-2-Clause AND GPL-2.0-or-later"],
    ],
    ["licenses/secobserve__cdx_licenses_1.json", 66, ["argon2-cffi-bindings", "MIT"]],
    [
      "licenses/secobserve__cdx_licenses_1.json",
      66,
      ["email-validator", "(GPL-2.0-or-later WITH Bison-exception-2.2)"],
    ],
    ["licenses/secobserve__cdx_changed_licenses_1.json", 66, ["pillow", "CMU License (MIT-CMU)"]],
    ["licenses/snyk-to-html__test-report-with-reachability.json", 1, ["fuzzball", "GPL-2.0"]],
    // Several licence entries of one component are all needed.
    [
      "cyclonedx/trivy-golden__fluentd-multiple-lockfiles.cdx.json",
      161,
      [
        "bsdutils",
        "(GPL-2.0-or-later) AND (GPL-2.0-only) AND (public-domain) AND (BSD-4-Clause) AND (MIT) AND (BSD-2-Clause) AND (BSD-3-Clause) AND (LGPL-2.0-or-later) AND (LGPL-2.1-or-later) AND (GPL-3.0-or-later) AND (LGPL-3.0-or-later) AND (GPL-3.0-only) AND (LGPL-2.0-only) AND (LGPL-2.1-only) AND (LGPL-3.0-only)",
      ],
    ],
  ];
  it.each(ROWS)("%s: %i, %j", (file, count, [pkg, license]) => {
    const findings = licenseFindings(file);
    expect(findings).toHaveLength(count);
    const found = findings.filter((f) => f.package?.name.endsWith(pkg));
    expect(found.length, pkg).toBeGreaterThan(0);
    expect(found.map((f) => f.license)).toContain(license);
    // The licence is the id of a component licence (Snyk's issue keeps its own id): a component
    // whose licence changes is a new finding.
    const id = found.find((f) => f.license === license)!.id;
    if (!file.startsWith("licenses/snyk")) expect(id).toBe(license ?? "unknown-license");
  });

  it("a BOM in which no component declares a licence gives no licence findings", () => {
    expect(licenseFindings("cyclonedx/log4j.json")).toHaveLength(0);
  });

  it("the changed SBOM's changed licence is a new fingerprint for the same component", () => {
    const before = licenseFindings("licenses/secobserve__cdx_licenses_1.json");
    const after = licenseFindings("licenses/secobserve__cdx_changed_licenses_1.json");
    const of = (list: typeof before) =>
      list.find((f) => f.package?.name === "cryptography")!.fingerprint;
    expect(of(before)).not.toBe(of(after));
    const same = (list: typeof before) =>
      list.find((f) => f.package?.name === "asgiref")!.fingerprint;
    expect(same(before)).toBe(same(after));
  });

  // Every licence a component names is needed, wherever a BOM puts it, in JSON and XML alike:
  // - the `id` and the `name` of one licence that gives both (CycloneDX says one of them):
  //   reading the id alone let a report say MIT for a component its name calls GPL;
  // - the licences a tool found in the component's files (`evidence.licenses`, CycloneDX 1.5):
  //   reading only the declared ones passed a component declaring MIT with GPL text in it.
  type Licences = { licenses: unknown; evidence?: unknown };
  const EVERY: [string, "json" | "xml", (bom: string) => string][] = [
    ["an id and a name", "json", json((c) => (c.licenses = [lic({ id: "MIT", name: GPL })]))],
    ["an id and a name", "xml", xml(`<license><id>MIT</id><name>${GPL}</name></license>`, "")],
    [
      "declared and found",
      "json",
      json((c) => {
        c.licenses = [lic({ id: "MIT" })];
        c.evidence = { licenses: [lic({ id: GPL })] };
      }),
    ],
    [
      "declared and found",
      "xml",
      xml(
        "<license><id>MIT</id></license>",
        `<evidence><licenses><license><id>${GPL}</id></license></licenses></evidence>`,
      ),
    ],
  ];
  function lic(license: object) {
    return { license };
  }
  function json(edit: (component: Licences) => void) {
    return (bom: string) => {
      const doc = JSON.parse(bom) as { components: Licences[] };
      edit(doc.components[0]!);
      return JSON.stringify(doc);
    };
  }
  function xml(licences: string, after: string) {
    return (bom: string) =>
      bom.replace(/<licenses>[\s\S]*<\/licenses>/, `<licenses>${licences}</licenses>${after}`);
  }
  it.each(EVERY)("%s (%s): both licences are needed", (_what, ext, edit) => {
    const path = join(dir, `every-licence.cdx.${ext}`);
    const bom = readFileSync(
      join(REAL, `licenses/cyclonedx-spec__valid-license-id-1.6.${ext}`),
      "utf8",
    );
    writeFileSync(path, edit(bom));
    const [finding] = loadReport({ path }).findings.filter((f) => f.layer === "license");
    expect(treeText(readLicense(finding!.license).tree)).toBe(`MIT AND ${GPL}`);
    expect(compileLicense({ deny: ["GPL-*"] }, "block").matches(finding!, "info")).toBe(true);
  });

  // A licences entry ztgate cannot account for is an error naming the file, never a lost one.
  const BAD: [string, unknown][] = [
    ["a licence with neither id nor name", [{ license: { url: "https://x" } }]],
    ["an id that is not a string", [{ license: { id: 7 } }]],
    ["an expression beside a licence", [{ expression: "MIT", license: { id: "MIT" } }]],
    ["a bare string", ["MIT"]],
    ["licenses not a list", { id: "MIT" }],
  ];
  // The same in XML: what <licenses> holds beside <license> and <expression>, or a text licence.
  const BAD_XML: [string, string][] = [
    ["another element in <licenses>", "<licence><id>MIT</id></licence>"],
    ["a <license> with text only", "<license>MIT</license>"],
    ["a <license> with neither id nor name", "<license><url>https://x</url></license>"],
    ["two expressions", "<expression>MIT</expression><expression>ISC</expression>"],
  ];
  it.each(BAD_XML)("XML: %s is exit 2 naming the file", async (_what, inside) => {
    const xml = readFileSync(
      join(REAL, "licenses/cyclonedx-spec__valid-license-id-1.6.xml"),
      "utf8",
    );
    const path = join(dir, "bad-licenses.cdx.xml");
    writeFileSync(
      path,
      xml.replace(/<licenses>[\s\S]*<\/licenses>/, `<licenses>${inside}</licenses>`),
    );
    const r = await ztgate(["parse", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad-licenses.cdx.xml");
  });

  it.each(BAD)("%s is exit 2 naming the file", async (_what, licenses) => {
    const bom = JSON.parse(
      readFileSync(join(REAL, "licenses/cyclonedx-spec__valid-license-id-1.6.json"), "utf8"),
    ) as { components: { licenses: unknown }[] };
    bom.components[0]!.licenses = licenses;
    const path = join(dir, "bad-licenses.cdx.json");
    writeFileSync(path, JSON.stringify(bom));
    const r = await ztgate(["parse", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad-licenses.cdx.json");
    expect(r.stderr).toMatch(/licenses/);
  });
});

describe("licences read as SPDX expressions", () => {
  // [as written, as read ("?" for a part that cannot be read)]
  const ROWS: [string | undefined, string][] = [
    ["MIT", "MIT"],
    ["MIT OR GPL-3.0-only", "MIT OR GPL-3.0-only"],
    ["GPL-2.0", "GPL-2.0-only"],
    ["GPL-2.0+", "GPL-2.0-or-later"],
    ["LGPL-2.1", "LGPL-2.1-only"],
    [
      "EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0",
      "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0",
    ],
    ["MIT License", "MIT"],
    ["Apache 2.0", "Apache-2.0"],
    ["BSD 3-Clause License", "BSD-3-Clause"],
    // spdx-correct would guess BSD-2-Clause: a version the name does not give is not taken.
    ["BSD", "?"],
    ["BSD License", "?"],
    // A variant is not its base licence.
    ["BSD-2-Clause-Chemeris", "?"],
    // spdx-correct finds MIT inside these: the id must account for every word of the name.
    ["Not MIT", "?"],
    ["Proprietary based on Apache 2.0", "?"],
    ["Evil\n::error::pwned\nMIT", "?"],
    ["Apache License, Version 2.0", "Apache-2.0"],
    ["NOASSERTION", "?"],
    ["NONE", "?"],
    ["", "?"],
    [undefined, "?"],
    ["Acme Commercial License", "?"],
    // Parts read one by one: an unreadable name beside a licence keeps the licence.
    ["(GPL-2.0-only) AND (PD)", "GPL-2.0-only AND ?"],
    ["BSD or Apache License, Version 2.0", "? OR Apache-2.0"],
    ["(MIT) AND (Apache 2.0)", "MIT AND Apache-2.0"],
  ];
  it.each(ROWS)("%j → %s", (written, read) => {
    expect(treeText(readLicense(written).tree)).toBe(read);
  });
});

describe("the license condition", () => {
  const copyleft: LicenseCondition = { deny: ["GPL-*", "AGPL-*"] };
  const permissive: LicenseCondition = { allow: ["MIT", "Apache-2.0", "BSD-*"] };
  // [condition, licence, rule action, matches]
  const ROWS: [LicenseCondition, string | undefined, string, boolean][] = [
    [copyleft, "GPL-3.0-only", "block", true],
    [copyleft, "AGPL-3.0-or-later", "block", true],
    [copyleft, "LGPL-2.1-only", "block", false],
    [copyleft, "MIT OR GPL-3.0-only", "block", false],
    [copyleft, "MIT AND GPL-3.0-only", "block", true],
    [copyleft, "(MIT OR GPL-2.0-only) AND AGPL-3.0-only", "block", true],
    [copyleft, "gpl-3.0-only", "block", true],
    [copyleft, "GPL-2.0-only WITH Classpath-exception-2.0", "block", true],
    [copyleft, "(GPL-2.0-only) AND (PD)", "warn", true],
    [copyleft, "(MIT) OR (PD)", "block", false],
    // Unknown against a deny list: matches when that cannot loosen the verdict.
    [copyleft, "NOASSERTION", "block", true],
    [copyleft, "NOASSERTION", "info", false],
    [copyleft, undefined, "warn", true],
    [permissive, "MIT", "warn", false],
    [permissive, "BSD-3-Clause OR GPL-3.0-only", "warn", false],
    [permissive, "MPL-2.0", "warn", true],
    [permissive, "MIT AND MPL-2.0", "warn", true],
    [permissive, "Apache 2.0", "warn", false],
    // Unknown is never shown to be allowed, whatever the action.
    [permissive, "NOASSERTION", "info", true],
    [permissive, "LicenseRef-acme", "info", true],
    [{ deny: ["GPL-3.0-only"], allow: ["GPL-*"] }, "GPL-3.0-only", "warn", true],
    [{ deny: ["GPL-3.0"] }, "GPL-3.0-only", "warn", true],
    ["unknown", "NOASSERTION", "warn", true],
    ["unknown", "NONE", "warn", true],
    ["unknown", undefined, "warn", true],
    ["unknown", "not a licence at all", "warn", true],
    ["unknown", "MIT OR PD", "warn", true],
    ["unknown", "MIT License", "warn", false],
    ["unknown", "GPL-3.0-only", "warn", false],
  ];
  it.each(ROWS)("%j on %j (%s): %s", (condition, license, action, matches) => {
    const finding = exampleFinding({ id: license ?? "unknown-license", layer: "license", license });
    const test = compileLicense(condition, action);
    expect(test.matches(finding, "info")).toBe(matches);
    // What explain says agrees with the match.
    expect(test.explain(finding, "info").matches).toBe(matches);
  });

  // [when, message]: each refused with the file, line and column of the rule's `when`.
  const BAD: [string, RegExp][] = [
    ["{ license: { deny: [GPL3] } }", /"GPL3" is not an SPDX licence id \(did you mean GPL-3.0/],
    ["{ license: { allow: [MIT OR Apache-2.0] } }", /is an expression; list licence ids/],
    ["{ license: {} }", /license/],
    ["{ license: maybe }", /license/],
    ["{ license: { deny: [] } }", /license/],
    ["{ license: { forbid: [GPL-3.0-only] } }", /license/],
  ];
  it.each(BAD)("%s is exit 2 at its line", async (when, message) => {
    const policy = join(dir, "bad.yml");
    writeFileSync(policy, `version: 1\nrules:\n  - id: r\n    when: ${when}\n    action: block\n`);
    const r = await ztgate(["validate", "--policy", policy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/bad\.yml:4:/);
  });
});

describe("the licenses pack on the real reports", () => {
  // [file, classification of every finding, licence verdicts]
  const ROWS: [string, string, Record<string, number>][] = [
    ["licenses/heimdall2__syft-scan-alpine-container.json", "restricted", { block: 9, info: 7 }],
    ["licenses/heimdall2__syft-scan-alpine-container.json", "public", { warn: 9, info: 7 }],
    ["licenses/secobserve__cdx_licenses_1.json", "restricted", { block: 5, warn: 1, info: 60 }],
    ["licenses/secobserve__cdx_licenses_1.json", "public", { warn: 6, info: 60 }],
    [
      "licenses/secobserve__cdx_changed_licenses_1.json",
      "restricted",
      { block: 4, warn: 1, info: 61 },
    ],
    ["licenses/cyclonedx-spec__valid-license-expression-1.6.json", "restricted", { info: 1 }],
    ["licenses/cyclonedx-spec__valid-license-licensing-1.6.json", "public", { warn: 1 }],
    ["licenses/snyk-to-html__test-report-with-reachability.json", "confidential", { block: 1 }],
    ["trivy/license_scheme.json", "restricted", { block: 7, info: 12 }],
    ["trivy/license_scheme.json", "internal", { warn: 7, info: 12 }],
  ];
  it.each(ROWS)("%s as %s: %j", async (file, classification, verdicts) => {
    const policy = join(dir, `${classification}.yml`);
    writeFileSync(
      policy,
      `version: 1\nextends: [default, licenses]\ndefault-classification: ${classification}\n`,
    );
    const r = await ztgate(["check", "--policy", policy, join(REAL, file), "-o", "json"]);
    const out = JSON.parse(r.stdout) as {
      findings: { verdict: string; finding: { layer: string } }[];
    };
    const counts: Record<string, number> = {};
    for (const e of out.findings.filter((x) => x.finding.layer === "license")) {
      counts[e.verdict] = (counts[e.verdict] ?? 0) + 1;
    }
    expect(counts).toEqual(verdicts);
    expect(r.code).toBe(verdicts.block ? 1 : 0);
  });

  it("explain says which licence of the expression a rule denied", async () => {
    const policy = join(dir, "explain.yml");
    writeFileSync(
      policy,
      "version: 1\nextends: [default, licenses]\ndefault-classification: restricted\n",
    );
    const report = join(REAL, "licenses/heimdall2__syft-scan-alpine-container.json");
    const r = await ztgate([
      "explain",
      "MIT AND BSD-2-Clause AND GPL-2.0-or-later",
      report,
      "--policy",
      policy,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /license: {3}rule license-block-strong-copyleft: licence MIT AND BSD-2-Clause AND GPL-2.0-or-later cannot be used without GPL-2.0-or-later/,
    );
    expect(r.stdout).toMatch(/license: {3}rule license-warn-unknown: licence .* is known/);
  });

  it("`ztgate test --pack licenses` runs the pack's examples", async () => {
    const r = await ztgate(["test", "--pack", "licenses"]);
    expect(r.stdout).toMatch(/ztgate test: 14 passed, 0 failed \(3 rules/);
    expect(r.code).toBe(0);
  });
});
