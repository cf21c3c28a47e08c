// The policy engine without the CLI: conditions, assets, extends precedence,
// waiver states and policy errors. Findings are built with the same helper rule examples use.
import { compileGlobs } from "../src/policy/conditions.js";
import { compileGlob } from "../src/policy/glob-pattern.js";
import { normalisePath } from "../src/policy/assets.js";
import { packModuleSource } from "../scripts/pack-module.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../src/gate/evaluate.js";
import { exampleFinding, type ExampleFindingSpec } from "../src/gate/examples.js";
import { judge } from "../src/gate/judge.js";
import { type Policy } from "../src/policy/load.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { GateError } from "../src/model/errors.js";

const NOW = new Date("2026-11-22T00:00:00Z");

/** A policy from YAML text; extra files are resolved relative to /virtual/. */
function policyFrom(text: string, files: Record<string, string> = {}): Promise<Policy> {
  const all: Record<string, string> = { "/virtual/ztgate.yml": text, ...files };
  return loadPolicy("/virtual/ztgate.yml", (path) => {
    const content = all[path];
    if (content === undefined) throw Object.assign(new Error("nope"), { code: "ENOENT" });
    return content;
  });
}

function verdictOf(policy: Policy, spec: ExampleFindingSpec) {
  return judge(exampleFinding(spec), policy, { waivers: policy.waivers });
}

describe("when conditions (ANDed; list values ORed)", () => {
  const base: ExampleFindingSpec = {
    id: "CVE-2024-1000",
    aliases: ["GHSA-aaaa-bbbb-cccc"],
    layer: "dependency",
    severity: "high",
    fixable: true,
    package: "lodash",
    version: "4.17.20",
    path: "web/package-lock.json",
    tool: "grype",
    cwe: ["CWE-79"],
    epss: 0.42,
    kev: true,
  };
  const cases: [string, string, boolean][] = [
    ["severity comparison", `severity: ">=high"`, true],
    ["severity list", `severity: [critical, medium]`, false],
    ["layer", `layer: [image, dependency]`, true],
    ["fixable", `fixable: false`, false],
    ["id glob on an alias", `id: "GHSA-*"`, true],
    ["package glob", `package: "lod*"`, true],
    ["semver range", `versions: "<4.17.21"`, true],
    ["semver range outside", `versions: ">=4.17.21"`, false],
    ["path glob over the location", `path: "web/**"`, true],
    ["path glob over the report", `path: "example.json"`, true],
    ["cwe by number", `cwe: 79`, true],
    ["epss threshold", `epss: 0.5`, false],
    ["epss comparison", `epss: "<0.5"`, true],
    ["kev", `kev: true`, true],
    ["classification (default internal)", `classification: ">=confidential"`, false],
    ["classification <=", `classification: "<=internal"`, true],
    ["asset (none assigned)", `asset: "*"`, false],
    ["tool", `tool: [trivy, grype]`, true],
    ["AND of two", `{ severity: critical, layer: dependency }`.slice(1, -1), false],
  ];
  it.each(cases)("%s", async (_name, condition, expected) => {
    const policy = await policyFrom(
      `version: 1\nrules:\n  - id: r\n    when: { ${condition} }\n    action: block\n`,
    );
    expect(verdictOf(policy, base).matchedRules.includes("r")).toBe(expected);
  });

  it("applies unknown-severity before comparing", async () => {
    const policy = await policyFrom(
      `version: 1\nrules:\n  - { id: r, when: { severity: high }, action: block }\nsettings: { unknown-severity: high }\n`,
    );
    expect(verdictOf(policy, { id: "X", severity: "unknown" }).verdict).toBe("block");
  });
});

