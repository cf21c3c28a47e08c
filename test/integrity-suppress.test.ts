// Issue 13 (verdict integrity): scanner suppressions are written by the change under review
// (.trivyignore, VEX files, .grype.yaml, .snyk, SARIF suppressions, CycloneDX analysis), so the
// policy decides whether they hold: settings.scanner-suppressions (honour |
// require-justification | report-only, default report-only) and the `suppressed` condition.
//
// Reports with suppressions, all real except where noted:
//   trivy/trivy-golden__npm-with-suppressed.json  aquasecurity/trivy
//     integration/testdata/fixtures/convert/npm-with-suppressed.json.golden (VEX, with statement)
//   sarif/SuppressionTestCurrent.sarif, sarif/appendix_k.sarif  DefectDojo/django-DefectDojo
//     unittests/scans/sarif/ (SARIF `external` suppressions, no justification)
//   cyclonedx/issue_8022.json  DefectDojo/django-DefectDojo unittests/scans/cyclonedx/
//     (analysis not_affected with justification and detail)
//   snyk/dd-samples__jenkins_snyk.json  DefectDojo/sample-scan-files snyk/jenkins_snyk.json
//     (.snyk ignores with a reason and an expiry)
//   test/data/deps/grype-kev-ignored.json  built (grype 0.87 shape): an ignoredMatches entry
//     with a VEX justification
// Variants without a justification are built from those files below (statement, reason
// removed), as a .trivyignore or a bare .snyk ignore writes them.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { evaluate, type Evaluation } from "../src/gate/evaluate.js";
import { GateError } from "../src/model/errors.js";
import { checkExample, exampleFinding } from "../src/gate/examples.js";
import { explainText } from "../src/commands/explain.js";
import { judge } from "../src/gate/judge.js";
import { type Policy } from "../src/policy/load.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { parseReport } from "../src/reports/read.js";
import { dedupe } from "../src/model/dedupe.js";
import { annotationsReporter } from "../src/reporters/annotations.js";
import { consoleReporter } from "../src/reporters/console.js";
import { html } from "../src/reporters/html.js";
import { json as jsonReporter } from "../src/reporters/json.js";
import { junit } from "../src/reporters/junit.js";
import { markdown } from "../src/reporters/markdown.js";
import { sarif as sarifReporter } from "../src/reporters/sarif.js";
import { ztgate } from "./helpers/cli.js";

const ROOT = join(import.meta.dirname, "..");
const NOW = new Date("2026-11-22T00:00:00Z");
const SETTINGS = ["honour", "require-justification", "report-only"] as const;
type Setting = (typeof SETTINGS)[number];

function policyFrom(text: string): Promise<Policy> {
  return loadPolicy("/virtual/ztgate.yml", (path) => {
    if (path === "/virtual/ztgate.yml") return text;
    throw Object.assign(new Error("nope"), { code: "ENOENT" });
  });
}

/** Every finding blocks unless its suppression is honoured: the verdict says which it was. */
function blockAll(setting?: Setting, extraRules = ""): Promise<Policy> {
  return policyFrom(
    [
      "version: 1",
      "rules:",
      "  - { id: block-everything, when: {}, action: block }",
      extraRules,
      setting ? `settings: { scanner-suppressions: ${setting} }` : "",
    ].join("\n"),
  );
}

function reportText(path: string): string {
  return decodeReport(readFileSync(join(ROOT, path)), path).text;
}

function evaluateText(text: string, path: string, policy: Policy): Evaluation {
  const parsed = parseReport(decodeReport(Buffer.from(text), path));
  return evaluate(parsed.findings, policy, NOW);
}

function evaluateFile(path: string, policy: Policy): Evaluation {
  return evaluateText(reportText(path), path, policy);
}

// A .trivyignore writes no statement, only the file it came from.
function trivyIgnoreVariant(): string {
  const doc = JSON.parse(reportText("fixtures/real/trivy/trivy-golden__npm-with-suppressed.json"));
  for (const r of doc.Results) {
    for (const m of r.ExperimentalModifiedFindings ?? []) {
      m.Type = "vulnerability";
      m.Status = "ignored";
      delete m.Statement;
      m.Source = ".trivyignore";
    }
  }
  return JSON.stringify(doc);
}

