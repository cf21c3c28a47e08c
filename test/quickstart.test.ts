// The newcomer's first minutes (issue 16): the quick start's demo shows the product's point
// (one CVE blocks the restricted payments service and warns on the public docs site), the
// console names each finding's asset and classification, and a large report shows progress.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTestRepo } from "./helpers/git.js";
import { createProgress } from "../src/commands/progress.js";
import { loadEvidenceStreamingAbove } from "../src/reports/read.js";
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

// ztgate is not on the npm registry: README installs it from the repository or its `npm
// pack` tarball. The tarball is installed as `npm install -g` lays it out (the package under
// lib/node_modules, its bin linked into bin/) but without fetching dependencies: dist/ is
// self-contained, which is what this proves, with no network in the test.
describe("installed from the npm pack tarball", () => {
  it("runs from PATH, and its pre-push hook blocks a push", () => {
    const prefix = mkdtempSync(join(tmpdir(), "ztgate-prefix-"));
    const repo = makeTestRepo();
    try {
      const pack = spawnSync("npm", ["pack", "--silent", "--pack-destination", prefix], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(pack.status, pack.stderr).toBe(0);
      const tarball = join(prefix, pack.stdout.trim().split("\n").at(-1)!);
      const pkg = join(prefix, "lib/node_modules/ztgate");
      mkdirSync(pkg, { recursive: true });
      const untar = spawnSync("tar", ["xzf", tarball, "-C", pkg, "--strip-components=1"]);
      expect(untar.status).toBe(0);
      mkdirSync(join(prefix, "bin"));
      symlinkSync(join(pkg, "dist/cli.js"), join(prefix, "bin/ztgate"));
      const env = { ...repo.env, PATH: `${join(prefix, "bin")}:${process.env.PATH}` };
      const installed = (...args: string[]) =>
        spawnSync("ztgate", args, { cwd: repo.work, env, encoding: "utf8" });

      expect(installed("--version").stdout).toMatch(/^\d+\.\d+\.\d+/);
      repo.write(
        "ztgate.yml",
        'version: 1\nextends: [default]\nlocal:\n  reports: ["reports/*.json"]\n',
      );
      repo.write(
        "reports/image.trivy.json",
        readFileSync(join(ROOT, "fixtures/demo/payments-image.trivy.json"), "utf8"),
      );
      repo.commit("a report with a fixable critical");
      const hook = installed("hook", "install");
      expect(hook.status, hook.stderr).toBe(0);
      const push = spawnSync("git", ["push", "origin", "main"], {
        cwd: repo.work,
        env,
        encoding: "utf8",
      });
      expect(push.status).not.toBe(0);
      expect(push.stdout + push.stderr).toContain("ztgate: BLOCKED");
      expect(repo.remoteHas("main")).toBe(false);
    } finally {
      repo.cleanup();
      rmSync(prefix, { recursive: true, force: true });
    }
  }, 60_000);
});

// A single large report used to show "parsing 1/1: path" and nothing more for minutes.
describe("progress on a large report", () => {
  it("reports bytes read and findings so far after each streamed block", () => {
    const path = "fixtures/real/grype/many_vulns.json";
    const seen: [number, number][] = [];
    const report = loadEvidenceStreamingAbove(
      { path, file: join(ROOT, path) },
      0,
      { blockBytes: 4096, readWholeFallback: false },
      (bytes, findings) => seen.push([bytes, findings]),
    );
    expect(seen.length).toBeGreaterThan(3);
    const size = statSync(join(ROOT, path)).size;
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]![0]).toBeGreaterThan(seen[i - 1]![0]);
      expect(seen[i]![1]).toBeGreaterThanOrEqual(seen[i - 1]![1]);
    }
    expect(seen.at(-1)![0]).toBeLessThanOrEqual(size);
    expect(seen.at(-1)![1]).toBeLessThanOrEqual(report.findings.length);
  });

  it("shows them on a terminal after a second, rewritten in place", () => {
    let t = 0;
    let written = "";
    const progress = createProgress({
      write: (s) => (written += s),
      enabled: true,
      clock: () => t,
    });
    progress.step(0, 1, "big.json");
    progress.read(12 * 2 ** 20, 40 * 2 ** 20, 35_000);
    expect(written).toBe("");
    t = 1500;
    progress.read(24 * 2 ** 20, 40 * 2 ** 20, 70_123);
    expect(written).toBe(
      "\r\u001b[2Kztgate: reading 1/1: big.json: 24.0 of 40.0 MB, 70,123 findings so far",
    );
    progress.finish();
    expect(written.endsWith("\r\u001b[2K")).toBe(true);
  });
});