describe("assets: every place of a finding, strictest classification wins", () => {
  let policy: Policy;
  beforeAll(async () => {
    policy = await policyFrom(`version: 1
assets:
  - { name: docs, classification: public, paths: ["docs/**"], images: ["ghcr.io/acme/docs*"] }
  - { name: payments, classification: restricted, paths: ["services/payments/**"], images: ["ghcr.io/acme/pay*"] }
  - { name: api, classification: confidential, paths: ["services/api/**"] }
default-classification: confidential
`);
  });
  const cases: [string, ExampleFindingSpec, string | undefined, string][] = [
    ["location path", { id: "A", path: "services/api/main.tf" }, "api", "confidential"],
    [
      "image target, OS suffix removed",
      { id: "A", target: "ghcr.io/acme/docs:1 (alpine 3.18)" },
      "docs",
      "public",
    ],
    [
      "report path",
      { id: "A", report: "./services/payments/audit.json" },
      "payments",
      "restricted",
    ],
    [
      "location public, report restricted",
      { id: "A", path: "docs/x.md", report: "services/payments/t.json" },
      "payments",
      "restricted",
    ],
    [
      "nothing matches: default classification",
      { id: "A", report: "other/x.json" },
      undefined,
      "confidential",
    ],
  ];
  it.each(cases)("%s", (_name, spec, asset, classification) => {
    const e = verdictOf(policy, spec);
    expect(e.asset).toBe(asset);
    expect(e.classification).toBe(classification);
  });

  it("merges the places of a deduplicated finding (foundBy in several reports)", () => {
    const f = exampleFinding({
      id: "CVE-1",
      package: "a",
      version: "1",
      report: "docs/trivy.json",
    });
    f.foundBy = [...f.foundBy, { tool: "grype", report: "/repo/services/payments/grype.json" }];
    const e = judge(f, policy, { waivers: [], root: "/repo" });
    expect([e.asset, e.assetVia]).toEqual(["payments", "report services/payments/grype.json"]);
  });
});

describe("extends: built-in packs and files, later overrides earlier by id", () => {
  it("a local rule with a pack rule's id replaces it; other pack rules stay", async () => {
    const policy = await policyFrom(
      `version: 1\nextends: [default, ./team.yml]\nrules:\n  - { id: block-secrets, when: { layer: secret }, action: warn }\n`,
      {
        "/virtual/team.yml": `version: 1\nrules:\n  - { id: warn-high-findings, when: { severity: critical }, action: block }\n`,
      },
    );
    const byId = Object.fromEntries(policy.rules.map((r) => [r.id, r]));
    expect(byId["block-secrets"]).toMatchObject({ action: "warn", source: "/virtual/ztgate.yml" });
    expect(byId["warn-high-findings"]).toMatchObject({ action: "block", source: "./team.yml" });
    expect(byId["block-fixable-high-vulnerabilities"]?.source).toBe("built-in:default");
    expect(policy.rules.map((r) => r.id)[0]).toBe("block-fixable-high-vulnerabilities");
  });

  const errors: [string, string, Record<string, string>, RegExp][] = [
    [
      "unknown pack",
      `version: 1\nextends: [zero-trussed]\n`,
      {},
      /ztgate\.yml:2:\d+: unknown built-in pack "zero-trussed"/,
    ],
    [
      "missing file",
      `version: 1\nextends: [./nope.yml]\n`,
      {},
      /ztgate\.yml:2:\d+: extends "\.\/nope\.yml", which does not exist/,
    ],
    [
      "cycle",
      `version: 1\nextends: [./a.yml]\n`,
      { "/virtual/a.yml": "version: 1\nextends: [./ztgate.yml]\n" },
      /cycle of extends/,
    ],
    [
      "unknown control",
      `version: 1\nrules:\n  - { id: r, when: { control: public-ingres }, action: block }\n`,
      {},
      /:3:\d+: rule "r": unknown control "public-ingres"/,
    ],
    [
      "waiver without owner",
      `version: 1\nwaivers:\n  - { id: CVE-1, reason: why not, expires: 2026-12-01 }\n`,
      {},
      /:3:\d+: missing required key "owner"/,
    ],
    [
      "waiver with a bad date",
      `version: 1\nwaivers:\n  - { id: CVE-1, reason: r1x, owner: me, expires: 2026-13-45 }\n`,
      {},
      /waiver for "CVE-1": invalid expiry date/,
    ],
    [
      "waiver naming an unknown asset",
      `version: 1\nwaivers:\n  - { id: CVE-1, reason: r1x, owner: me, expires: 2026-12-01, asset: nope }\n`,
      {},
      /unknown asset "nope"/,
    ],
    [
      "bad semver range",
      `version: 1\nrules:\n  - { id: r, when: { versions: "not a range!" }, action: block }\n`,
      {},
      /invalid version range/,
    ],
    [
      "bad classification",
      `version: 1\nrules:\n  - { id: r, when: { classification: ">=secret" }, action: block }\n`,
      {},
      /:3:\d+: \/rules\/0\/when\/classification/,
    ],
  ];
  it.each(errors)("%s is a policy error naming the place", async (_name, text, files, message) => {
    await expect(policyFrom(text, files)).rejects.toThrow(GateError);
    try {
      await policyFrom(text, files);
    } catch (err) {
      expect((err as GateError).describe()).toMatch(message);
    }
  });
});

