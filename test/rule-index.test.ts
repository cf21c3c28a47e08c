// The rule index (src/gate/rule-index.ts) only leaves out rules that cannot match: on random
// policies and findings, judging through the index gives exactly the rules the linear scan
// gives, in policy order, and the same verdict.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { judge } from "../src/gate/judge.js";
import { buildRuleIndex } from "../src/gate/rule-index.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { makeFinding } from "../src/model/make-finding.js";
import type { Finding } from "../src/model/finding.js";
import type { Layer } from "../src/model/vocabulary.js";
import { Minimatch } from "minimatch";
import { compileGlobs, compileWhen, type When } from "../src/policy/conditions.js";
import type { Action, Policy, Rule } from "../src/policy/types.js";

const BUILTIN = await loadPolicy(undefined);
const NO_WAIVERS = { waivers: [] };

// Small alphabets, so that random rules and findings meet: literals, prefixes, suffixes,
// braces, negations and patterns with no literal part at all, in both cases.
const IDS = ["CVE-2024-1", "cve-2024-12", "GHSA-ab-cd", "CKV_AWS_1", "AVD-AWS-0107", "x"];
const ID_PATTERNS = [
  ...IDS,
  "CVE-2024-*",
  "ghsa-*",
  "*-1",
  "CKV_*_1",
  "{AVD-,}AWS-0107",
  "!CVE-*",
  "*",
  "C?E-2024-1",
  // Classes, extglobs and escapes: the literal parts end at each of them.
  "CVE-2024-[0-9]",
  "*-[0-9]",
  "+(cve|ghsa)-*",
  "@(CKV)_AWS_1",
  "\\CVE-2024-1",
  "CVE-2024-1\\*",
  "!(x)",
];
const PACKAGES = ["lodash", "lodash.merge", "openssl", "libssl3"];
const PACKAGE_PATTERNS = [...PACKAGES, "lodash*", "lib*", "*ssl*", "*-x", "!lodash"];
const PATHS = ["services/a/main.tf", "services/b/Dockerfile", "reports/trivy.json", "x.tf"];
const PATH_PATTERNS = [
  ...PATHS,
  "services/**",
  "**/*.tf",
  "**",
  "services/a/*",
  "*.json",
  "!**/*.tf",
  "services/{a,b}/**",
  "services/[ab]/main.tf",
  "**/!(main).tf",
  "services/**/Docker*",
];
const TOOLS = ["trivy", "Grype", "checkov"];
const TOOL_PATTERNS = [...TOOLS, "TRIVY", "gr*", "*ov", "!trivy"];
const LAYERS: Layer[] = ["image", "dependency", "iac", "secret"];
const ACTIONS: Action[] = ["block", "warn", "info", "ignore"];

const oneOrMany = (values: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...values),
    fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }),
  );

const when: fc.Arbitrary<When> = fc.record(
  {
    id: oneOrMany(ID_PATTERNS),
    package: oneOrMany(PACKAGE_PATTERNS),
    path: oneOrMany(PATH_PATTERNS),
    tool: oneOrMany(TOOL_PATTERNS),
    layer: oneOrMany(LAYERS) as fc.Arbitrary<Layer | Layer[]>,
    severity: fc.constantFrom(">=high", "critical", "<medium"),
    fixable: fc.boolean(),
    suppressed: fc.boolean(),
  },
  { requiredKeys: [] },
);

const finding: fc.Arbitrary<Finding> = fc
  .record({
    id: fc.constantFrom(...IDS),
    aliases: fc.array(fc.constantFrom(...IDS), { maxLength: 2 }),
    ruleId: fc.option(fc.constantFrom(...IDS), { nil: undefined }),
    tool: fc.constantFrom(...TOOLS),
    layer: fc.constantFrom(...LAYERS),
    severity: fc.constantFrom("critical", "high", "medium", "low", "unknown" as const),
    fixable: fc.boolean(),
    pkg: fc.option(fc.constantFrom(...PACKAGES), { nil: undefined }),
    path: fc.option(fc.constantFrom(...PATHS), { nil: undefined }),
    report: fc.constantFrom(...PATHS),
    suppressed: fc.boolean(),
  })
  .map((f) =>
    makeFinding(
      {
        id: f.id,
        aliases: f.aliases,
        ruleId: f.ruleId,
        tool: f.tool,
        layer: f.layer,
        title: "t",
        severity: f.severity,
        fix: { available: f.fixable, versions: [] },
        package: f.pkg === undefined ? undefined : { name: f.pkg, version: "1.0.0" },
        location: f.path === undefined ? undefined : { path: f.path },
        suppressed: f.suppressed ? { kind: "inSource", justification: "accepted" } : undefined,
      },
      f.report,
    ),
  );