// A .snyk ignore with an expiry but no reason.
function snykNoReasonVariant(): string {
  const doc = JSON.parse(reportText("fixtures/real/snyk/dd-samples__jenkins_snyk.json"));
  for (const v of doc.filtered.ignore) for (const rule of v.filtered.ignored) delete rule.reason;
  return JSON.stringify(doc);
}

interface Row {
  name: string;
  path: string;
  text: () => string;
  /** How many findings the scanner suppressed, and whether the suppressions are justified. */
  suppressed: number;
  justified: boolean;
}

const file = (path: string) => () => reportText(path);
const ROWS: Row[] = [
  {
    name: "trivy VEX with a statement",
    path: "fixtures/real/trivy/trivy-golden__npm-with-suppressed.json",
    text: file("fixtures/real/trivy/trivy-golden__npm-with-suppressed.json"),
    suppressed: 1,
    justified: true,
  },
  {
    name: "trivy .trivyignore (source only, no statement)",
    path: "trivyignore.json",
    text: trivyIgnoreVariant,
    suppressed: 1,
    justified: false,
  },
  {
    name: "SARIF external suppressions without justification",
    path: "fixtures/real/sarif/SuppressionTestCurrent.sarif",
    text: file("fixtures/real/sarif/SuppressionTestCurrent.sarif"),
    suppressed: 3,
    justified: false,
  },
  {
    name: "SARIF appendix K accepted suppression without justification",
    path: "fixtures/real/sarif/appendix_k.sarif",
    text: file("fixtures/real/sarif/appendix_k.sarif"),
    suppressed: 1,
    justified: false,
  },
  {
    name: "CycloneDX analysis not_affected with justification",
    path: "fixtures/real/cyclonedx/issue_8022.json",
    text: file("fixtures/real/cyclonedx/issue_8022.json"),
    suppressed: 1,
    justified: true,
  },
  {
    name: ".snyk ignores with a reason",
    path: "fixtures/real/snyk/dd-samples__jenkins_snyk.json",
    text: file("fixtures/real/snyk/dd-samples__jenkins_snyk.json"),
    suppressed: 2,
    justified: true,
  },
  {
    name: ".snyk ignores with an expiry and no reason",
    path: "snyk-no-reason.json",
    text: snykNoReasonVariant,
    suppressed: 2,
    justified: false,
  },
  {
    name: "grype ignoredMatches with a VEX justification",
    path: "test/data/deps/grype-kev-ignored.json",
    text: file("test/data/deps/grype-kev-ignored.json"),
    suppressed: 1,
    justified: true,
  },
];

function honoured(setting: Setting | undefined, justified: boolean): boolean {
  if (setting === "honour") return true;
  if (setting === "require-justification") return justified;
  return false;
}

