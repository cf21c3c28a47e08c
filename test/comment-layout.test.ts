// The pull request comment a reviewer reads in ten seconds (issue 16): the verdict and its
// reason first, the blocking findings grouped by asset one line each, then what needs
// attention, everything else collapsed; narrow enough for a 780 px comment; one severity (the
// effective one) in every count and row.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/reporters/markdown.js";
import {
  evaluateFixtures,
  evaluateWithPolicy,
  NOW,
  syntheticEvaluation,
} from "./helpers/evaluations.js";
import { evaluate, type Evaluation } from "../src/gate/evaluate.js";
import { makeFinding } from "../src/model/make-finding.js";
import { loadPolicy } from "../src/io/policy-file.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ctx = { version: "0.0.0-test" };
const BLOB = "https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/";

function comment(evaluation: Evaluation, extra: { blobUrl?: string } = {}): string {
  return renderMarkdown(evaluation, ctx, {
    variant: "comment",
    runUrl: "https://github.com/acme/shop/actions/runs/7",
    ...extra,
  });
}

/** The comment without its collapsed sections: what a reviewer sees without a click. */
function visible(text: string): string {
  return text.replace(/<details>[\s\S]*?<\/details>/g, "");
}

/** The widest table (in columns) outside the collapsed sections. */
function widestVisibleTable(text: string): number {
  return Math.max(
    0,
    ...visible(text)
      .split("\n")
      .filter((l) => l.startsWith("|"))
      .map((l) => l.split(" | ").length),
  );
}

describe("the pull request comment", () => {
  it("opens with the verdict and a one-line reason naming the blocking finding", () => {
    const text = comment(evaluateFixtures("demo/payments-image.trivy.json"));
    const [headline, , reason] = text.split("\n");
    expect(headline).toBe("## ❌ ztgate: blocked");
    expect(reason).toMatch(/^\*\*\d+ blocking findings?\*\* \(CVE-2019-12900[,)]/);
  });

  it("lists blocking findings grouped by asset with classification, one line each", async () => {
    const evaluation = await evaluateWithPolicy(
      "classification",
      "real/trivy/issue_9092.json",
      "demo/payments-image.trivy.json",
    );
    const text = comment(evaluation, { blobUrl: BLOB });
    const blocking = evaluation.findings.filter((e) => e.verdict === "block");
    expect(blocking.length).toBeGreaterThan(1);
    const section = visible(text).split("### Blocking findings")[1]!.split("\n### ")[0]!;
    for (const e of blocking) {
      // Each line's rule is its group's heading: named once, not wrapped onto every line.
      expect(section).toContain(
        `**${e.asset ?? "(no asset)"}** · ${e.classification} · rule \`${e.rule}\``,
      );
    }
    const lines = section.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toHaveLength(blocking.length);
    const certifi = lines.find((l) => l.includes("CVE-2023-37920"))!;
    const heading = section.slice(0, section.indexOf(certifi)).trim().split("\n").at(-1);
    expect(heading).toBe(
      "**payments-api** · restricted · rule `zt-block-fixable-high-sensitive` (1)",
    );
    expect(certifi).toContain("certifi@\u200b2022.5.18.1 → 2023.7.22");
    expect(certifi).toContain(`](${BLOB}requirements.txt)`);
  });

  it("links file:line to the file at the head commit, and shows it unlinked without one", () => {
    const evaluation = syntheticEvaluation(2);
    const linked = comment(evaluation, { blobUrl: BLOB });
    expect(linked).toContain(
      `[services/app-0/package-lock.json:1](${BLOB}services/app-0/package-lock.json#L1)`,
    );
    const plain = comment(evaluation);
    expect(plain).toMatch(/ · services\/app-0\/package-lock.json:1$/m);
    expect(plain).not.toContain("/blob/");
  });

  it("never links a path outside the repository", () => {
    const evaluation = syntheticEvaluation(1, {
      location: { path: "/etc/passwd", startLine: 1 },
    });
    expect(comment(evaluation, { blobUrl: BLOB })).not.toContain("/blob/");
  });

  it("puts what needs attention after the blocking findings, and the rest collapsed", async () => {
    const evaluation = await evaluateWithPolicy("waivers", "demo/payments-image.trivy.json");
    const text = comment(evaluation);
    const shown = visible(text);
    const order = ["### Blocking findings", "### Needs attention"].map((h) => shown.indexOf(h));
    expect(order[0]).toBeGreaterThan(0);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(shown).not.toContain("### Findings by severity and layer");
    expect(text).toContain("<summary>Findings by severity and layer</summary>");
  });

  it.each([
    ["a small run", () => evaluateFixtures("demo/payments-image.trivy.json")],
    ["30,000 findings", () => syntheticEvaluation(30_000)],
  ])("fits a 780 px comment in %s: no visible table wider than 3 columns", (_, make) => {
    const text = comment(make());
    expect(widestVisibleTable(text)).toBeLessThanOrEqual(3);
    expect(Buffer.byteLength(text)).toBeLessThan(65_536);
    for (const line of visible(text)
      .split("\n")
      .filter((l) => l.startsWith("- "))) {
      // The text a reviewer sees (links and code marks removed) fits about one line at 780 px.
      const seen = line.replace(/\]\([^)]*\)/g, "]").replace(/[`*[\]]/g, "");
      expect(seen.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("one severity everywhere", () => {
  // Checkov findings without a severity are `unknown` from the scanner and `high` after
  // settings.unknown-severity; the counts said `unknown 13` while the rows said `high`.
  const evaluation = evaluateFixtures("real/checkov/checkov-report-multiple-check_type.json");

  it("counts the effective severity", () => {
    const unknown = evaluation.findings.filter((e) => e.finding.severity === "unknown");
    expect(unknown.length).toBeGreaterThan(0);
    expect(evaluation.counts.bySeverity.unknown).toBe(0);
    for (const [severity, n] of Object.entries(evaluation.counts.bySeverity)) {
      expect(evaluation.findings.filter((e) => e.effectiveSeverity === severity)).toHaveLength(n);
    }
  });

  it("orders findings by the effective severity inside each verdict", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-order-"));
    const file = join(dir, "ztgate.yml");
    writeFileSync(
      file,
      'version: 1\nrules:\n  - { id: warn-all, when: { severity: ">=info" }, action: warn }\n',
    );
    const policy = await loadPolicy(file);
    const findings = (["low", "unknown", "medium"] as const).map((severity, i) =>
      makeFinding(
        {
          tool: "checkov",
          layer: "iac",
          id: `CKV_X_${i}`,
          title: "t",
          severity,
          location: { path: `m${i}.tf` },
        },
        "r.json",
      ),
    );
    const ordered = evaluate(findings, policy, NOW).findings.map((e) => e.effectiveSeverity);
    expect(ordered).toEqual(["high", "medium", "low"]);
  });

  it.each(["comment", "summary"] as const)(
    "the %s says where the severity came from",
    (variant) => {
      const text = renderMarkdown(evaluation, ctx, { variant });
      expect(text).not.toMatch(/^\| unknown \|/m);
      expect(text).toContain("unscored findings counted as high (settings.unknown-severity)");
    },
  );
});
