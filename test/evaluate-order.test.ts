// The evaluation's order (verdict, severity, id, fingerprint) is the same whichever way a
// bucket is sorted: on one number per finding (id rank and fingerprint prefix), or on one
// string per finding when fingerprints are not lowercase hex.
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/gate/evaluate.js";
import { makeFinding } from "../src/model/make-finding.js";
import { severityRank, type Severity } from "../src/model/vocabulary.js";
import { loadPolicy } from "../src/io/policy-file.js";

const NOW = new Date("2026-11-22T00:00:00Z");
const policy = await loadPolicy(undefined);
const SEVERITIES: Severity[] = ["critical", "high", "medium", "low"];
const VERDICT_ORDER = ["block", "warn", "info", "waived", "ignored"];

function findings(count: number, distinctIds: number, hex = true) {
  return Array.from({ length: count }, (_, i) => {
    const f = makeFinding(
      {
        tool: "semgrep",
        layer: "code",
        // Ids that are prefixes of each other ("rule-1", "rule-10") test the key order.
        id: `rule-${(i * 7919) % distinctIds}`,
        title: "t",
        severity: SEVERITIES[i % SEVERITIES.length]!,
        location: { path: `src/f${i}.ts`, startLine: 1 },
      },
      "r.sarif",
    );
    // Upper-case digits (and prefixes shared by several findings) take the string fallback.
    return hex ? f : { ...f, fingerprint: `${i % 3 ? "ABCDEFGH" : "abcdefgh"}${f.fingerprint}` };
  });
}

describe("evaluation order", () => {
  const cases: [string, number, number, boolean][] = [
    ["few ids repeated", 6000, 12, true],
    ["an id per finding", 6000, 6000, true],
    ["small buckets", 40, 7, true],
    ["fingerprints not lowercase hex", 3000, 40, false],
  ];
  it.each(cases)("%s", (_name, count, ids, hex) => {
    const e = evaluate(findings(count, ids, hex), policy, NOW);
    const expected = [...e.findings].sort(
      (a, b) =>
        VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
        severityRank(b.finding.severity) - severityRank(a.finding.severity) ||
        (a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0) ||
        (a.finding.fingerprint < b.finding.fingerprint ? -1 : 1),
    );
    expect(e.findings.length).toBe(count);
    expect(e.findings.map((x) => x.finding.fingerprint)).toEqual(
      expected.map((x) => x.finding.fingerprint),
    );
  });
});