describe("settings.scanner-suppressions decides whether a scanner's suppression holds", () => {
  const cases = ROWS.flatMap((row) =>
    [...SETTINGS, undefined].map((setting) => ({ ...row, setting })),
  );
  it.each(cases)("$name, $setting", async ({ path, text, suppressed, justified, setting }) => {
    const evaluation = evaluateText(text(), path, await blockAll(setting));
    const marked = evaluation.findings.filter((e) => e.finding.suppressed);
    expect(marked).toHaveLength(suppressed);
    const holds = honoured(setting, justified);
    for (const e of marked) {
      expect(e.verdict).toBe(holds ? "ignored" : "block");
      expect(e.suppression?.honoured).toBe(holds);
      const kind = e.finding.suppressed!.kind;
      expect(e.reason).toContain(`suppressed by ${kind}`);
      if (!holds) {
        const why =
          setting === "require-justification"
            ? "not honoured: it has no justification (settings.scanner-suppressions is require-justification)"
            : `not honoured: settings.scanner-suppressions is ${setting ?? "report-only"}`;
        expect(e.reason).toContain(why);
      }
    }
    // Findings the scanner did not suppress are untouched by the setting.
    for (const e of evaluation.findings.filter((x) => !x.finding.suppressed)) {
      expect(e.verdict).toBe("block");
      expect(e.suppression).toBeUndefined();
    }
  });

  it("names the trivy VEX suppression in the verdict of the default (report-only)", async () => {
    const evaluation = evaluateFile(
      "fixtures/real/trivy/trivy-golden__npm-with-suppressed.json",
      await blockAll(),
    );
    const e = evaluation.findings.find((x) => x.finding.suppressed)!;
    expect(e.reason).toBe(
      "rule block-everything (block); suppressed by trivy VEX not_affected (./vex.json), not honoured: settings.scanner-suppressions is report-only",
    );
    expect(e.finding.suppressed?.justification).toBe("vulnerable_code_not_in_execute_path");
    // A description's full stop does not end up before the clause's semicolon.
    const builtin = evaluateFile(
      "fixtures/real/trivy/trivy-golden__npm-with-suppressed.json",
      await loadPolicy(undefined),
    ).findings.find((x) => x.finding.suppressed)!;
    expect(builtin.reason).toMatch(/for information; suppressed by trivy VEX/);
  });

  it("the default policy gates a suppressed critical: a pull request cannot silence it", async () => {
    const evaluation = evaluateFile(
      "test/data/deps/grype-kev-ignored.json",
      await loadPolicy(undefined),
    );
    const e = evaluation.findings.find((x) => x.finding.id === "CVE-2024-0001")!;
    expect(e.finding.suppressed).toBeDefined();
    // Critical without a fix: the default pack warns (not ignored, as before).
    expect(e.verdict).toBe("warn");
    expect(e.suppression).toEqual({
      kind: "grype vex not_affected",
      justification: "vulnerable_code_not_in_execute_path",
      honoured: false,
    });
  });

  it("a blank justification is no justification", async () => {
    const finding = exampleFinding({ id: "CVE-2024-9", severity: "critical" });
    finding.suppressed = { kind: "sarif inSource", justification: "  \n " };
    const policy = await blockAll("require-justification");
    expect(judge(finding, policy, { waivers: [] }).verdict).toBe("block");
  });

  it("keeps the justification the scanner gave, and none where it gave only a source or expiry", () => {
    const byPath = (row: Row) =>
      parseReport(decodeReport(Buffer.from(row.text()), row.path)).findings.filter(
        (f) => f.suppressed,
      );
    for (const row of ROWS) {
      for (const f of byPath(row)) {
        expect(Boolean(f.suppressed!.justification), row.name).toBe(row.justified);
      }
    }
  });
});

describe("the suppressed condition", () => {
  it("warns on every suppressed finding under report-only, and matches nothing else", async () => {
    const policy = await policyFrom(
      "version: 1\nrules:\n  - { id: warn-suppressed, when: { suppressed: true }, action: warn }\n",
    );
    const evaluation = evaluateFile("fixtures/real/sarif/SuppressionTestCurrent.sarif", policy);
    for (const e of evaluation.findings) {
      expect(e.verdict, e.finding.id).toBe(e.finding.suppressed ? "warn" : "info");
    }
  });

  it("blocks suppressed criticals even when honouring the rest", async () => {
    const policy = await blockAll(
      "honour",
      "  - { id: block-suppressed-critical, when: { suppressed: true, severity: critical }, action: block }",
    );
    const evaluation = evaluateFile("test/data/deps/grype-kev-ignored.json", policy);
    const critical = evaluation.findings.find((e) => e.finding.id === "CVE-2024-0001")!;
    expect(critical.verdict).toBe("block");
    expect(critical.rule).toBe("block-suppressed-critical");
    // A rule that does not ask about suppression does not reach an honoured suppression.
    expect(critical.matchedRules).toEqual(["block-suppressed-critical"]);
    const low = exampleFinding({ id: "CVE-2024-2", severity: "low" });
    low.suppressed = { kind: "grype ignore rule" };
    const judged = judge(low, policy, { waivers: [] });
    expect(judged.verdict).toBe("ignored");
    expect(judged.reason).toBe(
      "suppressed by grype ignore rule, honoured: settings.scanner-suppressions is honour",
    );
  });

  it("suppressed: false matches only findings no scanner suppressed", async () => {
    const policy = await policyFrom(
      "version: 1\nrules:\n  - { id: block-unsuppressed, when: { suppressed: false }, action: block }\n",
    );
    const evaluation = evaluateFile("fixtures/real/sarif/SuppressionTestCurrent.sarif", policy);
    for (const e of evaluation.findings) {
      expect(e.verdict, e.finding.id).toBe(e.finding.suppressed ? "info" : "block");
    }
  });
});