describe("waiver states (pure, with now as input)", () => {
  const waiver = (id: string, expires: string, extra = "") =>
    `  - { id: ${id}, reason: because, owner: o@example.com, expires: ${expires}${extra} }\n`;
  let policy: Policy;
  beforeAll(async () => {
    policy = await policyFrom(
      `version: 1\nextends: [default]\nassets:\n  - { name: web, classification: public, paths: ["web/**"] }\nwaivers:\n` +
        waiver("CVE-A", "2027-01-31") +
        waiver("CVE-B", "2027-01-31", ", asset: web") +
        waiver("CVE-C", "2027-01-31", ', paths: ["web/**"]') +
        waiver("CVE-D", "2026-11-21") +
        waiver("CVE-E", "2026-11-22") +
        `settings: { max-waiver-days: 90 }\n`,
    );
  });
  const f = (id: string, report = "web/audit.json") =>
    exampleFinding({ id, package: "p", version: "1", severity: "critical", fixable: true, report });

  it("waives narrowly and reports each state", () => {
    const findings = [f("CVE-A"), f("CVE-B", "api/audit.json"), f("CVE-C"), f("CVE-D"), f("CVE-E")];
    const second = exampleFinding({
      id: "CVE-C",
      package: "p",
      version: "1",
      report: "web/x.json",
    });
    second.foundBy = [...second.foundBy, { tool: "t", report: "services/payments/x.json" }];
    const e = evaluate([...findings, second], policy, NOW);
    const verdicts = e.findings.map(
      (x) => `${x.finding.id}@${x.finding.foundBy.map((s) => s.report).join("+")}:${x.verdict}`,
    );
    expect(verdicts.sort()).toEqual([
      "CVE-A@web/audit.json:waived",
      "CVE-B@api/audit.json:block", // the waiver is for asset web only
      "CVE-C@web/audit.json:waived",
      "CVE-C@web/x.json+services/payments/x.json:warn", // not waived: paths must cover every report
      "CVE-D@web/audit.json:block", // expired yesterday
      "CVE-E@web/audit.json:waived", // holds through its expiry day
    ]);
    expect(Object.fromEntries(e.waivers.map((w) => [w.id, w.status]))).toEqual({
      "CVE-A": "active",
      "CVE-B": "unused",
      "CVE-C": "active",
      "CVE-D": "expired",
      "CVE-E": "expiring-soon",
    });
  });
});