function rule(w: When, i: number): Rule {
  const action = ACTIONS[i % ACTIONS.length]!;
  const matches = compileWhen(w, { action });
  return {
    id: `r${i}`,
    when: w,
    action,
    source: "test",
    origin: { builtin: "test" },
    examples: [],
    matches,
    asksSuppressed: w.suppressed !== undefined,
  };
}

const withRules = (rules: Rule[]): Policy => ({ ...BUILTIN, rules });

describe("rule index", () => {
  it("judges every finding as the linear scan does, on random policies (≥ 32 rules: indexed)", () => {
    fc.assert(
      fc.property(
        fc.array(when, { minLength: 32, maxLength: 80 }),
        fc.array(finding, { minLength: 1, maxLength: 20 }),
        (whens, findings) => {
          const rules = whens.map(rule);
          const policy = withRules(rules);
          for (const f of findings) {
            const indexed = judge(f, policy, NO_WAIVERS);
            // One rule at a time is below the index's threshold: the linear scan.
            const linear = rules.filter(
              (r) => judge(f, withRules([r]), NO_WAIVERS).matchedRules.length > 0,
            );
            expect(indexed.matchedRules).toEqual(linear.map((r) => r.id));
            const alone = judge(f, withRules(linear.length ? linear : []), NO_WAIVERS);
            expect([indexed.verdict, indexed.rule]).toEqual([alone.verdict, alone.rule]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("offers every rule that matches, in policy order, and leaves some out (so it can fail)", () => {
    const rules = ["CVE-2024-*", "ghsa-*", "!CVE-*", "*-1"].map((id, i) => rule({ id }, i));
    const index = buildRuleIndex(rules);
    const f = makeFinding(
      { id: "GHSA-ab-cd", tool: "trivy", layer: "dependency", title: "t", severity: "high" },
      "r.json",
    );
    const subject = {
      finding: f,
      severity: f.severity,
      classification: "internal" as const,
      controls: [],
      paths: [],
      lowercaseIds: ["ghsa-ab-cd"],
      defaultAction: "warn",
    };
    // "CVE-2024-*" is filed under its prefix and cannot match; "*-1" under its suffix; the
    // negation has no literal part and is offered to every finding.
    expect(index.candidates(subject).map((r) => r.id)).toEqual(["r1", "r2"]);
  });
});

// The index and the predicates read a pattern's literal parts the same way (glob-literals.ts),
// so comparing them alone cannot catch a literal part both read wrongly (a class or extglob
// taken for literal text). The reference is minimatch itself, on the whole pattern.
describe("literal parts of globs (shared by the index and the predicates)", () => {
  const minimatch = (nocase: boolean) => (patterns: string[], value: string) =>
    patterns.some((p) => new Minimatch(p, { dot: true, nocomment: true, nocase }).match(value));
  const rows: [string, readonly string[], readonly string[], boolean][] = [
    ["ids (case-insensitive, values lowercased)", ID_PATTERNS, IDS, true],
    ["paths", PATH_PATTERNS, PATHS, false],
    ["packages", PACKAGE_PATTERNS, PACKAGES, false],
  ];
  it.each(rows)("%s: a list matches what minimatch matches", (_what, patterns, values, nocase) => {
    const reference = minimatch(nocase);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...patterns), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...values),
        (list, raw) => {
          const value = nocase ? raw.toLowerCase() : raw;
          const test = compileGlobs(list, nocase ? { nocase, lowercased: true } : {});
          expect(test(value)).toBe(reference(list, value));
        },
      ),
      { numRuns: 300 },
    );
  });
});
