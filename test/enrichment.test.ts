// KEV and EPSS enrichment (issue 18): CISA's catalog and FIRST's CSV, read strictly from the
// real excerpts in fixtures/real/kev-epss (MANIFEST.md), fill kev/epss by CVE id and alias so
// `kev:` and `epss:` rules work for scanners that never write them; the snapshot's age is
// checked against the policy; every refusal names the file (and line).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { enrichFindings } from "../src/enrichment/enrich.js";
import { parseEpssCsv } from "../src/enrichment/epss.js";
import { readCatalogs } from "../src/io/enrichment-files.js";
import { GateError } from "../src/model/errors.js";
import { makeFinding } from "../src/model/make-finding.js";
import type { Finding } from "../src/model/finding.js";
import { ztgate } from "./helpers/cli.js";
import { INPUTS } from "./helpers/manifest.js";

const ROOT = join(import.meta.dirname, "..");
const KEV =
  "fixtures/real/kev-epss/cisagov-kev-data__known_exploited_vulnerabilities_2025.01.24.json";
const KEV_EXCERPT = "fixtures/real/kev-epss/vunnel__kev_valid-catalog-1.json";
const EPSS = "fixtures/real/kev-epss/vunnel__epss_example-1.csv";
const tmp = mkdtempSync(join(tmpdir(), "ztgate-enrich-"));

function write(name: string, text: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}
const real = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** Entries read, or the error as "place: message". */
function readOutcome(kind: "kev" | "epss", path: string): number | string {
  try {
    const c = readCatalogs({ [kind]: path }, ROOT)!;
    return kind === "kev" ? c.kev!.cves.size : c.epss!.scores.size;
  } catch (err) {
    if (!(err instanceof GateError)) throw err;
    return `${err.file}${err.line ? `:${err.line}` : ""}: ${err.message}`;
  }
}

describe("every real catalogue of the manifest reads to its expected entries, or is refused", () => {
  const rows = INPUTS.filter((e) => e.format === "kev-epss");
  it("covers the KEV and EPSS fixtures", () => expect(rows.length).toBe(5));
  it.each(rows.map((e) => [e.file, e.expected as number | "error"] as const))(
    "%s",
    (file, expected) => {
      const got = readOutcome(file.endsWith(".csv") ? "epss" : "kev", `fixtures/real/${file}`);
      if (expected === "error") expect(got).toMatch(new RegExp(`^fixtures/real/${file}(:\\d+)?: `));
      else expect(got).toBe(expected);
    },
  );
});

