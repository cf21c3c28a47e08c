// Which layers a report is evidence for, found or not (`require.layers`): a clean IaC scan
// still proves IaC was scanned; a report that scanned nothing proves nothing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { detectParser, parserById } from "../src/reports/parsers/index.js";
import { fixtureText } from "./helpers/fixture.js";
import { REAL } from "./helpers/manifest.js";

function coverageOf(path: string, text = readFileSync(path, "utf8")): string[] | undefined {
  const input = decodeReport(Buffer.from(text), path);
  return detectParser(input).coverage?.(input);
}

describe("coverage from real reports", () => {
  const cases: [string, string[]][] = [
    ["checkov/checkov-report-0-vuln.json", ["iac"]],
    ["checkov/checkov-report-multiple-check_type.json", ["iac"]],
    ["checkov/dd-samples__secrets-checkov-2.json", ["secret"]],
    ["kics/no_findings.json", ["iac"]],
    ["sarif/codeQL-output.sarif", ["code"]],
    ["sarif/gitleaks_7.5.0.sarif", ["secret"]],
    ["sarif/dockle_0_3_15.sarif", ["image"]],
    ["sarif/trivy-golden__alpine-310.sarif", ["image"]],
    ["sarif/cxf-3.4.6.sarif", ["dependency"]],
    ["sarif/no_runs.sarif", []],
    ["trivy-operator/configauditreport_many.json", ["iac"]],
    ["trivy-operator/all_reports_in_dict.json", ["iac", "secret", "image"]],
  ];
  it.each(cases)("%s → %j", (file, layers) => {
    expect(coverageOf(`${REAL}/${file}`)).toEqual(layers);
  });

  it("a checkov summary-only report scanned nothing", () => {
    const text = JSON.stringify({ passed: 0, failed: 0, checkov_version: "3.2.0" });
    expect(coverageOf("checkov.json", text)).toEqual([]);
  });

  it("a KICS report that scanned no file proves nothing", () => {
    const raw = JSON.parse(fixtureText("kics/no_findings.json"));
    expect(coverageOf("kics.json", JSON.stringify({ ...raw, files_scanned: 0 }))).toEqual([]);
  });

  it("a ztgate findings document declares its layers", () => {
    expect(coverageOf("test/data/ztgate-findings.json")).toEqual(["code", "license"]);
  });

  it.each(["tfsec", "hadolint", "gitleaks"])(
    "%s has one layer, which is its evidence without a coverage function",
    (id) => {
      expect(parserById(id)?.layers).toHaveLength(1);
    },
  );
});
