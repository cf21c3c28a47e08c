import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const demo = (name: string) => join(root, "fixtures/demo", name);

describe("ztgate check with the built-in default policy", () => {
  it("blocks the demo image: a fixable critical is present", async () => {
    const r = await ztgate(["check", demo("payments-image.trivy.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^BLOCK \(2\)$/m);
    expect(r.stdout).toMatch(
      /^ {2}critical\s+CVE-2019-12900\s+libbz2@1\.0\.6-r6\s+ghcr\.io\/acme\/payments:1\.4\.2 /m,
    );
    expect(r.stdout).toContain("ztgate: BLOCKED (2 blocking: CVE-2019-12900, CVE-2020-28196;");
  });

  it("passes a clean report", async () => {
    const r = await ztgate(["check", demo("clean-image.trivy.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ztgate: PASSED");
  });

  it("passes when only medium findings are present, and lists them as info", async () => {
    const r = await ztgate(["check", demo("api-image.trivy.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^INFO \(4\)$/m);
    expect(r.stdout.match(/^ {2}medium\s+CVE-/gm)).toHaveLength(4);
  });

  it("writes the full evaluation as JSON to a file and the console to stdout", async () => {
    const { mkdtempSync, readFileSync } = await import("node:fs");
    const dir = mkdtempSync(join((await import("node:os")).tmpdir(), "ztgate-"));
    const file = join(dir, "out", "evaluation.json");
    const r = await ztgate([
      "check",
      demo("payments-image.trivy.json"),
      "-o",
      "console",
      "-o",
      `json=${file}`,
    ]);
    expect(r.code).toBe(1);
    const evaluation = JSON.parse(readFileSync(file, "utf8"));
    expect(evaluation.outcome).toBe("fail");
    expect(evaluation.counts.byVerdict).toMatchObject({ block: 2, info: 3 });
    expect(evaluation.findings[0].rule).toBe("block-fixable-high-vulnerabilities");
    expect(r.stdout).toContain("ztgate: BLOCKED");
  });
});

// The fail-closed cases (exit 2) are one table in test/fail-closed.test.ts.

describe("the built binary", () => {
  it("runs the quick start command and exits 1 on the demo reports", () => {
    const r = spawnSync(
      process.execPath,
      ["dist/cli.js", "check", "fixtures/demo/payments-image.trivy.json"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("CVE-2019-12900");
  });

  it("prints its version and lists its formats", () => {
    const version = execFileSync(process.execPath, ["dist/cli.js", "--version"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const formats = execFileSync(process.execPath, ["dist/cli.js", "formats"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(formats).toMatch(/^\s+trivy\s/m);
  });
});