describe("reading the catalogues: real files, and real files with one thing wrong", () => {
  const kevDoc = JSON.parse(real(KEV)) as Record<string, unknown> & { vulnerabilities: object[] };
  const without = (key: string) => JSON.stringify({ ...kevDoc, [key]: undefined });
  const firstEntry = kevDoc.vulnerabilities[0] as Record<string, unknown>;
  const epss = real(EPSS);
  const epssLines = epss.split("\n");
  const cases: [string, "kev" | "epss", string, number | RegExp][] = [
    ["the full KEV catalog", "kev", KEV, 1252],
    ["the KEV catalog gzipped", "kev", write("kev.json.gz", gzipSync(real(KEV))), 1252],
    ["the EPSS CSV", "epss", EPSS, 5],
    ["the EPSS CSV gzipped, named without .gz", "epss", write("epss.csv", gzipSync(epss)), 5],
    ["an excerpt whose count disagrees", "kev", KEV_EXCERPT, /states count 1273 but lists 3/],
    [
      "a bare array of KEV entries (grype's test data)",
      "kev",
      "fixtures/real/kev-epss/grype__kev_processors_testdata.json",
      /grype__kev_processors_testdata\.json: is not a KEV catalog/,
    ],
    [
      "an EPSS header of another file",
      "epss",
      "fixtures/real/kev-epss/vunnel__epss_invalid-header.csv",
      /vunnel__epss_invalid-header\.csv:2: is not an EPSS file: the header is "invalid,header,format"/,
    ],
    [
      "no catalogVersion",
      "kev",
      write("a.json", without("catalogVersion")),
      /a\.json: .*catalogVersion/,
    ],
    [
      "a catalogVersion that is text, not a version",
      "kev",
      write("v.json", JSON.stringify({ ...kevDoc, catalogVersion: "1\n::error::x" })),
      /v\.json: is not a KEV catalog: catalogVersion "1\\n::error::x" is not a version/,
    ],
    ["no dateReleased", "kev", write("b.json", without("dateReleased")), /b\.json: .*dateReleased/],
    [
      "no vulnerabilities",
      "kev",
      write("c.json", without("vulnerabilities")),
      /c\.json: .*vulnerabilities is missing/,
    ],
    [
      "an entry without cveID",
      "kev",
      write(
        "d.json",
        JSON.stringify({
          ...kevDoc,
          vulnerabilities: [
            { ...firstEntry, cveID: undefined },
            ...kevDoc.vulnerabilities.slice(1),
          ],
        }),
      ),
      /d\.json: vulnerabilities\[0\] has no cveID/,
    ],
    [
      "a key written twice",
      "kev",
      write("e.json", real(KEV).replace('"count": 1252,', '"count": 1252, "count": 1252,')),
      /e\.json:5: has the key "count" twice/,
    ],
    ["not a file", "kev", join(tmp, "absent.json"), /absent\.json: catalog does not exist/],
    [
      "no model_version comment",
      "epss",
      write("f.csv", epssLines.slice(1).join("\n")),
      /f\.csv:1: is not an EPSS file: the first line must be #model_version/,
    ],
    [
      "an unparseable score",
      "epss",
      write("g.csv", epss.replace("0.01328", "0.0l328")),
      /g\.csv:4: "0\.0l328" is not a probability/,
    ],
    [
      "a score above 1",
      "epss",
      write("h.csv", epss.replace("0.04409", "4.409")),
      /h\.csv:5: "4\.409"/,
    ],
    [
      "a fourth column",
      "epss",
      write("i.csv", epss.replace("0.92440", "0.92440,x")),
      /i\.csv:5: row .* is not cve,epss,percentile/,
    ],
    [
      "a CVE listed twice",
      "epss",
      write("j.csv", epss.replace("CVE-1999-0003", "CVE-1999-0002")),
      /j\.csv:5: lists CVE-1999-0002 twice/,
    ],
    [
      "a gzip cut short",
      "epss",
      write("k.csv.gz", gzipSync(epss).subarray(0, 40)),
      /k\.csv\.gz: is not a readable gzip file/,
    ],
  ];
  it.each(cases)("%s", (_name, kind, path, expected) => {
    const got = readOutcome(kind, path);
    if (typeof expected === "number") expect(got).toBe(expected);
    else expect(got).toMatch(expected);
  });

  it("reads the dates the age is measured from", () => {
    const c = readCatalogs({ kev: KEV, epss: EPSS }, ROOT)!;
    expect(c.kev!.released.toISOString()).toBe("2025-01-24T15:00:57.528Z");
    expect(c.epss!.scored.toISOString()).toBe("2025-02-20T00:00:00.000Z");
    expect(c.epss!.model).toBe("v2023.03.01");
  });
});

describe("enriching findings: by id and alias, the stronger signal wins", () => {
  const epss = parseEpssCsv(real(EPSS), EPSS);
  const finding = (over: Partial<Parameters<typeof makeFinding>[0]>): Finding =>
    makeFinding(
      {
        tool: "t",
        layer: "dependency",
        id: "GHSA-xxxx-yyyy-zzzz",
        title: "t",
        severity: "high",
        ...over,
      },
      "r.json",
    );
  const rows: [string, Finding, number | undefined, string | undefined][] = [
    [
      "the id itself",
      finding({ id: "CVE-1999-0002" }),
      0.01328,
      "EPSS 2025-02-20 (model v2023.03.01)",
    ],
    [
      "a CVE alias, in lower case",
      finding({ aliases: ["cve-1999-0001"] }),
      0.00383,
      "EPSS 2025-02-20 (model v2023.03.01)",
    ],
    [
      "the highest of two CVE aliases",
      finding({ aliases: ["CVE-1999-0001", "CVE-1999-0003"] }),
      0.04409,
      "EPSS 2025-02-20 (model v2023.03.01)",
    ],
    ["a higher scanner score stays", finding({ id: "CVE-1999-0001", epss: 0.5 }), 0.5, undefined],
    [
      "a lower scanner score is raised",
      finding({ id: "CVE-1999-0003", epss: 0.001 }),
      0.04409,
      "EPSS 2025-02-20 (model v2023.03.01)",
    ],
    ["no CVE: untouched", finding({}), undefined, undefined],
    ["a CVE the file does not list", finding({ id: "CVE-2024-0001" }), undefined, undefined],
  ];
  it.each(rows)("%s", (_name, f, score, mark) => {
    const out = enrichFindings([f], { epss });
    expect(out.findings[0]!.epss).toBe(score);
    expect(out.marks.get(f.fingerprint)?.epss).toBe(mark);
  });
});

