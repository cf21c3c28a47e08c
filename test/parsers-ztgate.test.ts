// ztgate's own findings JSON: validated against schema/findings.schema.json, fingerprints
// recomputed; and every parser's output is valid input (the schema covers the whole model).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../src/reports/decode.js";
import { PARSERS } from "../src/reports/parsers/index.js";
import { parseReport } from "../src/reports/read.js";
import { ztgate } from "./helpers/cli.js";
import { MANIFEST, realPath } from "./helpers/manifest.js";
import { REFUSED } from "./helpers/formats.js";

const EXAMPLE = "test/data/ztgate-findings.json";

describe("a findings document", () => {
  it("is detected, takes the document's tool and timestamp, and titles default to the id", () => {
    const input = decodeReport(readFileSync(EXAMPLE), EXAMPLE);
    const report = parseReport(input);
    expect(report.format).toBe("ztgate");
    expect(report.createdAt).toBe("2026-11-20T08:00:00.000Z");
    expect(report.findings.map((f) => [f.tool, f.id, f.title])).toEqual([
      ["in-house-scanner", "IH-001", "Session cookie without the Secure flag"],
      ["licence-checker", "AGPL-3.0", "AGPL-3.0"],
    ]);
  });

  it("fingerprint and foundBy are recomputed, never taken from the input", () => {
    const [, licence] = parseReport(decodeReport(readFileSync(EXAMPLE), EXAMPLE)).findings;
    expect(licence?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(licence?.foundBy).toEqual([{ tool: "licence-checker", report: EXAMPLE }]);
  });

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ["unknown severity", { severity: "severe" }, /\/findings\/0\/severity must be equal to one of/],
    ["unknown layer", { layer: "network" }, /\/findings\/0\/layer must be equal to one of/],
    ["unknown field", { colour: "red" }, /must NOT have additional properties "colour"/],
    ["bad CWE", { cwe: ["79"] }, /\/findings\/0\/cwe\/0 must match pattern/],
    ["no tool anywhere", { tool: undefined }, /findings\[0\] names no tool/],
  ];
  it.each(invalid)("%s is exit 2 naming the file", async (_name, change, message) => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const file = join(mkdtempSync(join(tmpdir(), "ztgate-")), "findings.json");
    const finding = { tool: "t", layer: "code", id: "X-1", severity: "high", ...change };
    writeFileSync(
      file,
      JSON.stringify({ format: "ztgate-findings", version: 1, findings: [finding] }),
    );
    const r = await ztgate(["parse", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(message);
  });
});

describe("`ztgate parse -o json` output is valid ztgate input, for every detectable fixture", () => {
  const detectable = MANIFEST.filter((e) => {
    if (e.file in REFUSED) return false;
    const input = decodeReport(readFileSync(realPath(e)), realPath(e));
    return PARSERS.some((p) => p.detect(input));
  });
  it.each(detectable.map((e) => [e.file, realPath(e)]))("%s", (_file, path) => {
    const parsed = parseReport(decodeReport(readFileSync(path), path));
    const text = JSON.stringify({ reports: [parsed] });
    const again = parseReport(decodeReport(Buffer.from(text), "roundtrip.json"));
    expect(again.format).toBe("ztgate");
    const strip = (f: { foundBy: unknown }) => ({ ...f, foundBy: undefined });
    expect(again.findings.map(strip)).toEqual(parsed.findings.map(strip));
  });
});
