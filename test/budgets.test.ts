// Budgets on real Trivy reports: the most open findings per severity a policy accepts, per
// scope; exceeding one blocks (or warns) naming the budget and the count; a malformed budget
// is a policy error at its line; `ztgate budget suggest` prints today's counts.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
// 19 high (warn under the default pack), 9 medium and 65 low (info); all internal.
const LEGACY = join(root, "fixtures/real/trivy/legacy_many_vulns.json");
// 1 critical and 5 high (block), 17 medium and 1 low (info).
const K_CLIENT = join(root, "fixtures/real/trivy/dd-samples__k-client_trivy-report.json");
const dir = mkdtempSync(join(tmpdir(), "ztgate-budgets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let policies = 0;
function policyWith(yaml: string): string {
  const file = join(dir, `policy-${++policies}.yml`);
  writeFileSync(file, `version: 1\nextends: [default]\n${yaml}`);
  return file;
}

describe("budgets", () => {
  // budgets, exit, text the output contains
  const rows: [string, number, string][] = [
    ["- { id: all, max: { high: 19 } }", 0, "ok       all (all findings): 19/19 high"],
    ["- { id: all, max: { high: 18 } }", 1, "budget all (all findings) exceeded: 19 high (max 18)"],
    [
      "- { id: internal, classification: internal, max: { medium: 8, low: 65 } }",
      1,
      "budget internal (classification internal) exceeded: 9 medium (max 8)",
    ],
    ["- { id: public, classification: public, max: { high: 0 } }", 0, "0/0 high"],
    [
      "- { id: deps, layer: dependency, max: { low: 64 } }",
      1,
      "budget deps (layer dependency) exceeded: 65 low (max 64)",
    ],
    ["- { id: iac, layer: iac, max: { low: 0 } }", 0, "ok       iac (layer iac): 0/0 low"],
    [
      "- { id: soft, max: { high: 0 }, action: warn }",
      0,
      "ztgate: PASSED WITH WARNINGS (0 blocking; 19 warning; budget soft (all findings) exceeded: 19 high (max 0)",
    ],
  ];
  it.each(rows)("budgets: [%s] exit %i", async (budgets, exit, text) => {
    const policy = policyWith(`budgets:\n  ${budgets}\n`);
    const r = await ztgate(["check", "--policy", policy, LEGACY]);
    expect(r.code, r.stdout + r.stderr).toBe(exit);
    expect(r.stdout).toContain(text);
  });

  it("counts findings a baseline lists: a budget caps the debt, which a baseline does not erase", async () => {
    const policy = policyWith("budgets:\n  - { id: all, max: { high: 18 } }\n");
    const file = join(dir, "baseline.json");
    await ztgate(["baseline", "write", file, LEGACY, "--policy", policy]);
    const r = await ztgate(["check", "--policy", policy, "--baseline", file, "-o", "json", LEGACY]);
    expect(r.code).toBe(1);
    const ev = JSON.parse(r.stdout);
    expect(ev.budgets).toEqual([
      {
        id: "all",
        scope: "all findings",
        action: "block",
        source: expect.stringMatching(/policy-\d+\.yml:4$/),
        counts: { high: 19 },
        max: { high: 18 },
        exceeded: [{ severity: "high", count: 19, max: 18 }],
      },
    ]);
  });

  it("counts the findings of one asset", async () => {
    const asset = `assets:
  - name: legacy
    classification: restricted
    paths: ["fixtures/real/trivy/legacy_many_vulns.json"]
`;
    const over = policyWith(
      `${asset}budgets:\n  - { id: legacy, asset: legacy, max: { high: 18 } }\n`,
    );
    const r = await ztgate(["check", "--policy", over, LEGACY, K_CLIENT], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("budget legacy (asset legacy) exceeded: 19 high (max 18)");
    // K_CLIENT's five highs are not the asset's: 19 of them, not 24.
    const scoped = policyWith(
      `${asset}budgets:\n  - { id: restricted, classification: restricted, max: { high: 19 } }\n`,
    );
    const ok = await ztgate(["check", "--policy", scoped, LEGACY, K_CLIENT], { cwd: root });
    expect(ok.stdout).toContain("ok       restricted (classification restricted): 19/19 high");
  });

  it("does not count waived findings", async () => {
    const policy = policyWith(`budgets:
  - { id: all, max: { high: 18 } }
waivers:
  - id: CVE-2019-12290
    reason: not reachable
    owner: alice@example.com
    expires: 2027-12-31
`);
    const r = await ztgate(["check", "--policy", policy, LEGACY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("all (all findings): 18/18 high");
  });

  it("shows budgets in the markdown summary and names exceeded ones in the comment", async () => {
    const policy = policyWith("budgets:\n  - { id: all, max: { high: 18, medium: 9 } }\n");
    const md = (await ztgate(["check", "--policy", policy, "-o", "markdown", LEGACY])).stdout;
    expect(md).toContain("### Budgets");
    expect(md).toContain("- ⛔ budget all (all findings) exceeded: 19 high (max 18)");
    const html = (await ztgate(["check", "--policy", policy, "-o", "html", LEGACY])).stdout;
    expect(html).toContain(
      "<tr><td>all</td><td>all findings</td><td>19/18 high, 9/9 medium</td><td>budget all (all findings) exceeded: 19 high (max 18)</td></tr>",
    );
  });

  const invalid: [string, string, RegExp][] = [
    [
      "an unknown severity key",
      "budgets:\n  - id: all\n    max: { hihg: 1 }\n",
      /policy-\d+\.yml:5:\d+: unknown key "hihg"/,
    ],
    ["a negative count", "budgets:\n  - id: all\n    max: { high: -1 }\n", /:5:\d+: .*>= 0/],
    ["no limits", "budgets:\n  - id: all\n    max: {}\n", /:5:\d+: .*fewer than 1/],
    [
      "an unknown asset",
      "budgets:\n  - id: pay\n    asset: payments\n    max: { high: 0 }\n",
      /:5:\d+: budget "pay": unknown asset "payments"/,
    ],
    [
      "an unknown control",
      "budgets:\n  - id: c\n    control: nope\n    max: { high: 0 }\n",
      /budget "c": unknown control "nope"/,
    ],
    [
      "a duplicate id",
      "budgets:\n  - { id: a, max: { high: 0 } }\n  - { id: a, max: { low: 0 } }\n",
      /:5:\d+: duplicate budget id "a"/,
    ],
    [
      "a deadline of an unknown severity",
      "deadlines:\n  - { severity: urgent, days: 3 }\n",
      /:4:\d+: \/deadlines\/0\/severity must be one of/,
    ],
  ];
  it.each(invalid)("a policy with %s is exit 2 at its line", async (_n, yaml, message) => {
    const policy = policyWith(yaml);
    const r = await ztgate(["check", "--policy", policy, LEGACY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe("ztgate budget suggest", () => {
  it("prints today's open counts, which pasted into the policy pass, and one fewer blocks", async () => {
    const r = await ztgate(["budget", "suggest", LEGACY, K_CLIENT]);
    expect(r.code).toBe(0);
    const suggested = parse(r.stdout) as { budgets: { id: string; max: object }[] };
    expect(suggested.budgets).toEqual([
      { id: "all-findings", max: { critical: 1, high: 24, medium: 26, low: 66, info: 0 } },
      {
        id: "internal-findings",
        classification: "internal",
        max: { critical: 1, high: 24, medium: 26, low: 66, info: 0 },
      },
    ]);
    const pasted = policyWith(r.stdout.replace(/^#.*\n/, ""));
    const ok = await ztgate(["check", "-q", "--policy", pasted, LEGACY, K_CLIENT]);
    expect(ok.stdout).not.toContain("exceeded");
    const lower = policyWith(r.stdout.replace("medium: 26", "medium: 25"));
    const blocked = await ztgate(["check", "-q", "--policy", lower, LEGACY, K_CLIENT]);
    expect(blocked.stdout).toContain("budget all-findings (all findings) exceeded: 26 medium");
  });
});