describe("KEV enrichment makes kev rules work for scanners that never write KEV", () => {
  const policy = write(
    "kev.yml",
    "version: 1\nrules:\n  - id: known-exploited\n    when: { kev: true }\n    action: block\n" +
      "settings:\n  enrichment-max-age-days: 30\n",
  );
  const NOW = new Date("2025-02-01T00:00:00Z");
  const rows: [string, string, string[]][] = [
    ["trivy (image)", "fixtures/real/trivy/scheme_2_many_vulns.json", ["CVE-2020-15999"]],
    [
      "cyclonedx (log4j)",
      "fixtures/real/cyclonedx/log4j.json",
      ["CVE-2021-44228", "CVE-2021-45046"],
    ],
    [
      "snyk (the CVE is an alias of a SNYK id)",
      "fixtures/real/snyk/single_project_many_vulns.json",
      ["SNYK-JAVA-ORGWEBJARS-565171"],
    ],
    [
      "dependency-check (wrote no KEV in this report)",
      "fixtures/real/dependency-check/fortify-parser__dependency-check-report-with-npm.json",
      ["CVE-2020-11023"],
    ],
    [
      "checkov (no CVE to match)",
      "fixtures/real/checkov/checkov-report-multiple-check_type.json",
      [],
    ],
  ];
  it.each(rows)("%s", async (_name, report, blocked) => {
    const run = (extra: string[]) =>
      ztgate(["check", report, "--policy", policy, "-o", "json", ...extra], {
        cwd: ROOT,
        now: NOW,
      });
    const before = await run([]);
    expect(before.code, before.stderr).toBe(0);
    const after = await run(["--kev", KEV]);
    expect(after.code, after.stderr).toBe(blocked.length > 0 ? 1 : 0);
    const ev = JSON.parse(after.stdout) as {
      findings: { finding: { id: string }; verdict: string; enrichment?: { kev?: string } }[];
      enrichment: { enriched: number; catalogs: { label: string }[] };
    };
    const ids = [
      ...new Set(ev.findings.filter((e) => e.verdict === "block").map((e) => e.finding.id)),
    ];
    expect(ids.sort()).toEqual(blocked);
    for (const e of ev.findings.filter((x) => x.verdict === "block")) {
      expect(e.enrichment?.kev).toBe("KEV catalog 2025.01.24");
    }
    expect(ev.enrichment.catalogs.map((c) => c.label)).toEqual(["KEV catalog 2025.01.24"]);
  });

  it("explain says where the KEV value came from", async () => {
    const r = await ztgate(
      [
        "explain",
        "CVE-2020-15999",
        "fixtures/real/trivy/scheme_2_many_vulns.json",
        "--policy",
        policy,
        "--kev",
        KEV,
      ],
      { cwd: ROOT, now: NOW },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("  exploit:   KEV yes (KEV catalog 2025.01.24)\n");
  });
});

describe("snapshot age: settings.enrichment-max-age-days and enrichment-stale", () => {
  const report = "fixtures/real/trivy/scheme_2_many_vulns.json";
  const policyWith = (settings: string) =>
    write(
      `age-${settings.length}.yml`,
      `version: 1\nsettings:\n${settings || "  fail-on: block\n"}`,
    );
  const rows: [string, string, string, number, RegExp | undefined][] = [
    ["within the default 7 days", "", "2025-01-30T00:00:00Z", 0, undefined],
    [
      "past the default: a warning",
      "",
      "2025-02-10T00:00:00Z",
      0,
      /warning: KEV catalog 2025\.01\.24 .* is 16 days old, more than settings\.enrichment-max-age-days \(7\)/,
    ],
    [
      "within a longer limit",
      "  enrichment-max-age-days: 30\n",
      "2025-02-10T00:00:00Z",
      0,
      undefined,
    ],
    [
      "past the limit with stale: error",
      "  enrichment-stale: error\n",
      "2025-02-10T00:00:00Z",
      2,
      /error: KEV catalog 2025\.01\.24 .* is 16 days old/,
    ],
  ];
  it.each(rows)("%s", async (_name, settings, now, code, message) => {
    const r = await ztgate(["check", report, "--policy", policyWith(settings), "--kev", KEV], {
      cwd: ROOT,
      now: new Date(now),
    });
    expect(r.code, r.stderr).toBe(code);
    const text = r.stdout + r.stderr;
    if (message) expect(text).toMatch(message);
    else expect(text).not.toMatch(/days old/);
  });
});
