// Issue 13: `versions` ranges compared in the package's ecosystem order (dpkg, rpm, apk,
// PEP 440, Maven, Go, semver, semver-like), and a version that cannot be compared never makes
// a block rule miss nor a waiver apply. Vectors: fixtures/versions/README.md (apk-tools' and
// rpm's own test data), dpkg's lib/dpkg/t/t-version.c and deb-version(7), Maven's
// ComparableVersionTest; real versions from fixtures/real (named per row).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PackageRef } from "../src/model/finding.js";
import { compileRange, matchesWhenUnknown } from "../src/policy/versions.js";
import { apk } from "../src/policy/versions/apk.js";
import { dpkg } from "../src/policy/versions/dpkg.js";
import { schemeFor } from "../src/policy/versions/ecosystem.js";
import { go } from "../src/policy/versions/go.js";
import { maven } from "../src/policy/versions/maven.js";
import { pep440 } from "../src/policy/versions/pep440.js";
import { rpm, rpmvercmp } from "../src/policy/versions/rpm.js";
import type { VersionScheme } from "../src/policy/versions/scheme.js";
import { npmSemver } from "../src/policy/versions/semver.js";
import { generic, semverLike } from "../src/policy/versions/semver-like.js";
import { ztgate } from "./helpers/cli.js";

const ROOT = resolve(import.meta.dirname, "..");

function cmp<T>(scheme: VersionScheme<T>, a: string, b: string): number {
  const x = scheme.parse(a);
  const y = scheme.parse(b);
  if (x === undefined || y === undefined)
    throw new Error(`${scheme.name} cannot read ${a} or ${b}`);
  return Math.sign(scheme.compare(x, y));
}

