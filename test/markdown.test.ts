// The markdown report: the verdict for each outcome, safe text from scanner input, and every
// variant within GitHub's size limit however many findings there are.
import { describe, expect, it } from "vitest";
import {
  MARKDOWN_LIMITS,
  renderMarkdown,
  renderUndecidedMarkdown,
} from "../src/reporters/markdown.js";
import { cell } from "../src/reporters/markdown-text.js";
import { LAYERS } from "../src/model/vocabulary.js";
import {
  evaluateFixtures,
  evaluateWithPolicy,
  syntheticEvaluation,
} from "./helpers/evaluations.js";

const ctx = { version: "0.0.0-test" };

describe("markdown report", () => {
  it.each([
    ["fail", "demo/payments-image.trivy.json", "## ❌ ztgate: blocked"],
    ["warn", "real/trivy/legacy_many_vulns.json", "## ⚠️ ztgate: passed with warnings"],
    ["pass", "demo/clean-image.trivy.json", "## ✅ ztgate: passed"],
  ])("headlines a %s outcome", (outcome, file, headline) => {
    const evaluation = evaluateFixtures(file);
    expect(evaluation.outcome).toBe(outcome);
    const text = renderMarkdown(evaluation, ctx, { variant: "summary" });
    expect(text.startsWith(`${headline}\n`)).toBe(true);
    const v = evaluation.counts.byVerdict;
    expect(text).toContain(`${v.info} info, ${v.waived} waived, ${v.ignored} ignored`);
  });

  it("lists every blocking finding with its rule, and counts per severity and layer", () => {
    const evaluation = evaluateFixtures("real/trivy/misconfigurations_and_secrets.json");
    const text = renderMarkdown(evaluation, ctx, { variant: "summary" });
    const blocking = evaluation.findings.filter((e) => e.verdict === "block");
    const section = text.split("### Blocking findings")[1]!.split("\n\n")[1]!;
    expect(
      section.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---")),
    ).toHaveLength(blocking.length + 1);
    for (const e of blocking) expect(section).toContain(`\`${e.rule}\``);
    const layers = LAYERS.filter((l) => evaluation.findings.some((e) => e.finding.layer === l));
    expect(layers.length).toBeGreaterThan(1);
    expect(text).toContain(`| severity | ${layers.join(" | ")} | total |`);
  });

  it("puts the marker first and links the run in a comment", () => {
    const text = renderMarkdown(evaluateFixtures("demo/payments-image.trivy.json"), ctx, {
      variant: "comment",
      marker: "<!-- m -->",
      runUrl: "https://github.com/o/r/actions/runs/1",
    });
    expect(text.startsWith("<!-- m -->\n## ❌")).toBe(true);
    expect(text).toContain("[full report](https://github.com/o/r/actions/runs/1)");
  });

  it.each([
    ["a table break", "a | b", "a \\| b"],
    ["HTML", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["a mention", "ping @octocat", "ping @\u200boctocat"],
    ["newlines", "one\ntwo\r\nthree", "one two three"],
    ["markdown links", "[click](https://evil)", "\\[click\\](https://evil)"],
  ])("escapes %s in scanner text", (_what, input, output) => {
    expect(cell(input)).toBe(output);
  });

  it.each(["summary", "comment", "check"] as const)(
    "keeps the %s under GitHub's limit with thousands of findings",
    (variant) => {
      const evaluation = syntheticEvaluation(3000);
      const text = renderMarkdown(evaluation, ctx, { variant, runUrl: "https://x/run" });
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MARKDOWN_LIMITS[variant]);
      expect(text).toContain("## ❌ ztgate: blocked");
      expect(text).toMatch(/…and \d+ more findings not listed here/);
    },
  );

  it("falls back to verdict and counts, then to a cut with a note, as the limit shrinks", () => {
    const evaluation = syntheticEvaluation(50);
    const small = renderMarkdown(evaluation, ctx, { variant: "comment", maxSize: 2000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(2000);
    expect(small).toContain("**50 blocking findings**");
    const tiny = renderMarkdown(evaluation, ctx, { variant: "comment", maxSize: 200 });
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(200);
    expect(tiny).toContain("truncated to fit");
  });

  it("explains a run that could not decide", () => {
    const text = renderUndecidedMarkdown("reports/x.json: report does not exist", ctx, {});
    expect(text).toContain("## ⛔ ztgate: could not decide");
    expect(text).toContain("reports/x.json: report does not exist");
  });

  it("is written by the CLI with -o markdown", async () => {
    const { ztgate } = await import("./helpers/cli.js");
    const r = await ztgate(["check", "fixtures/demo/payments-image.trivy.json", "-o", "markdown"]);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith("## ❌ ztgate: blocked")).toBe(true);
  });

  describe("policy sections", () => {
    it("names the asset and classification of each blocking finding", async () => {
      const evaluation = await evaluateWithPolicy(
        "classification",
        "real/trivy/issue_9092.json",
        "real/trivy/cvss_severity_source.json",
      );
      const text = renderMarkdown(evaluation, ctx, { variant: "summary" });
      const blocked = evaluation.findings.filter((e) => e.verdict === "block");
      expect(blocked.length).toBeGreaterThan(0);
      for (const e of blocked) expect(text).toContain(`| ${e.asset} (${e.classification}) |`);
    });

    it("lists the waivers that need attention, and only those", async () => {
      const evaluation = await evaluateWithPolicy("waivers", "demo/payments-image.trivy.json");
      const text = renderMarkdown(evaluation, ctx, { variant: "summary" });
      const flagged = evaluation.waivers.filter((w) => w.status !== "active");
      expect(new Set(flagged.map((w) => w.status))).toEqual(
        new Set(["expired", "over-long", "unused", "expiring-soon"]),
      );
      expect(text).toContain(`### Waivers that need attention (${flagged.length})`);
      for (const w of evaluation.waivers) {
        expect(text.includes(`| \`${w.id}\` |`), w.id).toBe(w.status !== "active");
      }
    });

    it("draws posture per control × asset with the worst verdict in each cell", async () => {
      const evaluation = await evaluateWithPolicy(
        "ingress",
        "real/checkov/dd-samples__terraform_checkov-1.json",
        "policies/ingress/kics-unrestricted-ingress.json",
        "policies/ingress/trivy-unrestricted-ingress.json",
      );
      const text = renderMarkdown(evaluation, ctx, { variant: "summary" });
      const ingress = evaluation.findings.filter(
        (e) => e.controls.includes("public-ingress") && e.asset === "core-network",
      );
      const blocked = ingress.filter((e) => e.verdict === "block").length;
      expect(blocked).toBeGreaterThan(0);
      expect(text).toMatch(/### Posture per control and asset\n\n\| control \| core-network \|/);
      expect(text).toContain(`| \`public-ingress\` | ❌ ${blocked} |`);
    });

    it("shows layer coverage, and missing evidence as could-not-decide", async () => {
      const evaluation = await evaluateWithPolicy("evidence", "demo/payments-image.trivy.json");
      expect(evaluation.errors.length).toBeGreaterThan(0);
      const text = renderMarkdown(evaluation, ctx, { variant: "summary" });
      expect(text.startsWith("## ⛔ ztgate: could not decide (missing or stale evidence)")).toBe(
        true,
      );
      for (const e of evaluation.errors) expect(text).toContain(`- ⛔ ${e}`);
      expect(text).toMatch(/\| image \| ✅ 1 report \|/);
      expect(text).toMatch(/\| iac \| — no report \|/);
    });
  });
});
