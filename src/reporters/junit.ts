// JUnit XML for GitLab, Jenkins and any CI that shows test results: one test suite per rule,
// one test case per rule × asset. A test case fails when it holds findings that fail the gate
// (new blocking ones); every other finding is listed in the case's system-out.
import type { EvaluatedFinding, Evaluation } from "../gate/evaluate.js";
import { packageLabel, placeLabel } from "./console.js";
import { escapeMarkup as x } from "./markup.js";
import { assetOf, failsGate, groupBy, ruleOf } from "./grouping.js";
import type { Reporter } from "./types.js";

function describe(e: EvaluatedFinding): string {
  const f = e.finding;
  const subject = [f.id, packageLabel(f), placeLabel(f)].filter(Boolean).join(" ");
  const mark = e.baseline === "existing" ? " (existing, in the baseline)" : "";
  return `${e.verdict.toUpperCase()} ${f.severity} ${subject}: ${f.title}${mark}\n  ${e.reason}`;
}

interface Case {
  xml: string;
  failed: boolean;
}

function testCase(rule: string, asset: string, findings: EvaluatedFinding[], ev: Evaluation): Case {
  const failing = findings.filter((e) => failsGate(e, ev));
  const others = findings.filter((e) => !failsGate(e, ev));
  const lines = [`    <testcase name="${x(asset)}" classname="${x(`ztgate.${rule}`)}" time="0">`];
  if (failing.length > 0) {
    const ids = [...new Set(failing.map((e) => e.finding.id))].join(", ");
    const type = failing[0]?.verdict ?? "block";
    lines.push(
      `      <failure message="${x(`${failing.length} blocking: ${ids}`)}" type="${type}">` +
        `${x(failing.map(describe).join("\n"))}</failure>`,
    );
  }
  if (others.length > 0) {
    lines.push(`      <system-out>${x(others.map(describe).join("\n"))}</system-out>`);
  }
  lines.push("    </testcase>");
  return { xml: lines.join("\n"), failed: failing.length > 0 };
}

function suite(name: string, cases: Case[], ev: Evaluation): string {
  const failures = cases.filter((c) => c.failed).length;
  const timestamp = ev.evaluatedAt.replace(/\.\d+Z$/, "");
  return [
    `  <testsuite name="${x(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0" timestamp="${x(timestamp)}">`,
    `    <properties><property name="policy" value="${x(ev.policy.source)}"/><property name="outcome" value="${ev.outcome}"/></properties>`,
    ...cases.map((c) => c.xml),
    "  </testsuite>",
  ].join("\n");
}

/** Rule → asset → test case; with no findings, one passing case so the CI shows the gate ran. */
function suitesOf(ev: Evaluation): [string, Case[]][] {
  if (ev.findings.length === 0) {
    const reports = ev.reports.map((r) => r.path).join(", ") || "no reports";
    const xml = `    <testcase name="${x(reports)}" classname="ztgate" time="0"/>`;
    return [["ztgate", [{ xml, failed: false }]]];
  }
  return groupBy(ev.findings, ruleOf).map(([rule, findings]) => [
    rule,
    groupBy(findings, assetOf).map(([asset, group]) => testCase(rule, asset, group, ev)),
  ]);
}

export const junit: Reporter = {
  id: "junit",
  description: "JUnit XML: a test case per rule and asset, failed when it has blocking findings",
  render(evaluation) {
    const suites = suitesOf(evaluation);
    const cases = suites.flatMap(([, c]) => c);
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="ztgate" tests="${cases.length}" failures="${cases.filter((c) => c.failed).length}" errors="0" time="0">`,
      ...suites.map(([name, c]) => suite(name, c, evaluation)),
      "</testsuites>",
      "",
    ].join("\n");
  },
};
