// The same project scanned by Trivy and by Grype: `check` must show each vulnerability once,
// found by both. Grype names most of them by GHSA with the CVE among related vulnerabilities
// and writes Go versions with a leading "v"; Trivy names them by CVE without it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/model/finding.js";
import { loadReport } from "../src/reports/read.js";
import { ztgate } from "./helpers/cli.js";
import { REAL } from "./helpers/manifest.js";

const TRIVY = join(REAL, "trivy/dd-samples__k-client_trivy-report.json");
const GRYPE = join(REAL, "grype/dd-samples__k-client-grype-sca.json");

/** CVE (or the id when there is none) + package + version without a leading "v". */
function key(f: Finding): string {
  const id = [f.id, ...f.aliases].find((a) => a.startsWith("CVE-")) ?? f.id;
  return [id, f.package?.name, f.package?.version?.replace(/^v/, "")].join(" ");
}

describe("cross-scanner dedupe: Trivy and Grype on the same project", () => {
  it("gives one finding per CVE+package+version, with both tools in foundBy", async () => {
    const expected = new Set([
      ...loadReport({ path: TRIVY }).findings.map(key),
      ...loadReport({ path: GRYPE }).findings.map(key),
    ]);
    const r = await ztgate(["check", TRIVY, GRYPE, "-o", "json"]);
    expect(r.code).toBe(1);
    const evaluation = JSON.parse(r.stdout) as { findings: { finding: Finding }[] };
    const findings = evaluation.findings.map((e) => e.finding);
    expect(findings.map(key).sort()).toEqual([...expected].sort());
    for (const f of findings) {
      expect(f.foundBy, key(f)).toEqual([
        // Reports are named by their repository path, whatever path they were given as.
        { tool: "trivy", report: "fixtures/real/trivy/dd-samples__k-client_trivy-report.json" },
        { tool: "grype", report: "fixtures/real/grype/dd-samples__k-client-grype-sca.json" },
      ]);
    }
  });

  it("keeps Grype's GHSA id as an alias of the CVE it merged into", async () => {
    const r = await ztgate(["check", TRIVY, GRYPE, "-o", "json"]);
    const findings = (JSON.parse(r.stdout) as { findings: { finding: Finding }[] }).findings;
    const jwt = findings.map((e) => e.finding).find((f) => f.id === "CVE-2024-51744");
    expect(jwt?.aliases).toContain("GHSA-29wx-vh33-7x7r");
  });

  it("shows both tools on each console line", async () => {
    const r = await ztgate(["check", TRIVY, GRYPE]);
    const lines = r.stdout
      .split("\n")
      .filter((l) => /^ {2}(critical|high|medium|low|info|unknown) /.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain("[trivy+grype]");
  });
});