describe("policy validation of the new keys (exit 2 with line and column)", () => {
  const cases = [
    [
      "settings:\n  scanner-suppressions: ignore\n",
      3,
      /scanner-suppressions must be one of: honour, require-justification, report-only/,
    ],
    [
      'rules:\n  - id: r\n    when: { suppressed: "yes" }\n    action: warn\n',
      4,
      /suppressed must be boolean/,
    ],
  ] as const;
  it.each(cases)("%j", async (body, line, message) => {
    const error = await policyFrom(`version: 1\n${body}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    const g = error as GateError;
    expect(g.message).toMatch(message);
    expect(g.line).toBe(line);
    expect(g.column).toBeGreaterThan(0);
  });

  it("ztgate validate exits 2 naming file:line:column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-suppress-"));
    writeFileSync(
      join(dir, "ztgate.yml"),
      "version: 1\nsettings:\n  scanner-suppressions: honor\n",
    );
    const r = await ztgate(["validate"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ztgate\.yml:3:\d+: .*scanner-suppressions must be one of/);
  });
});

describe("rule examples with suppressed: true follow the setting", () => {
  const example = {
    finding: { id: "CVE-2024-7", severity: "critical" as const, suppressed: true },
  };
  it.each([
    ["honour", "ignored"],
    ["require-justification", "block"],
    ["report-only", "block"],
    [undefined, "block"],
  ] as const)("%s: %s", async (setting, verdict) => {
    const policy = await blockAll(setting);
    expect(checkExample({ ...example, verdict }, policy)).toEqual([]);
  });
});

describe("an example's suppression can carry a justification", () => {
  it("require-justification honours suppressed: JUSTIFICATION, not suppressed: true", async () => {
    const policy = await policyFrom(
      [
        "version: 1",
        "settings: { scanner-suppressions: require-justification }",
        "rules:",
        "  - id: block-critical",
        "    when: { severity: critical }",
        "    action: block",
        "    examples:",
        "      - finding: { id: CVE-1, severity: critical, suppressed: component_not_present }",
        "        matches: false",
        "        verdict: ignored",
        "      - finding: { id: CVE-2, severity: critical, suppressed: true }",
        "        verdict: block",
      ].join("\n"),
    );
    const rule = policy.rules[0]!;
    for (const example of rule.examples) expect(checkExample(example, policy, rule)).toEqual([]);
  });
});

describe("the suppression is shown in explain and in the outputs", () => {
  it("explain and the console name the suppression and that it was not honoured", async () => {
    const policy = await blockAll();
    const evaluation = evaluateFile("fixtures/real/cyclonedx/issue_8022.json", policy);
    const e = evaluation.findings.find((x) => x.finding.suppressed)!;
    const text = explainText(e, policy);
    expect(text).toContain(
      "  suppressed: cyclonedx not_affected (code_not_reachable: An optional explanation of why the application is not affected by the vulnerable component.); not honoured: settings.scanner-suppressions is report-only",
    );
    const out = consoleReporter.render(evaluation, {
      verbosity: "normal",
      color: false,
      version: "0",
    });
    expect(out).toContain("(suppressed by cyclonedx not_affected, not honoured)");
  });

  it("check -o json carries the suppression decision", async () => {
    const r = await ztgate(
      ["check", "fixtures/real/trivy/trivy-golden__npm-with-suppressed.json", "-o", "json"],
      { cwd: ROOT },
    );
    const evaluation = JSON.parse(r.stdout) as Evaluation;
    const e = evaluation.findings.find((x) => x.finding.suppressed)!;
    expect(e.suppression).toMatchObject({
      kind: "trivy VEX not_affected (./vex.json)",
      honoured: false,
    });
  });
});

describe("every output names a suppression that did not hold", () => {
  const reporters = [
    ["console", consoleReporter],
    ["markdown", markdown],
    ["junit", junit],
    ["html", html],
    ["annotations", annotationsReporter],
    ["sarif", sarifReporter],
    ["json", jsonReporter],
  ] as const;
  it.each(reporters)("%s", async (_name, reporter) => {
    const evaluation = evaluateFile("fixtures/real/cyclonedx/issue_8022.json", await blockAll());
    const rendered = reporter.render(evaluation, {
      verbosity: "normal",
      color: false,
      version: "0",
    });
    // Markdown escapes "_" (not\_affected).
    const out = rendered.replace(/\\_/g, "_");
    expect(out).toContain("suppressed by cyclonedx not_affected");
    expect(out).toMatch(/not honoured/);
  });
});

describe("cross-scanner dedupe keeps the weaker suppression", () => {
  it("a justified and an unjustified suppression of one finding: not honoured under require-justification", async () => {
    const spec = {
      id: "CVE-2024-5",
      package: "openssl",
      version: "3.0.0",
      severity: "critical" as const,
    };
    const justified = exampleFinding({ ...spec, tool: "grype" });
    justified.suppressed = {
      kind: "grype vex not_affected",
      justification: "component_not_present",
    };
    const bare = exampleFinding({ ...spec, tool: "trivy" });
    bare.suppressed = { kind: "trivy ignored (.trivyignore)" };
    const policy = await blockAll("require-justification");
    for (const order of [
      [justified, bare],
      [bare, justified],
    ]) {
      const [merged] = dedupe(order);
      const judged = judge(merged!, policy, { waivers: [] });
      expect(judged.verdict).toBe("block");
      expect(judged.reason).toContain("suppressed by trivy ignored (.trivyignore), not honoured");
    }
  });
});

// Checkov moves a check a `#checkov:skip=ID:reason` comment names from failed_checks to
// skipped_checks (the shape of the sample output in bridgecrewio/checkov's README; Checkov
// writes "No comment provided" when the comment gives no reason); tfsec marks a
// `#tfsec:ignore:ID` result status "ignored" (with --include-ignored). Dropping them made a
// comment in the pull request a silent pass whatever the setting.
function checkovReport(): string {
  const check = (id: string, extra: object) => ({
    check_id: id,
    check_name: `check ${id}`,
    file_path: "/example.tf",
    file_line_range: [1, 25],
    resource: "aws_s3_bucket.foo-bucket",
    ...extra,
  });
  return JSON.stringify({
    check_type: "terraform",
    results: {
      passed_checks: [],
      failed_checks: [check("CKV_AWS_21", { check_result: { result: "FAILED" } })],
      skipped_checks: [
        check("CKV_AWS_20", {
          check_result: {
            result: "SKIPPED",
            suppress_comment: "The bucket is a public static content host",
          },
        }),
        check("CKV_AWS_18", {
          check_result: { result: "SKIPPED", suppress_comment: "No comment provided" },
        }),
      ],
      parsing_errors: [],
    },
    summary: { passed: 0, failed: 1, skipped: 2, parsing_errors: 0, checkov_version: "3.2.0" },
  });
}

function tfsecReport(status: string): string {
  const doc = JSON.parse(reportText("fixtures/real/tfsec/many_findings_current.json"));
  doc.results[0].status = status;
  return JSON.stringify(doc);
}

describe("IaC skip comments are suppressions, not absent findings", () => {
  it.each([
    ["honour", { CKV_AWS_21: "block", CKV_AWS_20: "ignored", CKV_AWS_18: "ignored" }],
    ["require-justification", { CKV_AWS_21: "block", CKV_AWS_20: "ignored", CKV_AWS_18: "block" }],
    ["report-only", { CKV_AWS_21: "block", CKV_AWS_20: "block", CKV_AWS_18: "block" }],
  ] as const)("checkov skipped_checks, %s", async (setting, verdicts) => {
    const evaluation = evaluateText(checkovReport(), "checkov.json", await blockAll(setting));
    const got = Object.fromEntries(evaluation.findings.map((e) => [e.finding.id, e.verdict]));
    expect(got).toEqual(verdicts);
    const skipped = evaluation.findings.find((e) => e.finding.id === "CKV_AWS_20")!;
    expect(skipped.finding.suppressed).toEqual({
      kind: "checkov skip comment",
      justification: "The bucket is a public static content host",
    });
  });

  it("tfsec status ignored is a suppressed finding; passed is none; an unknown status is exit 2", async () => {
    const policy = await blockAll();
    const ignored = evaluateText(tfsecReport("ignored"), "tfsec.json", policy);
    const all = evaluateText(tfsecReport("failed"), "tfsec.json", policy);
    expect(ignored.findings).toHaveLength(all.findings.length);
    expect(ignored.findings.filter((e) => e.finding.suppressed)).toHaveLength(1);
    expect(ignored.findings.every((e) => e.verdict === "block")).toBe(true);
    const passed = evaluateText(tfsecReport("passed"), "tfsec.json", policy);
    expect(passed.findings).toHaveLength(all.findings.length - 1);
    expect(() => evaluateText(tfsecReport("warning"), "tfsec.json", policy)).toThrow(GateError);
  });
});

// Trivy's ModifiedFinding (aquasecurity/trivy pkg/types/finding.go) has Type vulnerability,
// misconfiguration, secret or license; only vulnerabilities were read, the rest dropped. A
// misconfiguration with Status EXCEPTION is one a Rego exception in the repository excused.
// Built from fixtures/real/trivy/misconfigurations_and_secrets.json (DefectDojo/django-DefectDojo
// unittests/scans/trivy/), moving its findings to where --show-suppressed and exceptions put them.
function trivyModified(change: (doc: TrivyDoc) => void): string {
  const doc = JSON.parse(
    reportText("fixtures/real/trivy/misconfigurations_and_secrets.json"),
  ) as TrivyDoc;
  change(doc);
  return JSON.stringify(doc);
}
interface TrivyDoc {
  Results: Record<string, unknown[] | string | undefined>[];
}
function moveToModified(type: string, key: string) {
  return (doc: TrivyDoc) => {
    for (const r of doc.Results) {
      const found = (r[key] as unknown[] | undefined) ?? [];
      r.ExperimentalModifiedFindings = found.map((f) => ({
        Type: type,
        Status: "ignored",
        Source: ".trivyignore.yaml",
        Statement: "accepted",
        Finding: f,
      }));
      delete r[key];
    }
  };
}

describe("every kind of Trivy suppression is a suppressed finding", () => {
  const count = (text: string, policy: Policy) => {
    const e = evaluateText(text, "trivy.json", policy).findings;
    return { all: e.length, suppressed: e.filter((x) => x.finding.suppressed).length };
  };
  it.each([
    ["misconfiguration", "Misconfigurations", 1],
    ["secret", "Secrets", 2],
  ])("ignored %s findings are kept and marked", async (type, key, n) => {
    const policy = await blockAll();
    const before = count(
      reportText("fixtures/real/trivy/misconfigurations_and_secrets.json"),
      policy,
    );
    const after = count(trivyModified(moveToModified(type, key)), policy);
    expect(after).toEqual({ all: before.all, suppressed: n });
  });

  it("a misconfiguration a Rego exception excused is kept and marked", async () => {
    const text = trivyModified((doc) => {
      for (const r of doc.Results) {
        const misconfs = (r.Misconfigurations as { Status: string }[] | undefined) ?? [];
        for (const m of misconfs) m.Status = "EXCEPTION";
        // As Trivy counts them: an excused check is an exception, not a failure.
        const summary = r.MisconfSummary as { Failures: number; Exceptions: number } | undefined;
        if (summary) {
          summary.Failures -= misconfs.length;
          summary.Exceptions += misconfs.length;
        }
      }
    });
    const findings = evaluateText(text, "trivy.json", await blockAll()).findings;
    const excused = findings.filter((e) => e.finding.suppressed);
    expect(excused.map((e) => [e.finding.layer, e.finding.suppressed?.kind, e.verdict])).toEqual([
      ["iac", "trivy exception", "block"],
    ]);
  });

  it("an unknown Type or a Finding that is not an object is exit 2", async () => {
    const policy = await blockAll();
    for (const bad of [
      { Type: "sbom", Status: "ignored", Finding: {} },
      { Type: "vulnerability", Status: "ignored", Finding: "CVE-1" },
    ]) {
      const text = trivyModified((doc) => {
        doc.Results[0]!.ExperimentalModifiedFindings = [bad] as unknown as unknown[];
      });
      expect(() => evaluateText(text, "trivy.json", policy)).toThrow(GateError);
    }
  });
});
