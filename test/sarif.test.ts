// The SARIF ztgate writes is valid SARIF 2.1.0 (the vendored schema) for every real fixture
// ztgate can parse, and stays within GitHub's upload limits.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderSarif } from "../src/reporters/sarif.js";
import { parserById } from "../src/reports/parsers/index.js";
import { evaluateFixtures, ROOT, syntheticEvaluation } from "./helpers/evaluations.js";
import { FORCED, REFUSED } from "./helpers/formats.js";
import { MANIFEST } from "./helpers/manifest.js";
import { sarifSchemaErrors } from "./helpers/sarif-schema.js";
import { ztgate } from "./helpers/cli.js";

interface Log {
  runs: {
    tool: {
      driver: { name: string; rules: { id: string; properties: Record<string, unknown> }[] };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      partialFingerprints: Record<string, string>;
      suppressions?: unknown[];
    }[];
    properties: Record<string, unknown>;
  }[];
}

const ctx = { version: "0.0.0-test", workspace: ROOT };
/** Every real fixture a registered parser reads (more join as parsers land). */
const parsed = MANIFEST.filter(
  (e) => e.expected !== ("error" as unknown) && !(e.file in REFUSED) && parserById(e.format),
);

describe("SARIF output", () => {
  it("covers real fixtures", () => {
    expect(parsed.length).toBeGreaterThan(10);
  });

  // Reports that cannot be detected from their content alone (an empty list) are forced, as in
  // the manifest test.
  it.each(parsed.map((e) => [e.file]))("%s is valid SARIF 2.1.0", (file) => {
    const forced = FORCED[file];
    const evaluation = evaluateFixtures(`${forced ? `${forced.format}:` : ""}real/${file}`);
    const log = JSON.parse(renderSarif(evaluation, ctx)) as Log;
    expect(sarifSchemaErrors(log)).toBe("");
    const run = log.runs[0]!;
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe("ztgate");
    expect(run.results).toHaveLength(evaluation.findings.length);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      // Code scanning needs a location and a repository-relative URI for every result.
      expect(r.locations[0]!.physicalLocation.artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/i);
      expect(Object.values(r.partialFingerprints)[0]).toMatch(/^[0-9a-f]{16}$/);
    }
    for (const rule of run.tool.driver.rules) {
      expect(Number(rule.properties["security-severity"])).toBeGreaterThanOrEqual(0);
      expect(Number(rule.properties["security-severity"])).toBeLessThanOrEqual(10);
    }
  });

  it("maps verdicts to levels and marks scanner-suppressed findings as suppressed", () => {
    const evaluation = evaluateFixtures(
      "real/trivy/trivy-golden__npm-with-suppressed.json",
      "real/trivy/misconfigurations_and_secrets.json",
    );
    const log = JSON.parse(renderSarif(evaluation, ctx)) as Log;
    const results = log.runs[0]!.results;
    evaluation.findings.forEach((e, i) => {
      const level = {
        block: "error",
        warn: "warning",
        info: "note",
        waived: "note",
        ignored: "note",
      }[e.verdict];
      expect(results[i]!.level).toBe(level);
      expect(results[i]!.suppressions !== undefined).toBe(
        e.verdict === "ignored" || e.verdict === "waived",
      );
    });
    // settings.scanner-suppressions defaults to report-only: the VEX finding is not hidden.
    expect(evaluation.findings.some((e) => e.finding.suppressed && e.verdict !== "ignored")).toBe(
      true,
    );
  });

  it("keeps the most important results when over the result limit, and says how many were left out", () => {
    const evaluation = syntheticEvaluation(30);
    const log = JSON.parse(
      renderSarif(evaluation, ctx, { results: 12, gzippedBytes: 10_000_000 }),
    ) as Log;
    expect(log.runs[0]!.results).toHaveLength(12);
    expect(log.runs[0]!.properties.omittedResults).toBe(18);
    expect(sarifSchemaErrors(log)).toBe("");
  });

  it("halves the results until the gzipped log fits", () => {
    const evaluation = syntheticEvaluation(400);
    const text = renderSarif(evaluation, ctx, { results: 25_000, gzippedBytes: 8_000 });
    expect(gzipSync(text).length).toBeLessThanOrEqual(8_000);
    const log = JSON.parse(text) as Log;
    expect(log.runs[0]!.results.length).toBeLessThan(400);
    expect(log.runs[0]!.properties.omittedResults).toBe(400 - log.runs[0]!.results.length);
  });

  it("is written by the CLI with -o sarif=FILE", async () => {
    const { mkdtempSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join((await import("node:os")).tmpdir(), "ztgate-sarif-"));
    const file = join(dir, "out.sarif");
    const r = await ztgate(
      ["check", "fixtures/demo/payments-image.trivy.json", "-o", `sarif=${file}`],
      { cwd: ROOT },
    );
    expect(r.code).toBe(1);
    expect(sarifSchemaErrors(JSON.parse(readFileSync(file, "utf8")))).toBe("");
  });
});
