// Annotations: what GitHub shows within 10 per level per step, in the order a reviewer needs,
// written as workflow commands that scanner text cannot break out of.
import { describe, expect, it } from "vitest";
import {
  checkAnnotations,
  selectAnnotations,
  workflowCommand,
  type Annotation,
} from "../src/reporters/annotations.js";
import { severityRank } from "../src/model/vocabulary.js";
import { evaluateFixtures, syntheticEvaluation } from "./helpers/evaluations.js";

const FIXTURES = [
  "real/trivy/misconfigurations_and_secrets.json",
  "real/trivy/trivy-golden__secrets.json",
  "real/trivy/legacy_many_vulns.json",
];

describe("annotation selection", () => {
  it("keeps 10 per level and counts the rest", () => {
    const evaluation = evaluateFixtures(...FIXTURES);
    const { shown, omitted } = selectAnnotations(evaluation);
    const v = evaluation.counts.byVerdict;
    const count = (level: string) => shown.filter((a) => a.level === level).length;
    expect([count("error"), count("warning"), count("notice")]).toEqual([
      Math.min(10, v.block),
      Math.min(10, v.warn),
      Math.min(10, v.info),
    ]);
    expect(omitted).toEqual({
      error: Math.max(0, v.block - 10),
      warning: Math.max(0, v.warn - 10),
      notice: Math.max(0, v.info - 10),
    });
  });

  it("puts blocking findings first, then those on changed files, then by severity", () => {
    const evaluation = evaluateFixtures(...FIXTURES);
    const plain = selectAnnotations(evaluation).shown.filter((a) => a.level === "error");
    const ranks = plain.map((a) => severityRank(a.finding.effectiveSeverity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const last = plain[plain.length - 1]!;
    const changed = selectAnnotations(evaluation, { changedFiles: new Set([last.file!]) }).shown;
    expect(changed[0]!.file).toBe(last.file);
    expect(changed[0]!.level).toBe("error");
  });

  it("spends the per-level budget on blocking findings in changed files before others", () => {
    const evaluation = syntheticEvaluation(30);
    const inChange = new Set(["services/app-29/package-lock.json"]);
    const { shown, omitted } = selectAnnotations(evaluation, { changedFiles: inChange });
    expect(shown[0]!.file).toBe("services/app-29/package-lock.json");
    expect(omitted.error).toBe(20);
  });
});

describe("workflow commands", () => {
  const base = selectAnnotations(evaluateFixtures("real/trivy/trivy-golden__secrets.json"))
    .shown[0]!;

  it("names the file, lines and title", () => {
    expect(workflowCommand(base)).toMatch(
      /^::error file=deploy\.sh,line=3,endLine=3,title=ztgate block%3A critical /,
    );
  });

  it("escapes text so a title cannot start a command of its own", () => {
    const evil: Annotation = {
      ...base,
      file: "a,b:c.ts",
      title: "x,y:z",
      message: "100% bad\n::error::forged\r\n",
    };
    const line = workflowCommand(evil);
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toBe(
      "::error file=a%2Cb%3Ac.ts,line=3,endLine=3,title=x%2Cy%3Az::100%25 bad%0A::error::forged%0D%0A",
    );
  });
});

describe("check run annotations", () => {
  it("places only findings on files, with GitHub's levels and line ranges", () => {
    const evaluation = evaluateFixtures(...FIXTURES);
    const list = checkAnnotations(evaluation, undefined, 1000);
    const onFiles = evaluation.findings.filter(
      (e) => e.finding.location && ["block", "warn", "info"].includes(e.verdict),
    );
    expect(list).toHaveLength(onFiles.length);
    expect(list[0]!.annotation_level).toBe("failure");
    for (const a of list) {
      expect(a.start_line).toBeGreaterThanOrEqual(1);
      expect(a.end_line).toBeGreaterThanOrEqual(a.start_line);
    }
    expect(checkAnnotations(evaluation, undefined, 7)).toHaveLength(7);
  });
});
