// The fail-closed matrix: every way the gate can be left without evidence or without a valid
// policy ends in exit 2 with a message that names the thing to fix. One row per case; a gate
// that passed on any of these could be fooled into a green build.
import { describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";

const root = new URL("..", import.meta.url).pathname;
const clean = "fixtures/demo/clean-image.trivy.json";
const policy = (name: string) => ["--policy", `test/data/policies/${name}.yml`];

const cases: [string, string[], RegExp][] = [
  // Evidence that is not there or cannot be read
  ["missing file", ["check", "nope/missing.json"], /nope\/missing\.json: report does not exist/],
  ["no reports at all", ["check"], /no reports given/],
  [
    "glob matching nothing",
    ["check", "fixtures/demo/*.nothing"],
    /no report matches the pattern "fixtures\/demo\/\*\.nothing"/,
  ],
  ["directory given as a report", ["check", "fixtures/demo"], /fixtures\/demo: is a directory/],
  ["empty file", ["check", "test/data/empty.json"], /empty\.json: is empty/],
  ["whitespace only", ["check", "test/data/whitespace.json"], /whitespace\.json: is empty/],
  [
    "truncated JSON",
    ["check", "test/data/truncated.json"],
    /truncated\.json:3:\d+: is not valid JSON/,
  ],
  ["binary file", ["check", "test/data/binary.json"], /binary\.json: is a binary file/],
  // Evidence of nothing
  ["unknown format", ["check", "package.json"], /package\.json: unrecognised format/],
  [
    "unknown forced format",
    ["check", "nosuch:package.json"],
    /package\.json: unknown format "nosuch"/,
  ],
  [
    "forced format that does not fit",
    ["check", `grype:${clean}`],
    /clean-image\.trivy\.json: is not a Grype JSON report/,
  ],
  [
    "error-only report",
    ["check", "test/data/npm-enoaudit.json"],
    /npm-enoaudit\.json: is an error report, not scan results: ENOAUDIT/,
  ],
  // Evidence the policy requires and does not get
  [
    "report from the wrong layer for require.layers",
    ["check", ...policy("image-required"), "fixtures/demo/web.npm-audit.json"],
    /required layer "image" has no report: missing evidence is not a pass/,
  ],
  [
    "stale report for require.max-report-age",
    ["check", ...policy("fresh-reports"), "fixtures/demo/api-image.trivy.json"],
    /api-image\.trivy\.json: report is stale: created 2021-08-25T12:20:30\.000Z, older than max-report-age 7d/,
  ],
  // A policy that cannot be trusted
  ["missing policy", ["check", "--policy", "nope.yml", clean], /nope\.yml: policy does not exist/],
  [
    "invalid policy",
    ["check", ...policy("invalid"), clean],
    /invalid\.yml:6:13: \/rules\/0\/action must be one of: block, warn, info, ignore/,
  ],
  [
    "unknown policy key",
    ["check", ...policy("unknown-key"), clean],
    /unknown-key\.yml:7:\d+: unknown key "actoin" at \/rules\/0/,
  ],
  [
    "policy extending a missing pack",
    ["check", ...policy("missing-pack"), clean],
    /missing-pack\.yml:3:\d+: unknown built-in pack "zero-trsut"/,
  ],
  [
    "policy extending a missing file",
    ["check", ...policy("missing-file"), clean],
    /missing-file\.yml:3:\d+: extends "\.\/shared\/base\.yml", which does not exist/,
  ],
  [
    "waiver missing owner",
    ["check", ...policy("waiver-no-owner"), clean],
    /waiver-no-owner\.yml:5:\d+: missing required key "owner" at \/waivers\/0/,
  ],
  // A command line that does not say what to do
  ["unknown output format", ["check", clean, "-o", "pdf"], /unknown output format "pdf"/],
  ["unknown option", ["check", "--frobnicate"], /frobnicate/],
];

describe("fail closed: the gate cannot decide (exit 2, naming what to fix)", () => {
  it.each(cases)("%s", async (_name, args, message) => {
    const r = await ztgate(args, { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).not.toMatch(/PASSED|BLOCKED/);
  });
});