// Built-in packs are trusted at run time (no YAML parser, no schema validator loaded for
// them) because the build refuses a pack the schema rejects.
describe("built-in packs are validated when they are built", () => {
  const packs: [string, string, RegExp | undefined][] = [
    [
      "a valid pack",
      "version: 1\nrules:\n  - { id: r, when: { layer: secret }, action: block }\n",
      undefined,
    ],
    [
      "a rule without an action",
      "version: 1\nrules:\n  - { id: r, when: {} }\n",
      /bad\.yml: not a valid policy: \/rules\/0 must have required property 'action'/,
    ],
    [
      "an unknown key",
      "version: 1\nrulez: []\n",
      /bad\.yml: not a valid policy: \/ must NOT have additional properties/,
    ],
    ["a wrong version", "version: 2\n", /bad\.yml: not a valid policy: \/version/],
  ];
  it.each(packs)("%s", (_name, text, error) => {
    if (error) expect(() => packModuleSource(text, "bad.yml")).toThrow(error);
    else expect(packModuleSource(text, "bad.yml")).toContain('export const parsed = {"version":1');
  });
});

// The fast path (paths already repository-relative are returned as they are) must agree with
// the full normalisation on every kind of path.
describe("normalisePath", () => {
  const cases: [string, string | undefined, string][] = [
    ["src/app/main.go", undefined, "src/app/main.go"],
    ["services/api/", undefined, "services/api/"],
    ["./src/a.ts", undefined, "src/a.ts"],
    ["src//a.ts", undefined, "src/a.ts"],
    ["src/./a.ts", undefined, "src/a.ts"],
    ["src/x/../a.ts", undefined, "src/a.ts"],
    ["src\\win\\a.ts", undefined, "src/win/a.ts"],
    [".hidden/a", undefined, ".hidden/a"],
    ["a..b/c", undefined, "a..b/c"],
    ["..", undefined, ".."],
    ["", undefined, "."],
    ["/repo/src/a.ts", "/repo", "src/a.ts"],
    ["/elsewhere/a.ts", "/repo", "/elsewhere/a.ts"],
    ["src/a.ts", "/repo", "src/a.ts"],
  ];
  it.each(cases)("%s (root %s) → %s", (path, root, expected) => {
    expect(normalisePath(path, root)).toBe(expected);
  });
});

// compileGlobs skips minimatch for values without a glob's literal prefix or suffix: that
// shortcut must never change an answer.
describe("compiled globs agree with minimatch", () => {
  const patterns = [
    "**/module-5/*.tf",
    "*-997",
    "lib12*",
    "services/team-3/**",
    "src/*.{ts,js}",
    "CKV_AWS_*",
    "*.+(yml|yaml)",
    "a\\*b",
    "!**/*.md",
    "docs/?.txt",
    "src/*/",
    "[Ll]ib*",
  ];
  const values = [
    "infra/module-5/main.tf",
    "infra/module-5/main.tfvars",
    "module-5/x.tf",
    "left-pad-997",
    "left-pad-9970",
    "lib12",
    "lib123-x",
    "Lib12",
    "services/team-3/api/x.go",
    "services/team-30/x.go",
    "src/a.ts",
    "src/a.tsx",
    "src/a.js",
    "ckv_aws_20",
    "CKV_AWS_20",
    "k8s/app.yaml",
    "a*b",
    "axb",
    "README.md",
    "docs/a.txt",
    "docs/ab.txt",
    "src/x/",
    "src/x",
    "Library",
  ];
  const cases = patterns.flatMap((p) =>
    [false, true].map((nocase) => [p, nocase] as [string, boolean]),
  );
  it.each(cases)("%s (nocase %s)", (pattern, nocase) => {
    const test = compileGlobs([pattern], { nocase });
    const lowered = compileGlobs([pattern], { nocase, lowercased: true });
    for (const value of values) {
      const expected = compileGlob(pattern, { nocase }).match(value);
      expect([value, test(value)]).toEqual([value, expected]);
      if (nocase) expect([value, lowered(value.toLowerCase())]).toEqual([value, expected]);
    }
  });
});
