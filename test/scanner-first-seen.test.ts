// Scanners' own first-seen dates on the real GitHub alert lists: `created_at` dates each
// finding, deadlines count from the earlier of it and the baseline's day, a date after the
// evaluation counts as today, and a date that cannot be read is exit 2 naming the file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ztgate } from "./helpers/cli.js";

const root = join(import.meta.dirname, "..");
const alerts = (name: string) => join(root, "fixtures/real/github-alerts", name);
const dir = mkdtempSync(join(tmpdir(), "ztgate-scanner-first-seen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One deadline for every severity, so every open alert has a deadline and a first-seen day.
const POLICY = join(dir, "ztgate.yml");
writeFileSync(
  POLICY,
  `version: 1
extends: [default]
deadlines:
  - { severity: [critical, high, medium, low, info, unknown], days: 30 }
`,
);

interface JsonFinding {
  finding: { url?: string; fingerprint: string };
  deadline?: { firstSeen: string; firstSeenFrom: string; daysOpen: number; overdue: boolean };
}
async function deadlinesOf(report: string, now: string, extra: string[] = []) {
  const r = await ztgate(["check", report, "--policy", POLICY, "-o", "json", ...extra], {
    now: new Date(`${now}T12:00:00Z`),
  });
  expect(r.code, r.stderr).toBeLessThan(2);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((e) => e.deadline);
}

/** html_url → the UTC day of created_at, read from the raw list, not through ztgate. */
function createdDays(report: string): Map<string, string> {
  const list = JSON.parse(readFileSync(report, "utf8")) as {
    html_url: string;
    created_at: string;
  }[];
  return new Map(list.map((a) => [a.html_url, new Date(a.created_at).toISOString().slice(0, 10)]));
}

describe("created_at of GitHub's alert lists dates the findings", () => {
  // report, now, open alerts with a deadline, of those overdue (30 days)
  const rows: [string, string, number, number][] = [
    // All five created 2025-11-09: 30 days open is not past a 30-day deadline, 31 is.
    ["code-scanning__extension-js__code-scanning-alerts.json", "2025-12-09", 5, 0],
    ["code-scanning__extension-js__code-scanning-alerts.json", "2025-12-10", 5, 5],
    ["code-scanning__github_sast_many_vul.json", "2024-02-20", 2, 2],
    // 39 created 2026-06-03 (32 days open), one each on 06-05 and 06-06.
    ["dependabot__aws-samples-risk-assessor__dependabot-alerts.json", "2026-07-05", 41, 39],
    ["dependabot__greentic-pack__dependabot-alerts.json", "2026-03-01", 2, 1],
    // Closed alerts are reported, not dismissed: all three count. Two were created after this
    // `now` (2021-03-15, 2021-06-20): first seen today; the one of 2020-11-06 is overdue.
    ["secret-scanning__github_secrets_detection_report_many_vul.json", "2021-03-10", 3, 1],
    ["secret-scanning__github_secrets_detection_report_many_vul.json", "2021-06-25", 3, 2],
  ];
  it.each(rows)("%s on %s", async (name, now, dated, overdue) => {
    const report = alerts(name);
    const days = createdDays(report);
    const found = await deadlinesOf(report, now);
    expect([found.length, found.filter((e) => e.deadline!.overdue).length]).toEqual([
      dated,
      overdue,
    ]);
    for (const e of found) {
      const created = days.get(e.finding.url!)!;
      // Findings dated after `now` count from today: 0 days open, still "scanner".
      const expected = created <= now ? created : now;
      expect(e.deadline).toMatchObject({ firstSeen: expected, firstSeenFrom: "scanner" });
      expect(e.deadline!.daysOpen).toBe(
        Math.round(
          (Date.parse(`${now}T00:00:00Z`) - Date.parse(`${expected}T00:00:00Z`)) / 86_400_000,
        ),
      );
    }
  });
});

describe("other formats: a date is read only where it means first seen", () => {
  // report, now, the distinct [firstSeen, from] of the findings with a deadline
  const rows: [string, string, string, [string, string][]][] = [
    // §3.48.2 provenance.firstDetectionTimeUtc: the SARIF spec's own example.
    ["SARIF provenance", "sarif/appendix_k.sarif", "2016-08-20", [["2016-07-15", "scanner"]]],
    // Trivy's CreatedAt dates the report (the scan), not the finding: not read.
    ["Trivy CreatedAt", "trivy/all_statuses.json", "2026-03-01", [["2026-03-01", "today"]]],
  ];
  it.each(rows)("%s", async (_name, file, now, expected) => {
    const found = await deadlinesOf(join(root, "fixtures/real", file), now);
    expect(found.length).toBeGreaterThan(0);
    const got = new Set(found.map((e) => `${e.deadline!.firstSeen} ${e.deadline!.firstSeenFrom}`));
    expect([...got]).toEqual(expected.map((p) => p.join(" ")));
  });
});

const GREENTIC = alerts("dependabot__greentic-pack__dependabot-alerts.json");
type Alert = Record<string, unknown> & { created_at: unknown };
const greentic = () => JSON.parse(readFileSync(GREENTIC, "utf8")) as Alert[];
function writeList(name: string, list: Alert[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(list));
  return path;
}

describe("the scanner's day beside the baseline's", () => {
  const baselineFile = join(dir, "greentic.baseline.json");

  it("baseline write records the scanner's day for a new entry, today for one it does not date", async () => {
    // The first alert without created_at: nothing dates it but the baseline.
    const [first, ...others] = greentic();
    const report = writeList("partly-dated.json", [
      { ...first!, created_at: undefined },
      ...others,
    ]);
    const w = await ztgate(["baseline", "write", baselineFile, report, "--policy", POLICY], {
      now: new Date("2026-03-01T12:00:00Z"),
    });
    expect(w.code, w.stderr).toBe(0);
    const written = JSON.parse(readFileSync(baselineFile, "utf8")) as {
      findings: { id: string; firstSeen: string }[];
    };
    expect(written.findings.map((e) => [e.id, e.firstSeen]).sort()).toEqual([
      ["GHSA-r6v5-fh4h-64xc", "2026-03-01"],
      ["GHSA-vc8c-j3xm-xj73", "2026-01-27"],
    ]);
  });

  // baseline day for every entry, now, expected [firstSeen, firstSeenFrom] per created_at
  const rows: [string, string, string, [string, string][]][] = [
    [
      "an earlier baseline day wins",
      "2026-01-01",
      "2026-03-01",
      [
        ["2026-01-01", "baseline"],
        ["2026-01-01", "baseline"],
      ],
    ],
    [
      "an earlier scanner day wins: a rewrite cannot make a finding younger",
      "2026-02-01",
      "2026-03-01",
      [
        ["2026-01-27", "scanner"],
        ["2026-02-01", "baseline"],
      ],
    ],
    [
      "both after now: today",
      "2026-12-01",
      "2026-01-20",
      [
        ["2026-01-20", "scanner"],
        ["2026-01-20", "scanner"],
      ],
    ],
  ];
  it.each(rows)("%s", async (_name, recorded, now, expected) => {
    const report = writeList("dated.json", greentic());
    const w = await ztgate(["baseline", "write", baselineFile, report, "--policy", POLICY], {
      now: new Date(`${now}T12:00:00Z`),
    });
    expect(w.code, w.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(baselineFile, "utf8")) as {
      findings: { firstSeen: string }[];
    };
    for (const e of doc.findings) e.firstSeen = recorded;
    writeFileSync(baselineFile, JSON.stringify(doc));
    const found = await deadlinesOf(report, now, ["--baseline", baselineFile]);
    const got = found
      .map((e) => [e.deadline!.firstSeen, e.deadline!.firstSeenFrom] as [string, string])
      .sort();
    expect(got).toEqual([...expected].sort());
  });

  it("two reports of one alert: the earlier created_at counts", async () => {
    const later = writeList("later.json", greentic());
    const earlier = writeList(
      "earlier.json",
      greentic().map((a) => ({ ...a, created_at: "2025-12-31T23:59:59Z" })),
    );
    const found = await deadlinesOf(later, "2026-03-01", [earlier]);
    expect(found.map((e) => e.deadline!.firstSeen)).toEqual(["2025-12-31", "2025-12-31"]);
  });

  it("explain says the day is the scanner's", async () => {
    const r = await ztgate(["explain", "GHSA-vc8c-j3xm-xj73", GREENTIC, "--policy", POLICY], {
      now: new Date("2026-03-01T12:00:00Z"),
    });
    expect(r.stdout).toMatch(
      /deadline: {2}.*first seen 2026-01-27 \(scanner\), 33 days open, 3 past deadline/,
    );
  });
});

describe("a created_at that is not a date is exit 2 naming the file, never today", () => {
  const rows: [string, unknown][] = [
    ["a word", "yesterday"],
    ["a number", 1739539623],
    ["a day that does not exist", "2026-02-30"],
    // Date.parse rolls it over to 2026-03-02: a later day, a finding younger than written.
    ["a timestamp on a day that does not exist", "2026-02-30T10:00:00Z"],
    ["a time without a zone", "2026-01-27T00:48:27"],
  ];
  it.each(rows)("%s", async (_name, value) => {
    const report = writeList(
      "bad-date.json",
      greentic().map((a) => ({ ...a, created_at: value })),
    );
    const r = await ztgate(["check", report, "--policy", POLICY], {
      now: new Date("2026-03-01T12:00:00Z"),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `bad-date.json: a Dependabot alert's created_at ${JSON.stringify(value)} is not an ISO 8601 date`,
    );
  });
});

it("a SARIF firstDetectionTimeUtc that is not a date is exit 2 naming the file", async () => {
  const text = readFileSync(join(root, "fixtures/real/sarif/appendix_k.sarif"), "utf8");
  const bad = join(dir, "bad-provenance.sarif");
  writeFileSync(bad, text.replace('"2016-07-15T14:20:42Z"', '"15/07/2016"'));
  const r = await ztgate(["check", bad, "--policy", POLICY]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    `bad-provenance.sarif: a result's provenance.firstDetectionTimeUtc "15/07/2016" is not an ISO 8601 date`,
  );
});

describe("ztgate findings JSON carries firstSeen as written", () => {
  const doc = (firstSeen: string) =>
    JSON.stringify({
      format: "ztgate-findings",
      version: 1,
      tool: "in-house",
      findings: [{ id: "X-1", layer: "code", severity: "high", firstSeen }],
    });
  const rows: [string, string, number, RegExp][] = [
    ["a day", "2026-01-02", 1, /first seen 2026-01-02 \(scanner\)/],
    [
      "a day that does not exist",
      "2026-02-30",
      2,
      /findings\[0\]: firstSeen "2026-02-30" is not a day/,
    ],
    ["not YYYY-MM-DD", "2026-1-2", 2, /firstSeen must match pattern/],
  ];
  it.each(rows)("%s", async (_name, firstSeen, code, output) => {
    const report = join(dir, "in-house.json");
    writeFileSync(report, doc(firstSeen));
    const r = await ztgate(["check", "-v", report, "--policy", POLICY], {
      now: new Date("2026-03-01T12:00:00Z"),
    });
    expect(r.code, r.stderr).toBe(code);
    expect(r.stdout + r.stderr).toMatch(output);
  });
});
