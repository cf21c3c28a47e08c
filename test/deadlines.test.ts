// Remediation deadlines on real Trivy reports: a baseline's first-seen days age the findings,
// overdue ones get the deadline's action (never a weaker verdict), decide the outcome even
// when the baseline lists them, and every date a baseline holds is checked.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const trivy = (name: string) => join(root, "fixtures/real/trivy", name);
// 19 high (warn under the default pack), 9 medium and 65 low (info).
const LEGACY = trivy("legacy_many_vulns.json");
// 1 critical and 5 high (block), 17 medium and 1 low (info).
const K_CLIENT = trivy("dd-samples__k-client_trivy-report.json");
const dir = mkdtempSync(join(tmpdir(), "ztgate-deadlines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POLICY = join(dir, "ztgate.yml");
writeFileSync(
  POLICY,
  `version: 1
extends: [default]
deadlines:
  - { severity: critical, days: 7 }
  - { severity: high, days: 30, action: warn }
  - { severity: medium, days: 90 }
  - { severity: medium, classification: restricted, days: 10 }
`,
);
const day = (d: string) => new Date(`${d}T12:00:00Z`);
/** POLICY with more keys after its own. */
function policyPlus(name: string, yaml: string): string {
  const file = join(dir, name);
  writeFileSync(file, readFileSync(POLICY, "utf8") + yaml);
  return file;
}

interface JsonFinding {
  verdict: string;
  reason: string;
  effectiveSeverity: string;
  baseline?: string;
  deadline?: {
    deadline: string;
    daysOpen: number;
    daysLeft: number;
    overdue: boolean;
    firstSeen: string;
    firstSeenFrom: string;
  };
}
async function checkJson(args: string[], now: string) {
  const r = await ztgate(["check", "--policy", POLICY, "-o", "json", ...args], { now: day(now) });
  return { code: r.code, ev: JSON.parse(r.stdout) as { outcome: string; findings: JsonFinding[] } };
}
const ofSeverity = (fs: JsonFinding[], s: string) => fs.filter((e) => e.effectiveSeverity === s);

describe("remediation deadlines", () => {
  const baseline = join(dir, "legacy.baseline.json");

  it("records the first-seen day of every finding when the baseline is written", async () => {
    const w = await ztgate(["baseline", "write", baseline, LEGACY, "--policy", POLICY], {
      now: day("2026-10-01"),
    });
    expect(w.code).toBe(0);
    const written = JSON.parse(readFileSync(baseline, "utf8"));
    expect(new Set(written.findings.map((e: { firstSeen: string }) => e.firstSeen))).toEqual(
      new Set(["2026-10-01"]),
    );
  });

  // date checked, exit, high: days open / left / overdue / verdict, medium: overdue / verdict
  const rows: [string, number, number, number, boolean, string, boolean, string][] = [
    ["2026-10-20", 0, 19, 11, false, "warn", false, "info"],
    ["2026-10-31", 0, 30, 0, false, "warn", false, "info"],
    // Past 30 days the highs' deadline says warn: they warn again (they were warn already).
    ["2026-11-01", 0, 31, -1, true, "warn", false, "info"],
    // Past 90 days the mediums (info) block, and decide although the baseline lists them.
    ["2026-12-31", 1, 91, -61, true, "warn", true, "block"],
  ];
  it.each(rows)(
    "on %s: exit %i, highs %i days open, %i left (overdue %s, %s), mediums overdue %s (%s)",
    async (date, exit, open, left, overdue, verdict, mediumOverdue, mediumVerdict) => {
      const { code, ev } = await checkJson(["--baseline", baseline, LEGACY], date);
      expect(code).toBe(exit);
      const highs = ofSeverity(ev.findings, "high");
      expect(highs).toHaveLength(19);
      for (const e of highs) {
        expect(e.baseline).toBe("existing");
        expect(e.deadline).toMatchObject({
          deadline: "high: 30 days",
          daysOpen: open,
          daysLeft: left,
          overdue,
          firstSeen: "2026-10-01",
          firstSeenFrom: "baseline",
        });
        expect(e.verdict).toBe(verdict);
      }
      const mediums = ofSeverity(ev.findings, "medium");
      for (const e of mediums) {
        expect(e.deadline?.overdue).toBe(mediumOverdue);
        expect(e.verdict).toBe(mediumVerdict);
        if (mediumOverdue) expect(e.reason).toMatch(/past the deadline medium: 90 days/);
      }
      // Lows have no deadline.
      expect(ofSeverity(ev.findings, "low").every((e) => e.deadline === undefined)).toBe(true);
    },
  );

  it("without a baseline every finding is first seen today, so none is overdue", async () => {
    const { code, ev } = await checkJson([LEGACY], "2027-06-01");
    expect(code).toBe(0);
    const dated = ev.findings.filter((e) => e.deadline);
    expect(dated).toHaveLength(28);
    for (const e of dated) {
      expect(e.deadline).toMatchObject({ daysOpen: 0, firstSeenFrom: "today", overdue: false });
    }
  });

  it("never downgrades: an overdue block stays block under a warn deadline", async () => {
    const file = join(dir, "k-client.baseline.json");
    await ztgate(["baseline", "write", file, K_CLIENT, "--policy", POLICY], {
      now: day("2026-10-01"),
    });
    const { code, ev } = await checkJson(["--baseline", file, K_CLIENT], "2026-11-20");
    const highs = ofSeverity(ev.findings, "high");
    expect(highs.map((e) => [e.verdict, e.deadline?.overdue])).toEqual(
      Array(5).fill(["block", true]),
    );
    // The critical (7 days) is overdue and blocks although the baseline lists it.
    expect(ofSeverity(ev.findings, "critical")[0]).toMatchObject({
      verdict: "block",
      baseline: "existing",
      deadline: { overdue: true, daysOpen: 50 },
    });
    expect(code).toBe(1);
  });

  it("keeps an overdue finding existing, and the outcome names it as past its deadline", async () => {
    const r = await ztgate(["check", "--policy", POLICY, "--baseline", baseline, LEGACY], {
      now: day("2026-12-31"),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^BLOCK \(9: 0 new, 9 existing\)$/m);
    expect(r.stdout).toMatch(/ztgate: BLOCKED \(0 new, 9 past deadline blocking: CVE-/);
    expect(r.stdout).toContain("Deadlines: 28 past their remediation deadline");
  });

  it("applies the shortest deadline of the finding's classification", async () => {
    const restricted = policyPlus(
      "restricted.yml",
      `assets:
  - name: legacy
    classification: restricted
    paths: ["fixtures/real/trivy/legacy_many_vulns.json"]
`,
    );
    const r = await ztgate(
      ["check", "--policy", restricted, "--baseline", baseline, "-o", "json", LEGACY],
      { now: day("2026-10-20"), cwd: root },
    );
    expect(r.code).toBe(1);
    const mediums = ofSeverity(JSON.parse(r.stdout).findings, "medium");
    expect(mediums).toHaveLength(9);
    for (const e of mediums) {
      expect(e.deadline).toMatchObject({
        deadline: "medium on restricted: 10 days",
        daysOpen: 19,
        overdue: true,
      });
      expect(e.verdict).toBe("block");
    }
  });

  it("leaves a waived finding waived, with no deadline", async () => {
    const waived = policyPlus(
      "waived.yml",
      `waivers:
  - id: CVE-2019-12290
    reason: not reachable
    owner: alice@example.com
    expires: 2027-12-31
`,
    );
    const r = await ztgate(
      ["check", "--policy", waived, "--baseline", baseline, "-o", "json", LEGACY],
      { now: day("2026-12-31") },
    );
    const ev = JSON.parse(r.stdout) as { findings: (JsonFinding & { finding: { id: string } })[] };
    const cve = ev.findings.filter((e) => e.finding.id === "CVE-2019-12290");
    expect(cve.map((e) => [e.verdict, e.deadline])).toEqual([["waived", undefined]]);
  });

  it("console, markdown and explain show days open and left, and what falls due soon", async () => {
    const args = ["--policy", POLICY, "--baseline", baseline, LEGACY];
    const now = { now: day("2026-10-26") };
    const consoleOut = (await ztgate(["check", "-o", "console", "--max-listed", "0", ...args], now))
      .stdout;
    expect(consoleOut).toMatch(/CVE-2019-12290 .*\(existing\) \(25 days open, 5 left\)/);
    expect(consoleOut).toContain(
      "Deadlines: 0 past their remediation deadline, 19 fall due within 7 days",
    );
    const md = (await ztgate(["check", "-o", "markdown", ...args], now)).stdout;
    expect(md).toContain("### Remediation deadlines");
    expect(md).toContain("**Falls due within 7 days (19)**");
    expect(md).toMatch(/- \*\*high\*\* CVE-\S+ · .* · 25 days open, 5 left \(high: 30 days/);
    const explain = await ztgate(["explain", "CVE-2019-12290", ...args], now);
    expect(explain.stdout).toContain(
      "deadline:  high: 30 days (warn); first seen 2026-10-01 (baseline), 25 days open, 5 left",
    );
  });
});

describe("first-seen days in the baseline", () => {
  it("baseline write keeps the days of findings it already lists; new ones are today", async () => {
    const file = join(dir, "rewritten.json");
    await ztgate(["baseline", "write", file, LEGACY], { now: day("2026-10-01") });
    await ztgate(["baseline", "write", file, LEGACY, K_CLIENT], { now: day("2026-11-15") });
    const days = JSON.parse(readFileSync(file, "utf8")).findings.map(
      (e: { firstSeen: string }) => e.firstSeen,
    );
    const count = (d: string) => days.filter((x: string) => x === d).length;
    expect([count("2026-10-01"), count("2026-11-15")]).toEqual([93, 24]);
    // --dates-from: a fresh file (the base branch's scan) with the committed file's days.
    const fresh = join(dir, "fresh.json");
    await ztgate(["baseline", "write", fresh, LEGACY, "--dates-from", file], {
      now: day("2026-12-01"),
    });
    const freshDays = JSON.parse(readFileSync(fresh, "utf8")).findings.map(
      (e: { firstSeen: string }) => e.firstSeen,
    );
    expect(new Set(freshDays)).toEqual(new Set(["2026-10-01"]));
  });

  it("an entry without firstSeen (an older baseline) is first seen on the baseline's createdAt", async () => {
    const file = join(dir, "old.json");
    await ztgate(["baseline", "write", file, LEGACY], { now: day("2026-10-01") });
    const old = JSON.parse(readFileSync(file, "utf8"));
    for (const e of old.findings) delete e.firstSeen;
    writeFileSync(file, JSON.stringify(old));
    const { ev } = await checkJson(["--baseline", file, LEGACY], "2026-12-31");
    expect(ofSeverity(ev.findings, "medium")[0]!.deadline).toMatchObject({
      firstSeen: "2026-10-01",
      daysOpen: 91,
      overdue: true,
    });
  });

  it("a first-seen day after today counts as today", async () => {
    const file = join(dir, "future.json");
    await ztgate(["baseline", "write", file, LEGACY], { now: day("2027-03-01") });
    const { ev } = await checkJson(["--baseline", file, LEGACY], "2026-12-31");
    expect(ofSeverity(ev.findings, "high")[0]!.deadline).toMatchObject({
      firstSeen: "2026-12-31",
      daysOpen: 0,
    });
  });

  // A fingerprint listed twice is read the way that never loosens: its earliest first-seen
  // day and its least strict recorded verdict (a later copy restarted the deadline, and a
  // copy accepting a stricter verdict made a finding that tightened since count as existing).
  it("a fingerprint listed twice keeps its earliest day and its least strict verdict", async () => {
    const file = join(dir, "twice.json");
    await ztgate(["baseline", "write", file, LEGACY, "--policy", POLICY], {
      now: day("2026-10-01"),
    });
    const doc = JSON.parse(readFileSync(file, "utf8"));
    const copies = doc.findings.map((e: object) => ({ ...e, firstSeen: "2026-12-30" }));
    for (const e of doc.findings) e.verdict = "info";
    for (const order of [
      [...doc.findings, ...copies],
      [...copies, ...doc.findings],
    ]) {
      writeFileSync(file, JSON.stringify({ ...doc, findings: order }));
      const { ev } = await checkJson(["--baseline", file, LEGACY], "2026-12-31");
      expect(ofSeverity(ev.findings, "medium")[0]!.deadline).toMatchObject({
        firstSeen: "2026-10-01",
        overdue: true,
      });
      expect(new Set(ofSeverity(ev.findings, "high").map((e) => e.baseline))).toEqual(
        new Set(["new"]),
      );
    }
  });

  const entry = (extra: string) =>
    `{"format": "ztgate-baseline", "version": 1, "createdAt": "2026-10-01T00:00:00.000Z", "policy": "p",
      "findings": [{"fingerprint": "0123456789abcdef", "id": "CVE-1", "verdict": "warn"${extra}}]}`;
  const bad: [string, string, RegExp][] = [
    ["a day that does not exist", entry(`, "firstSeen": "2026-02-30"`), /not a date/],
    ["a word", entry(`, "firstSeen": "yesterday"`), /firstSeen "yesterday" is not a date/],
    ["a number", entry(`, "firstSeen": 20261001`), /firstSeen 20261001 is not a date/],
    [
      "no firstSeen and no createdAt",
      entry("").replace(`"createdAt": "2026-10-01T00:00:00.000Z", `, ""),
      /createdAt undefined is not a date/,
    ],
  ];
  it.each(bad)("a baseline with %s is exit 2 naming the file", async (_n, text, message) => {
    writeFileSync(join(dir, "bad-date.json"), text);
    for (const args of [
      ["check", "--baseline", "bad-date.json", LEGACY],
      ["baseline", "write", "bad-date.json", LEGACY],
    ]) {
      const r = await ztgate(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/bad-date\.json/);
      expect(r.stderr).toMatch(message);
    }
    // baseline write refused before writing: the file is untouched.
    expect(readFileSync(join(dir, "bad-date.json"), "utf8")).toBe(text);
  });
});
