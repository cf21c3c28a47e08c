// The newcomer's first minutes (issue 16): the quick start's demo shows the product's point
// (one CVE blocks the restricted payments service and warns on the public docs site), the
// console names each finding's asset and classification, and a large report shows progress.
import { describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";
import { ROOT } from "./helpers/evaluations.js";

const QUICK_START = ["check", "--policy", "fixtures/demo/ztgate.yml", "fixtures/demo/*.json"];

/** The console's verdict groups: header line → finding lines. */
function groups(stdout: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of stdout.split("\n")) {
    const header = /^([A-Z]+) \(\d+/.exec(line);
    if (header) out.set(header[1]!, (current = []));
    else if (line.startsWith("  ") && current) current.push(line);
    else current = undefined;
  }
  return out;
}

describe("the quick start", () => {
  it("blocks CVE-2020-28196 on payments-api (restricted) and warns on docs-site (public)", async () => {
    const r = await ztgate(QUICK_START, { cwd: ROOT });
    expect(r.code).toBe(1);
    const g = groups(r.stdout);
    const cve = (verdict: string) =>
      (g.get(verdict) ?? []).filter((l) => l.includes("CVE-2020-28196"));
    expect(cve("BLOCK")).toHaveLength(1);
    expect(cve("BLOCK")[0]).toContain("payments-api (restricted)");
    expect(cve("WARN")).toHaveLength(1);
    expect(cve("WARN")[0]).toContain("docs-site (public)");
    expect(r.stdout).toMatch(/^ztgate: BLOCKED \(2 blocking: CVE-2019-12900, CVE-2020-28196;/m);
  });

  it("shows each finding's classification on the console, also without an asset", async () => {
    const r = await ztgate(QUICK_START, { cwd: ROOT });
    const lines = [...groups(r.stdout).values()].flat();
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).toMatch(/\((public|internal|confidential|restricted)\)/);
    expect(lines.some((l) => l.includes("CKV_GCP_28") && l.includes("(internal)"))).toBe(true);
  });
});
