// JUnit and HTML outputs, read back by real consumers: test-results-parser (the JUnit reader
// behind testbeats) and fast-xml-parser's validator for JUnit, headless Chromium for HTML
// (only where /usr/bin/chromium exists; CI does not install it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { parse as parseTestResults } from "test-results-parser";
import { afterAll, describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "ztgate-reporters-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const demo = (name: string) => join(root, "fixtures/demo", name);
const hostile = join(root, "test/data/hostile.trivy.json");
const secrets = join(root, "fixtures/real/trivy/misconfigurations_and_secrets.json");

async function render(format: string, reports: string[], extra: string[] = []) {
  const file = join(
    dir,
    `${format}-${Math.random().toString(36).slice(2)}.${format === "junit" ? "xml" : format}`,
  );
  const r = await ztgate([
    "check",
    ...reports,
    "-o",
    "console",
    "-o",
    `${format}=${file}`,
    ...extra,
  ]);
  return { ...r, file, text: readFileSync(file, "utf8") };
}

describe("junit", () => {
  it("is read back by a JUnit consumer: one case per rule x asset, failed when blocking", async () => {
    const { file, text, code } = await render("junit", [
      demo("payments-image.trivy.json"),
      demo("api-image.trivy.json"),
      secrets,
    ]);
    expect(code).toBe(1);
    expect(XMLValidator.validate(text)).toBe(true);
    const result = parseTestResults({ type: "junit", files: [file] });
    const cases = result.suites.flatMap((s) =>
      s.cases.map((c) => ({ suite: s.name, name: c.name, status: c.status })),
    );
    // Each suite's own counts agree with its cases (what CI dashboards show).
    for (const s of result.suites) {
      expect(s.total).toBe(s.cases.length);
      expect(s.failed).toBe(s.cases.filter((c) => c.status === "FAIL").length);
    }
    expect(result.total).toBe(cases.length);
    expect(cases).toContainEqual({
      suite: "block-fixable-high-vulnerabilities",
      name: "ghcr.io/acme/payments:1.4.2",
      status: "FAIL",
    });
    expect(cases).toContainEqual({ suite: "block-secrets", name: "secret.txt", status: "FAIL" });
    expect(cases).toContainEqual({
      suite: "warn-high-findings",
      name: "Dockerfile",
      status: "PASS",
    });
    // Every failed case is a rule x asset with a blocking finding, and nothing else failed.
    const evaluation = JSON.parse(
      (
        await ztgate([
          "check",
          "-o",
          "json",
          demo("payments-image.trivy.json"),
          demo("api-image.trivy.json"),
          secrets,
        ])
      ).stdout,
    );
    const blockingPairs = new Set(
      evaluation.findings
        .filter((e: { verdict: string }) => e.verdict === "block")
        .map(
          (e: { rule: string; finding: { target?: string; location?: { path: string } } }) =>
            `${e.rule} ${e.finding.target || e.finding.location?.path}`,
        ),
    );
    const failed = cases.filter((c) => c.status === "FAIL").map((c) => `${c.suite} ${c.name}`);
    expect(new Set(failed)).toEqual(blockingPairs);
    expect(result.failed).toBe(blockingPairs.size);
  });

  it("passes every case when the policy lets the findings through, and has one case when there are none", async () => {
    const clean = await render("junit", [demo("clean-image.trivy.json")]);
    const result = parseTestResults({ type: "junit", files: [clean.file] });
    expect(result).toMatchObject({ total: 1, passed: 1, failed: 0 });
  });

  it("stays well-formed XML with hostile strings and keeps them as text", async () => {
    const { file, text } = await render("junit", [hostile]);
    expect(XMLValidator.validate(text)).toBe(true);
    const result = parseTestResults({ type: "junit", files: [file] });
    const failed = result.suites.flatMap((s) => s.cases).filter((c) => c.status === "FAIL");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.failure).toContain('CVE-2099-0001"><img src=x onerror=alert(1)>');
    expect(text).not.toMatch(/<img|<script/);
  });
});

describe("html", () => {
  it("escapes every hostile string and carries no script or external resource", async () => {
    const { text } = await render("html", [hostile]);
    expect(text).not.toMatch(/<script|<img|href="javascript/i);
    expect(text).toContain("CVE-2099-0001&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(text).toContain("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;");
    expect(text).toContain("&lt;b&gt;image&lt;/b&gt;");
    // Links to advisories are fine (navigation); nothing is loaded from anywhere.
    expect(text).not.toMatch(/<(link|iframe|object|embed)\b|<[a-z]+[^<>]*\ssrc=|url\(/i);
    expect(text).toContain("Content-Security-Policy");
  });

  it("shows the outcome, the posture chart and every finding", async () => {
    const { text } = await render("html", [demo("payments-image.trivy.json"), secrets]);
    expect(text).toContain("<h1>ztgate: BLOCKED</h1>");
    expect(text.match(/<svg class="chart"/g)).toHaveLength(2);
    const evaluation = JSON.parse(
      (await ztgate(["check", "-o", "json", demo("payments-image.trivy.json"), secrets])).stdout,
    );
    expect(text.match(/<tr><td><span class="sev /g)).toHaveLength(evaluation.counts.total);
  });

  const chromium = "/usr/bin/chromium";
  it.runIf(existsSync(chromium))(
    "renders in headless Chromium with hostile strings as plain text",
    async () => {
      const { file } = await render("html", [hostile, demo("payments-image.trivy.json")]);
      const profile = mkdtempSync(join(tmpdir(), "ztgate-chromium-"));
      try {
        const r = spawnSync(
          chromium,
          [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            `--user-data-dir=${profile}`,
            "--dump-dom",
            `file://${file}`,
          ],
          { encoding: "utf8", timeout: 60_000 },
        );
        expect(r.status).toBe(0);
        expect(r.stdout).toContain("ztgate: BLOCKED");
        expect(r.stdout).not.toMatch(/<img|<script/i);
        expect(r.stdout).toContain('&lt;script&gt;alert("title")&lt;/script&gt;');
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  );
  if (!existsSync(chromium)) {
    it.skip("renders in headless Chromium (skipped: /usr/bin/chromium is not installed)", () => {});
  }
});