describe("apk order: apk-tools' test/unit/version.data", () => {
  const lines = readFileSync(join(ROOT, "fixtures/versions/apk-version.data"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
  const OPS: Record<string, number[]> = { "<": [-1], ">": [1], "=": [0] };

  it("compares every valid pair as apk does", () => {
    let compared = 0;
    for (const line of lines) {
      const [a, op, b] = line.split(/\s+/);
      if (!b || !OPS[op!]) continue;
      // apk string-sorts the versions it finds invalid; those are not compared here.
      if (apk.parse(a!) === undefined || apk.parse(b) === undefined) continue;
      expect(OPS[op!], line).toContain(cmp(apk, a!, b));
      compared++;
    }
    expect(compared).toBeGreaterThan(700);
  });

  it("accepts and rejects versions as apk_version_validate does", () => {
    for (const line of lines.filter((l) => !l.includes(" "))) {
      const invalid = line.startsWith("!");
      expect(apk.parse(invalid ? line.slice(1) : line) === undefined, line).toBe(invalid);
    }
  });
});

describe("rpm order: rpm's tests/rpmvercmp.at", () => {
  const cases = [
    ...readFileSync(join(ROOT, "fixtures/versions/rpmvercmp.at"), "utf8").matchAll(
      /^RPMVERCMP\(([^,]*), ([^,]*), (-?\d)\)$/gm,
    ),
  ];
  it("has the vectors", () => expect(cases.length).toBeGreaterThan(90));
  it.each(cases.map((m) => [m[1]!, m[2]!, Number(m[3])]))("rpmvercmp(%s, %s) = %i", (a, b, r) =>
    expect(Math.sign(rpmvercmp(a, b))).toBe(r),
  );
  it.each([
    // epoch:version-release, as RHEL reports them (fixtures/real/grype/many_vulns.json,
    // grype-repo__keycloak-test.json, issue_9618.json)
    ["0:3.79.0-17.el9_1", "3.79.0-17.el9_1", 0],
    ["1:1.0-1", "2.0-1", 1],
    ["4.34.0-17.el9_1", "4.34.0-18.el9_1", -1],
    ["0.7-20.el8", "0.7-20.el8_7.1", -1],
    ["2.17-326.el7", "2.17", 1],
    ["2.17-326.el7", "2.18", -1],
  ])("EVR %s vs %s = %i", (a, b, r) => expect(cmp(rpm, a, b)).toBe(r));
});

describe("dpkg order: deb-version(7) and dpkg's t-version.c", () => {
  it.each([
    ["1:0-0", "0-0", 1],
    ["0-00", "00-0", 0],
    ["1:2-3", "1:2-3", 0],
    ["a", "b", undefined],
    ["0-a", "0-b", -1],
    ["1-1", "1-2", -1],
    ["1.0~rc1", "1.0", -1],
    ["1.0~~", "1.0~~a", -1],
    ["1.0~~a", "1.0~", -1],
    ["1.0~", "1.0", -1],
    ["1.0", "1.0a", -1],
    ["1.0a", "1.0+", -1],
    ["1.0", "1.0-0", 0],
    // fixtures/real/trivy/all_statuses.json, grype/check_all_fields.json, trivy/kubernetes.json
    ["5.0-4", "5.0-4+deb10u1", -1],
    ["2.31.1-16", "2.31.1-16+deb10u1", -1],
    ["1.17-3+deb10u3", "1.17-3+deb10u4", -1],
    ["241-7~deb10u6", "241-7", -1],
    ["1:1.2.11.dfsg-1", "1:1.2.11.dfsg-1+deb10u1", -1],
    ["7.81.0-1ubuntu1.14", "7.81.0-1ubuntu1.2", 1],
    ["2:8.39-12", "8.40-1", 1],
  ])("%s vs %s = %s", (a, b, r) => {
    if (r === undefined) expect(dpkg.parse(a)).toBeUndefined();
    else expect(cmp(dpkg, a, b)).toBe(r);
  });
  it.each(["", "1:", "x:1", "1.0-", "-1", "1.0 2", "1:2:3-a:b"])("rejects %j", (v) =>
    expect(dpkg.parse(v)).toBeUndefined(),
  );
});

describe("Maven order: ComparableVersionTest", () => {
  // Each list is in increasing order (maven-artifact's ComparableVersionTest).
  const QUALIFIERS = [
    "1-alpha2snapshot",
    "1-alpha2",
    "1-alpha-123",
    "1-beta-2",
    "1-beta123",
    "1-m2",
    "1-m11",
    "1-rc",
    "1-cr2",
    "1-rc123",
    "1-SNAPSHOT",
    "1",
    "1-sp",
    "1-sp2",
    "1-sp123",
    "1-abc",
    "1-def",
    "1-pom-1",
    "1-1-snapshot",
    "1-1",
    "1-2",
    "1-123",
  ];
  const NUMBERS = [
    "2.0",
    "2-1",
    "2.0.a",
    "2.0.0.a",
    "2.0.2",
    "2.0.123",
    "2.1.0",
    "2.1-a",
    "2.1b",
    "2.1-c",
    "2.1-1",
    "2.1.0.1",
    "2.2",
    "2.123",
    "11.a2",
    "11.a11",
    "11.b2",
    "11.b11",
    "11.m2",
    "11.m11",
    "11",
    "11.a",
    "11b",
    "11c",
    "11m",
  ];
  it.each([QUALIFIERS, NUMBERS])("orders %s...", (...list) => {
    for (let i = 0; i < list.length; i++)
      for (let j = 0; j < list.length; j++)
        expect(cmp(maven, list[i]!, list[j]!), `${list[i]} vs ${list[j]}`).toBe(Math.sign(i - j));
  });
  it.each([
    ["1", "1.0.0"],
    ["1.0", "1-ga"],
    ["1-final", "1.0-release"],
    ["1-cr1", "1-rc1"],
    ["1a1", "1-alpha-1"],
  ])("%s = %s", (a, b) => expect(cmp(maven, a, b)).toBe(0));
  // fixtures/real/grype/issue_9618.json (java-archive avro)
  it("avro 1.9.2 < 1.11.1", () => expect(cmp(maven, "1.9.2", "1.11.1")).toBe(-1));
});

describe("PEP 440, Go, semver and semver-like orders", () => {
  it.each([
    // fixtures/real/grype/many_vulns4.json, check_all_fields.json (python redis)
    [pep440, "3.5.3", "4.0.2", -1],
    [pep440, "1.0.dev1", "1.0a1", -1],
    [pep440, "1.0rc1", "1.0", -1],
    [pep440, "1.0.post1", "1.0", 1],
    [pep440, "1!0.1", "2.0", 1],
    [pep440, "1.0+local.1", "1.0", 1],
    [pep440, "2.10", "2.9", 1],
    [go, "v0.0.0-20191109021931-daa7c04131f5", "v0.0.0-20200101000000-aaaaaaaaaaaa", -1],
    [go, "v1.2.3", "1.2.3", 0],
    [go, "v2.0.0+incompatible", "v2.0.0", 0],
    // fixtures/real/grype/dd-samples__juice_shop-grype-sca.json (stdlib go1.20)
    [go, "go1.20", "1.20.5", -1],
    [go, "go1.21rc2", "go1.21.0", -1],
    [npmSemver, "2.0.0-rc.1", "2.0.0", -1],
    [npmSemver, "1.10.0", "1.9.9", 1],
    [semverLike, "4.2.1.3", "4.2.1", 1],
    [semverLike, "1.2", "1.2.0.0", 0],
    [semverLike, "1.0.0-RC.2", "1.0.0-rc.10", -1],
    [semverLike, "1.0.0-beta", "1.0.0", -1],
  ] as [VersionScheme, string, string, number][])("%o: %s vs %s", (scheme, a, b, r) =>
    expect(cmp(scheme, a, b)).toBe(r),
  );
  it.each([
    [pep440, "not-a-version"],
    [go, "master"],
    [npmSemver, "1.2.3.4"],
    [semverLike, "1.0.0.pre"],
    [generic, "abc"],
    [generic, "1.0.0-rc1"],
  ] as [VersionScheme, string][])("%o cannot read %s", (scheme, v) =>
    expect(scheme.parse(v)).toBeUndefined(),
  );
});

describe("which order a package's versions follow", () => {
  it.each([
    [{ ecosystem: "alpine" }, "apk"],
    [{ ecosystem: "Alpine:v3.18" }, "apk"],
    [{ ecosystem: "wolfi" }, "apk"],
    [{ ecosystem: "debian" }, "dpkg"],
    [{ ecosystem: "Ubuntu:22.04:LTS" }, "dpkg"],
    [{ ecosystem: "deb" }, "dpkg"],
    [{ ecosystem: "rpm" }, "rpm"],
    [{ ecosystem: "redhat" }, "rpm"],
    [{ ecosystem: "Red Hat" }, "rpm"],
    [{ ecosystem: "amazon" }, "rpm"],
    [{ ecosystem: "SUSE:Linux Enterprise Server 15" }, "rpm"],
    [{ ecosystem: "Rocky Linux:9" }, "rpm"],
    [{ ecosystem: "PyPI" }, "pep440"],
    [{ ecosystem: "python" }, "pep440"],
    [{ ecosystem: "pip" }, "pep440"],
    [{ ecosystem: "Maven" }, "maven"],
    [{ ecosystem: "java-archive" }, "maven"],
    [{ ecosystem: "jar" }, "maven"],
    [{ ecosystem: "Go" }, "go"],
    [{ ecosystem: "go-module" }, "go"],
    [{ ecosystem: "gomod" }, "go"],
    [{ ecosystem: "npm" }, "semver"],
    [{ ecosystem: "crates.io" }, "semver"],
    [{ ecosystem: "NuGet" }, "semver-like"],
    [{ ecosystem: "RubyGems" }, "semver-like"],
    [{ ecosystem: "Packagist" }, "semver-like"],
    [{ purl: "pkg:rpm/rhel/nspr@4.34.0-17.el9_1?arch=x86_64" }, "rpm"],
    [{ purl: "pkg:apk/alpine/musl@1.1.20-r4" }, "apk"],
    [{ purl: "pkg:deb/debian/bash@5.0-4" }, "dpkg"],
    [{ ecosystem: "binary", purl: "pkg:deb/debian/bash@5.0-4" }, "dpkg"],
    [{ ecosystem: "binary" }, "generic"],
    [{}, "generic"],
  ])("%o → %s", (ref, name) => expect(schemeFor({ name: "p", ...ref }).scheme.name).toBe(name));
});

describe("ranges in the ecosystem's order", () => {
  const pkg = (version: string | undefined, ecosystem?: string): PackageRef => ({
    name: "p",
    version,
    ecosystem,
  });
  it.each([
    // The issue: node-semver coerced these, so <1.16 missed 1.15.5-r0.
    ["<1.16", "1.15.5-r0", "alpine", "inside"],
    ["<1.15.5-r1", "1.15.5-r0", "alpine", "inside"],
    [">=1.15.5-r1", "1.15.5-r0", "alpine", "outside"],
    ["<5.0-4+deb10u1", "5.0-4", "debian", "inside"],
    ["<1:1.5.2-2+deb10u2", "1:1.5.2-2+deb10u1", "debian", "inside"],
    ["<2.0", "1:1.5.2-2+deb10u1", "debian", "outside"],
    ["<2.17-327.el7", "2.17-326.el7", "redhat", "inside"],
    [">=2.17 <2.18", "2.17-326.el7", "redhat", "inside"],
    ["<2.0.0", "2.0.0rc1", "pypi", "inside"],
    ["<2.0.0 || >=3", "3.1", "pypi", "inside"],
    ["1.0 - 1.9", "1.9.2", "maven", "outside"],
    ["1.0 - 1.9", "1.9-SNAPSHOT", "maven", "inside"],
    ["<v0.17.0", "v0.0.0-20220722155237-a158d28d115b", "go-module", "inside"],
    ["<4.17.21", "4.17.20", "npm", "inside"],
    ["<2.0.0", "2.0.0-rc.1", "npm", "inside"],
    ["^4.17.0", "4.17.20", "npm", "inside"],
    ["^4.17.0", "5.0.0", "npm", "outside"],
    ["~1.2.3", "1.2.9", "npm", "inside"],
    ["1.2.x", "1.3.0", "npm", "outside"],
    ["=5.0-4", "5.0-4", "debian", "inside"],
    ["5.0-4", "5.0-5", "debian", "outside"],
    // A bare numeric version is the release with its builds (a block rule on it must not miss
    // the distribution's "-r0"), as node-semver's partial versions and the old coercion read it.
    ["1.15.5", "1.15.5-r0", "alpine", "inside"],
    ["1.15.5", "1.15.6-r0", "alpine", "outside"],
    ["1.2", "1.2.9", "npm", "inside"],
    ["1.2", "1.3.0", "npm", "outside"],
    ["1.2.3", "1.2.3", "npm", "inside"],
    ["1.2.3", "1.2.4", "npm", "outside"],
    ["=1.15.5", "1.15.5-r0", "alpine", "outside"],
    ["*", "anything", "debian", "inside"],
    // Cannot be compared: not a version of its ecosystem, missing, or a bound that is not.
    ["<2", "abc", "debian", "unknown"],
    ["<2", undefined, "alpine", "unknown"],
    ["<2", "1.0bc", "alpine", "unknown"],
    ["<1.2.3.pre", "1.0", "npm", "unknown"],
    ["<2", "abc", undefined, "unknown"],
    ["<2", "1.5", undefined, "inside"],
    // Unknown ecosystem: "-1" may be a pre-release (semver) or a revision (dpkg, apk "-r0"),
    // which order in opposite directions, so it is not compared.
    ["<2.4.7", "2.4.7-1+deb10u1", undefined, "unknown"],
    ["<1.16", "1.15.5-r0", "binary", "unknown"],
    ["<1.16", "1.15.5+build.7", "binary", "inside"],
  ])("%s on %s (%s) is %s", (range, version, ecosystem, result) =>
    expect(compileRange(range).test(pkg(version, ecosystem))).toBe(result),
  );
  it.each(["<1 ||", ">>1", "1 - ", "<1 <= ", "^1.x.2", "not a range!", "<=abc", "1 - abc"])(
    "rejects the range %j",
    (r) => expect(() => compileRange(r)).toThrow(/invalid version range/),
  );
});

describe("an uncomparable version matches a rule only when that cannot loosen the verdict", () => {
  it.each([
    ["block", "info", true],
    ["block", "block", true],
    ["warn", "info", true],
    ["warn", "ignore", true],
    ["warn", "warn", true],
    ["warn", "block", false],
    ["info", "ignore", false],
    ["info", "info", false],
    ["ignore", "ignore", false],
    ["ignore", "block", false],
  ])("%s rule, default-action %s: %s", (action, defaultAction, matches) =>
    expect(matchesWhenUnknown(action, defaultAction)).toBe(matches),
  );
});

describe("total order: antisymmetric and transitive on generated versions", () => {
  const piece = (chars: string, max = 6) =>
    fc.string({ unit: fc.constantFrom(...chars.split("")), minLength: 1, maxLength: max });
  const num = fc.integer({ min: 0, max: 30 }).map(String);
  const dotted = fc.array(num, { minLength: 1, maxLength: 4 }).map((p) => p.join("."));
  const GENERATORS: [VersionScheme, fc.Arbitrary<string>][] = [
    [
      dpkg,
      fc
        .tuple(fc.option(num), dotted, piece("0a.+~"), fc.option(piece("0a1+.~")))
        .map(([e, v, s, r]) => `${e === null ? "" : `${e}:`}${v}${s}${r === null ? "" : `-${r}`}`),
    ],
    [
      rpm,
      fc
        .tuple(fc.option(num), dotted, piece("0a1.~^_"), fc.option(piece("el01.~^_")))
        .map(([e, v, s, r]) => `${e === null ? "" : `${e}:`}${v}${s}${r === null ? "" : `-${r}`}`),
    ],
    [
      apk,
      fc
        .tuple(
          dotted,
          fc.option(fc.constantFrom("a", "b", "z")),
          fc.array(
            fc.tuple(fc.constantFrom("alpha", "beta", "pre", "rc", "p", "git"), fc.option(num)),
            { maxLength: 2 },
          ),
          fc.option(num),
        )
        .map(
          ([v, l, s, r]) =>
            `${v}${l ?? ""}${s.map(([n, d]) => `_${n}${d ?? ""}`).join("")}${r === null ? "" : `-r${r}`}`,
        ),
    ],
    [
      pep440,
      fc
        .tuple(
          fc.option(num),
          dotted,
          fc.option(fc.tuple(fc.constantFrom("a", "b", "rc", ".post", ".dev"), num)),
        )
        .map(([e, v, s]) => `${e === null ? "" : `${e}!`}${v}${s ? s.join("") : ""}`),
    ],
    [
      maven,
      // Release numbers, then "-" and a qualifier: the shapes Maven Central holds. Maven's
      // own order is not transitive on mixed forms ("3-m" < "3.0.beta3" < "3" < "3-m"), and
      // ztgate follows Maven there rather than invent an order no scanner uses.
      fc
        .tuple(
          dotted,
          fc.option(
            fc.tuple(
              fc.constantFrom(
                "alpha",
                "beta",
                "m",
                "rc",
                "cr",
                "snapshot",
                "ga",
                "final",
                "sp",
                "foo",
                "a",
                "b",
              ),
              fc.constantFrom("", "-", ""),
              fc.option(num),
            ),
          ),
        )
        .map(([v, q]) => (q ? `${v}-${q[0]}${q[2] === null ? "" : `${q[1]}${q[2]}`}` : v)),
    ],
    [
      go,
      fc
        .tuple(
          num,
          num,
          num,
          fc.option(fc.constantFrom("rc.1", "beta", "0.20191109021931-daa7c04131f5")),
        )
        .map(([a, b, c, p]) => `v${a}.${b}.${c}${p ? `-${p}` : ""}`),
    ],
    [
      npmSemver,
      fc
        .tuple(num, num, num, fc.option(piece("a1.", 4)))
        .map(
          ([a, b, c, p]) =>
            `${a}.${b}.${c}${p && !p.startsWith(".") && !p.endsWith(".") && !p.includes("..") ? `-${p}` : ""}`,
        ),
    ],
    [
      semverLike,
      fc
        .tuple(dotted, fc.option(fc.constantFrom("rc.1", "RC.2", "beta", "1", "alpha.a")))
        .map(([v, p]) => `${v}${p ? `-${p}` : ""}`),
    ],
  ];
  it.each(GENERATORS)("%o", (scheme, versions) => {
    const parsed = versions.map((v) => scheme.parse(v)).filter((p) => p !== undefined);
    fc.assert(
      fc.property(parsed, parsed, parsed, (a, b, c) => {
        const ab = Math.sign(scheme.compare(a, b));
        expect(Math.sign(scheme.compare(b, a))).toBe(-ab || 0);
        if (ab <= 0 && Math.sign(scheme.compare(b, c)) <= 0) {
          expect(scheme.compare(a, c)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

// End to end through `ztgate check` and `ztgate explain` on a real Trivy report of an Alpine
// image (fixtures/real/trivy/scheme_2_many_vulns.json, from DefectDojo): krb5-libs 1.15.5-r0.
describe("ztgate check with versions in rules and waivers", () => {
  const REPORT = join(ROOT, "fixtures/real/trivy/scheme_2_many_vulns.json");
  function policyDir(yaml: string): string {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-versions-"));
    writeFileSync(join(dir, "ztgate.yml"), yaml);
    return dir;
  }
  const rule = (versions: string, action = "block", pkg = "krb5-libs") =>
    `version: 1\nrules:\n  - { id: old-krb5, when: { package: ${pkg}, versions: "${versions}" }, action: ${action} }\n`;

  it("blocks krb5-libs 1.15.5-r0 with a rule on <1.16 (apk order)", async () => {
    const cwd = policyDir(rule("<1.16"));
    const r = await ztgate(["check", REPORT, "-o", "json"], { cwd });
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { rule?: string; verdict: string }[] };
    expect(out.findings.some((f) => f.rule === "old-krb5" && f.verdict === "block")).toBe(true);
    const explained = await ztgate(["explain", "CVE-2020-28196", REPORT], { cwd });
    expect(explained.stdout).toContain(
      'versions:  rule old-krb5: 1.15.5-r0 compared as apk (ecosystem alpine) with "<1.16"',
    );
  });

  it("does not block it once the range is below it", async () => {
    const cwd = policyDir(rule("<1.15.5-r0"));
    const r = await ztgate(["check", REPORT], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it("applies a waiver on the OS package (no longer UNUSED)", async () => {
    const cwd = policyDir(
      `version: 1\nrules:\n  - { id: all, when: {}, action: block }\nwaivers:\n` +
        `  - { id: CVE-2020-28196, package: krb5-libs, versions: "<1.16", reason: not reachable, owner: o@x.y, expires: 2026-12-01 }\n`,
    );
    const r = await ztgate(["check", REPORT, "-o", "json"], { cwd });
    const out = JSON.parse(r.stdout) as {
      findings: { finding: { id: string }; verdict: string }[];
      waivers: { id: string; status: string; findings: number }[];
    };
    expect(out.findings.find((f) => f.finding.id === "CVE-2020-28196")?.verdict).toBe("waived");
    expect(out.waivers[0]).toMatchObject({ id: "CVE-2020-28196", findings: 1 });
    expect(out.waivers[0]?.status).not.toBe("unused");
  });

  // A version that does not parse in its ecosystem (an apk version with a capital letter)
  // must make a block rule match and must not let a waiver apply.
  const UNREADABLE = (() => {
    const doc = JSON.parse(readFileSync(REPORT, "utf8")) as {
      Results: { Vulnerabilities: { PkgName: string; InstalledVersion: string }[] }[];
    };
    for (const v of doc.Results[0]!.Vulnerabilities)
      if (v.PkgName === "krb5-libs") v.InstalledVersion = "1.15.5-R0";
    return JSON.stringify(doc);
  })();

  it("matches a block rule conservatively when the version cannot be compared", async () => {
    const cwd = policyDir(rule("<1.16"));
    writeFileSync(join(cwd, "trivy.json"), UNREADABLE);
    const r = await ztgate(["check", join(cwd, "trivy.json")], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const explained = await ztgate(["explain", "CVE-2020-28196", join(cwd, "trivy.json")], { cwd });
    expect(explained.stdout).toContain(
      "version 1.15.5-R0 could not be compared as apk (ecosystem alpine)",
    );
    expect(explained.stdout).toContain("the rule matched conservatively");
  });

  it.each([
    // default-action block: a warn rule matching conservatively would loosen block to warn.
    ["block", "1.15.5-R0", "block", undefined],
    ["block", "1.15.5-r0", "warn", "warn-krb5"],
    ["info", "1.15.5-R0", "warn", "warn-krb5"],
  ])(
    "default-action %s, version %s: a warn rule on <1.16 gives %s",
    async (defaultAction, version, verdict, decidedBy) => {
      const cwd = policyDir(
        `version: 1\nsettings: { default-action: ${defaultAction} }\nrules:\n` +
          `  - { id: warn-krb5, when: { package: krb5-libs, versions: "<1.16" }, action: warn }\n`,
      );
      writeFileSync(join(cwd, "trivy.json"), UNREADABLE.replace('"1.15.5-R0"', `"${version}"`));
      const r = await ztgate(["check", join(cwd, "trivy.json"), "-o", "json"], { cwd });
      const out = JSON.parse(r.stdout) as {
        findings: { finding: { id: string }; verdict: string; rule?: string }[];
      };
      const f = out.findings.find((x) => x.finding.id === "CVE-2020-28196");
      expect(f?.verdict).toBe(verdict);
      expect(f?.rule).toBe(decidedBy);
    },
  );

  it("never lets a version from the report start a line of explain", async () => {
    const cwd = policyDir(rule("<1.16"));
    const doc = UNREADABLE.replace('"1.15.5-R0"', '"1.15.5\\n::add-mask::x"');
    writeFileSync(join(cwd, "trivy.json"), doc);
    const explained = await ztgate(["explain", "CVE-2020-28196", join(cwd, "trivy.json")], { cwd });
    expect(explained.stdout).toContain("version 1.15.5?::add-mask::x could not be compared");
    expect(explained.stdout.split("\n").filter((l) => l.startsWith("::"))).toEqual([]);
  });

  it("does not match an ignore rule, nor apply a waiver, on a version it cannot compare", async () => {
    const cwd = policyDir(
      `version: 1\nsettings: { default-action: block }\nrules:\n  - { id: ok-krb5, when: { package: krb5-libs, versions: "<1.16" }, action: ignore }\nwaivers:\n` +
        `  - { id: CVE-2020-28196, package: krb5-libs, versions: "<1.16", reason: not reachable, owner: o@x.y, expires: 2026-12-01 }\n`,
    );
    writeFileSync(join(cwd, "trivy.json"), UNREADABLE);
    const r = await ztgate(["check", join(cwd, "trivy.json"), "-o", "json"], { cwd });
    const out = JSON.parse(r.stdout) as {
      findings: { finding: { id: string }; verdict: string; rule?: string }[];
    };
    const f = out.findings.find((x) => x.finding.id === "CVE-2020-28196");
    expect(f).toMatchObject({ verdict: "block" });
    expect(f?.rule).toBeUndefined();
    expect(r.code).toBe(1);
    const explained = await ztgate(["explain", "CVE-2020-28196", join(cwd, "trivy.json")], { cwd });
    expect(explained.stdout).toContain("the waiver did not apply");
  });
});
