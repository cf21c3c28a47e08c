// Detection from content: every real fixture of these formats is recognised as its own format
// and by no other parser; files that are not reports (or name no tool) are exit 2.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { PARSERS } from "../src/reports/parsers/index.js";
import { ztgate } from "./helpers/cli.js";
import { FILE_FORMAT, FORCED } from "./helpers/formats.js";
import { MANIFEST } from "./helpers/manifest.js";

const root = join(import.meta.dirname, "..");

/** The formats this test covers; for these the manifest folder is the ztgate format id. */
const FORMATS = ["checkov", "sarif", "kics", "tfsec", "trivy-operator", "gitleaks", "hadolint"];

const expectedFormat = (file: string, folder: string) => FILE_FORMAT[file] ?? folder;
const ours = MANIFEST.filter(
  (e) => FORMATS.includes(expectedFormat(e.file, e.format)) && !(e.file in FORCED),
);

function detectedBy(path: string): string[] {
  const input = decodeReport(readFileSync(path), path);
  return PARSERS.filter((p) => p.detect(input)).map((p) => p.id);
}

describe("every fixture is recognised as its own format, by exactly one parser", () => {
  it.each(ours.map((e) => [e.file, expectedFormat(e.file, e.format)]))("%s", (file, format) => {
    expect(detectedBy(join(root, "fixtures/real", file))).toEqual([format]);
  });
});

describe("these parsers claim no other format's fixture", () => {
  const others = MANIFEST.filter((e) => !FORMATS.includes(expectedFormat(e.file, e.format)));
  it.each(others.map((e) => [e.file]))("%s", (file) => {
    const claimed = detectedBy(join(root, "fixtures/real", file));
    expect(claimed.filter((id) => FORMATS.includes(id) || id === "ztgate")).toEqual([]);
  });
});

describe("not a report: exit 2, unrecognised format, the file named", () => {
  const files = [
    "package.json",
    "tsconfig.json",
    "test/data/empty-object.json",
    "test/data/empty-array.json",
    "test/data/null.json",
    // Reports that name no tool until forced (see FORCED).
    ...Object.keys(FORCED).map((f) => `fixtures/real/${f}`),
  ];
  it.each(files)("%s", async (file) => {
    const r = await ztgate(["parse", file], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: unrecognised format`);
  });
});

describe("FORMAT:PATH forces a format", () => {
  it.each(Object.entries(FORCED))("%s is read when forced", async (file, { format, reason }) => {
    expect(reason.length).toBeGreaterThan(20);
    const r = await ztgate(["parse", `${format}:fixtures/real/${file}`], { cwd: root });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { reports: { format: string; findings: unknown[] }[] };
    expect(out.reports[0]).toMatchObject({ format, findings: [] });
  });

  // Forcing the wrong format is an error naming the file, never an empty (passing) report.
  const wrong = PARSERS.map((p) => p.id);
  it.each(wrong)("%s forced onto package.json is exit 2", async (format) => {
    const r = await ztgate(["parse", `${format}:package.json`], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("package.json:");
  });

  it("forcing the format a file would be detected as changes nothing", async () => {
    const file = "fixtures/real/snyk/snykcode_issue_9270.json";
    const detected = await ztgate(["parse", file], { cwd: root });
    const forced = await ztgate(["parse", `sarif:${file}`], { cwd: root });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(detected.stdout);
  });
});
