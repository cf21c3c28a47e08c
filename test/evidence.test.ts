// Which layers a report is evidence for, and the evidence requirements, on real reports.
import { describe, expect, it } from "vitest";
import { checkEvidence, durationMs } from "../src/gate/evidence.js";
import { loadEvidence } from "../src/reports/read.js";

describe("a report is evidence for the layers it scanned, findings or not", () => {
  const cases: [string, number, string[]][] = [
    ["fixtures/demo/clean-image.trivy.json", 0, ["image"]],
    ["fixtures/real/trivy/scheme_2_no_vuln.json", 0, ["image"]],
    ["fixtures/real/trivy/trivy-golden__terraform-exclude-misconfs-remote-module.json", 0, ["iac"]],
    ["fixtures/real/trivy/license_scheme.json", 19, ["image", "license"]],
    ["fixtures/real/trivy/misconfigurations_and_secrets.json", 5, ["dependency", "iac", "secret"]],
    ["fixtures/real/trivy/issue_9170.json", 37, ["iac"]],
  ];
  it.each(cases)("%s", (path, findings, layers) => {
    const report = loadEvidence({ path });
    expect(report.findings).toHaveLength(findings);
    expect(report.layers).toEqual(layers);
  });
});

describe("requirements", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  const reports = [
    {
      path: "a.json",
      format: "trivy",
      layers: ["image" as const],
      createdAt: "2026-11-20T12:00:00Z",
    },
    { path: "b.json", format: "npm-audit", layers: ["dependency" as const] },
  ];

  it("durations", () => {
    expect([durationMs("90m"), durationMs("24h"), durationMs("7d"), durationMs("2w")]).toEqual([
      5_400_000, 86_400_000, 604_800_000, 1_209_600_000,
    ]);
    expect(() => durationMs("7 days")).toThrow(/invalid duration/);
  });

  const table: [string, Parameters<typeof checkEvidence>[1], string[], string[]][] = [
    [
      "all present and fresh",
      { layers: ["image", "dependency"], maxReportAge: "3d" },
      [],
      ["b.json: report has no timestamp, so its age (max-report-age 3d) cannot be verified"],
    ],
    [
      "missing layer",
      { layers: ["iac", "image", "secret"] },
      [
        'required layer "iac" has no report: missing evidence is not a pass',
        'required layer "secret" has no report: missing evidence is not a pass',
      ],
      [],
    ],
    [
      "stale by a day",
      { maxReportAge: "1d" },
      ["a.json: report is stale: created 2026-11-20T12:00:00Z, older than max-report-age 1d"],
      ["b.json: report has no timestamp, so its age (max-report-age 1d) cannot be verified"],
    ],
    [
      "timestamps required",
      { maxReportAge: "3d", timestamps: true },
      ["b.json: report has no timestamp, so its age (max-report-age 3d) cannot be verified"],
      [],
    ],
  ];
  it.each(table)("%s", (_name, require, errors, warnings) => {
    const result = checkEvidence(reports, require, now);
    expect(result.errors).toEqual(errors);
    expect(result.warnings).toEqual(warnings);
    expect(result.coverage).toEqual({ image: ["a.json"], dependency: ["b.json"] });
  });
});
