// Issue 13 (verdict integrity): format detection is exclusive. A document two parsers claim,
// or one that carries another format's findings container beside the one parsed, is exit 2
// naming both formats, never "some format, 0 findings". Real fixtures come from
// fixtures/real/MANIFEST.json (sources listed there) and ../shared/fixtures/real beside the clone.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeReport, type ReportInput } from "../src/reports/decode.js";
import { GateError } from "../src/model/errors.js";
import { detectParser, parserById, PARSERS } from "../src/reports/parsers/index.js";
import { loadEvidenceStreamingAbove, parseReport } from "../src/reports/read.js";
import { FILE_FORMAT, FORCED } from "./helpers/formats.js";
import { REAL, SHARED_REAL } from "./helpers/manifest.js";

const SHARED = SHARED_REAL;

interface Entry {
  format: string;
  file: string;
  /** The finding count, or "error" for a report the tool's own parser refuses (a text file). */
  expected: number | "error";
}

function manifestOf(root: string): Entry[] {
  const path = join(root, "MANIFEST.json");
  if (!existsSync(path)) return [];
  return (JSON.parse(readFileSync(path, "utf8")) as { files: Entry[] }).files;
}

/** The ztgate format a manifest entry must be detected as; undefined when not supported yet. */
const formatOf = (e: Entry) => FILE_FORMAT[e.file] ?? (parserById(e.format) ? e.format : undefined);

const inputOf = (path: string) => decodeReport(readFileSync(path), path);
const claimants = (input: ReportInput) => PARSERS.filter((p) => p.detect(input)).map((p) => p.id);
const built = (json: unknown, path = "built.json"): ReportInput => ({
  path,
  text: JSON.stringify(json),
  syntax: "json",
  json,
});
const fixture = (file: string) => JSON.parse(readFileSync(join(REAL, file), "utf8")) as unknown;

/** The format and finding count, or the GateError's message. */
function outcome(
  input: ReportInput,
  forced?: string,
): { format?: string; count?: number; error?: string } {
  try {
    const r = parseReport(input, forced);
    return { format: r.format, count: r.findings.length };
  } catch (err) {
    if (err instanceof GateError) return { error: err.message };
    throw err;
  }
}

describe.each([
  ["fixtures/real", REAL],
  ["shared fixtures", SHARED],
])("%s: every real fixture is claimed by exactly one parser", (_label, root) => {
  const entries = manifestOf(root).filter((e) => existsSync(join(root, e.file)));
  const supported = entries.filter(
    (e) => formatOf(e) && !(e.file in FORCED) && e.expected !== "error",
  );
  const unsupported = entries.filter((e) => !formatOf(e));

  it.each(supported.map((e) => [e.file, formatOf(e)!]))("%s → %s", (file, format) => {
    expect(claimants(inputOf(join(root, file)))).toEqual([format]);
  });

  // Reports that name no tool are claimed by nobody (forced with FORMAT:PATH; detect.test.ts).
  it.each(Object.keys(FORCED).filter((f) => entries.some((e) => e.file === f)))(
    "%s names no tool: claimed by no parser",
    (file) => expect(claimants(inputOf(join(root, file)))).toEqual([]),
  );

  // Formats ztgate does not read yet: listed (one line per format), not tested.
  const byFormat = new Map<string, number>();
  for (const e of unsupported) byFormat.set(e.format, (byFormat.get(e.format) ?? 0) + 1);
  it.skip.each([...byFormat])("not supported yet: %s (%i files)", () => {});
  // ../shared is beside the clone on the team's machines and in CI, not in every checkout.
  if (entries.length === 0) it.skip("absent from this checkout's surroundings", () => {});
});

/** Keys that make Trivy claim a document: how the confusion was first found. */
const TRIVY_KEYS = { SchemaVersion: 2, ArtifactName: "confused" };

/** Fixtures with findings, and the keys that identify their format (removed in "stripped"). */
const CONFUSED = [
  ["grype/many_vulns.json", "grype", ["descriptor", "source", "distro"]],
  ["npm-audit/many_vuln.json", "npm-audit", ["actions", "muted", "metadata"]],
  ["npm-audit/npm7plus__many_vulns.json", "npm-audit", ["auditReportVersion", "metadata"]],
  ["sarif/semgrepowasp-benchmark-sample.sarif", "sarif", ["version", "$schema"]],
  ["checkov/checkov-report-1-vuln.json", "checkov", ["check_type"]],
  ["kics/kics-action__results.json", "kics", ["severity_counters"]],
  ["osv-scanner/many_findings.json", "osv-scanner", ["experimental_config"]],
  ["snyk/single_project_many_vulns.json", "snyk", ["ok", "packageManager"]],
  ["cyclonedx/log4j.json", "cyclonedx", ["bomFormat"]],
  ["pip-audit/many_vulns_new.json", "pip-audit", []],
  ["trivy-operator/vulnerabilityreport_many.json", "trivy-operator", ["apiVersion"]],
  ["tfsec/many_findings_current.json", "tfsec", []],
] as const;

function without(doc: unknown, keys: readonly string[]): Record<string, unknown> {
  const copy = { ...(doc as Record<string, unknown>) };
  for (const k of keys) delete copy[k];
  return copy;
}

function expectConfusion(error: string | undefined, ...formats: string[]) {
  expect(error).toBeDefined();
  for (const f of formats) expect(error).toContain(f);
  expect(error).toContain("FORMAT:PATH");
}

describe("format confusion is exit 2 naming both formats (case 1)", () => {
  it.each(CONFUSED)("%s plus Trivy's keys", (file, format) => {
    const r = outcome(built({ ...(fixture(file) as object), ...TRIVY_KEYS }));
    expectConfusion(r.error, "trivy", format);
  });

  // Its own identifying keys removed, the document is claimed by Trivy alone, and still
  // carries the other format's findings container: never read as Trivy with 0 findings.
  it.each(CONFUSED)("%s stripped of its own keys, plus Trivy's", (file, format, own) => {
    const r = outcome(built({ ...without(fixture(file), own), ...TRIVY_KEYS }));
    expectConfusion(r.error, "trivy", format);
  });

  const trivyDoc = fixture("trivy/scheme_2_many_vulns.json") as Record<string, unknown>;
  const grypeMatch = (fixture("grype/many_vulns.json") as { matches: unknown[] }).matches[0];
  const sarifRun = {
    tool: { driver: { name: "x" } },
    results: [{ ruleId: "R1", message: { text: "m" } }],
  };
  const npmAdvisory = (fixture("npm-audit/one_vuln.json") as { advisories: unknown }).advisories;
  it.each([
    ["matches", "grype", [grypeMatch]],
    ["runs", "sarif", [sarifRun]],
    ["advisories", "npm-audit", npmAdvisory],
    ["queries", "kics", [{ query_name: "q", files: [{ file_name: "main.tf", line: 1 }] }]],
    ["results", "tfsec", [{ rule_id: "AVD-1", location: { filename: "a.tf" }, status: "failed" }]],
    ["vulnerabilities", "cyclonedx", [{ id: "CVE-2021-44228", affects: [{ ref: "pkg" }] }]],
    ["results", "checkov", { failed_checks: [{ check_id: "CKV_AWS_1", file_path: "/a.tf" }] }],
    ["findings", "ztgate", [{ layer: "code", id: "X-1", severity: "high", tool: "t" }]],
  ] as const)("a Trivy report carrying %s (%s findings)", (key, format, value) => {
    expectConfusion(outcome(built({ ...trivyDoc, [key]: value })).error, "trivy", format);
  });

  it("a Checkov report carrying Trivy's Results", () => {
    const doc = {
      ...(fixture("checkov/checkov-report-0-vuln.json") as object),
      Results: trivyDoc.Results,
    };
    expectConfusion(outcome(built(doc)).error, "checkov", "trivy");
  });

  it("an npm v2 map under `vulnerabilities` is not read as an empty CycloneDX list", () => {
    const npm = fixture("npm-audit/npm7plus__many_vulns.json") as Record<string, unknown>;
    const doc = {
      bomFormat: "CycloneDX",
      specVersion: "1.5",
      vulnerabilities: npm.vulnerabilities,
    };
    expectConfusion(outcome(built(doc)).error, "cyclonedx", "npm-audit");
  });
});

describe("FORMAT:PATH resolves which format claims, never hides a container", () => {
  const grype = fixture("grype/many_vulns.json") as object;
  const grypeCount = outcome(built(grype)).count;
  const confused = built({ ...grype, ...TRIVY_KEYS });

  it("forcing the format that reads the findings reads them all", () => {
    expect(outcome(confused, "grype")).toEqual({ format: "grype", count: grypeCount });
  });

  it("forcing a format that does not read them is exit 2 naming the other", () => {
    expectConfusion(outcome(confused, "trivy").error, "trivy", "grype");
  });

  it("yarn 2/3 reports (npm's v1 document) still force to yarn-audit", () => {
    const input = inputOf(join(REAL, "yarn-audit/issue_6495.json"));
    expect(outcome(input).format).toBe("npm-audit");
    expect(outcome(input, "yarn-audit")).toMatchObject({ format: "yarn-audit" });
    expect(outcome(input, "yarn-audit").count).toBe(outcome(input).count);
  });
});

describe("a Grype report trimmed to its matches (case 2)", () => {
  const full = fixture("grype/many_vulns.json") as { matches: unknown[] };
  it("is recognised by its entries (vulnerability + artifact)", () => {
    expect(outcome(built({ matches: full.matches }))).toEqual(outcome(built(full)));
  });
  it.each([
    ["no entries", { matches: [] }],
    ["entries of another shape", { matches: [{ rule: "x" }] }],
  ])("is not recognised with %s", (_what, doc) => {
    expect(outcome(built(doc)).error).toContain("unrecognised format");
  });
});

describe("trivy-operator CRs as a bare array (case 3)", () => {
  const files = [
    "trivy-operator/vulnerabilityreport_many.json",
    "trivy-operator/configauditreport_many.json",
    "trivy-operator/exposedsecretreport_many.json",
  ];
  const total = files.reduce((n, f) => n + (outcome(built(fixture(f))).count ?? NaN), 0);
  const items = built(files.map(fixture));
  it("is detected", () => {
    expect(outcome(items)).toEqual({ format: "trivy-operator", count: total });
  });
  it("is read when forced", () => {
    expect(outcome(items, "trivy-operator")).toEqual({ format: "trivy-operator", count: total });
  });
  // Found by the metamorphic test: a dict of CRD lists with a CRD's apiVersion and kind added
  // was read as that one (empty) CRD, and every listed report was dropped.
  it("is not read as one CRD when a dict of CRDs carries a CRD's own keys", () => {
    const dict = fixture("trivy-operator/all_reports_in_dict.json") as object;
    const both = {
      ...dict,
      apiVersion: "aquasecurity.github.io/v1alpha1",
      kind: "VulnerabilityReport",
    };
    expect(outcome(built(dict)).count).toBeGreaterThan(0);
    expect(outcome(built(both)).error).toContain("unrecognised format");
  });
});

describe("streamed reports are detected exclusively too (case 4)", () => {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-detect-"));
  const write = (name: string, doc: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(doc, null, 2));
    return path;
  };
  const stream = (path: string, format?: string) => {
    try {
      const r = loadEvidenceStreamingAbove({ path, format }, 0, { readWholeFallback: false });
      return { format: r.format, count: r.findings.length };
    } catch (err) {
      if (err instanceof GateError) return { error: err.message };
      throw err;
    }
  };

  it.each(CONFUSED)("%s plus Trivy's keys, stripped of its own", (file, format, own) => {
    const path = write(`${format}-stripped.json`, {
      ...without(fixture(file), own),
      ...TRIVY_KEYS,
    });
    expectConfusion(stream(path).error, "trivy", format);
  });

  it.each(CONFUSED)("%s plus Trivy's keys", (file, format) => {
    const path = write(`${format}-plus.json`, { ...(fixture(file) as object), ...TRIVY_KEYS });
    expectConfusion(stream(path).error, "trivy", format);
  });

  it("a Trivy report with many streamed Results and Grype matches beside them", () => {
    const trivy = fixture("trivy/misconfigurations_and_secrets.json") as Record<string, unknown>;
    const matches = (fixture("grype/many_vulns.json") as { matches: unknown[] }).matches;
    const path = write("trivy-with-matches.json", { ...trivy, matches });
    expectConfusion(stream(path).error, "trivy", "grype");
  });

  it("a trimmed Grype report streams as Grype", () => {
    const full = fixture("grype/many_vulns.json") as { matches: unknown[] };
    const path = write("grype-trimmed.json", { matches: full.matches });
    expect(stream(path)).toEqual(outcome(built(full)));
  });

  it("forcing resolves a streamed report as it does one read whole", () => {
    const grype = fixture("grype/many_vulns.json") as object;
    const path = write("grype-forced.json", { ...grype, ...TRIVY_KEYS });
    expect(stream(path, "grype")).toEqual(outcome(built(grype)));
    expectConfusion(stream(path, "trivy").error, "trivy", "grype");
  });
});

// The keys that make each format's detector claim a document, clean (no findings): added to a
// report (never replacing its keys), they must not turn it into another format.
const STUBS: Record<
  string,
  { object?: Record<string, unknown>; element?: Record<string, unknown> }
> = {
  trivy: { object: TRIVY_KEYS, element: { Target: "stub", Class: "os-pkgs" } },
  grype: { object: { matches: [], descriptor: { name: "grype" } } },
  "npm-audit": { object: { advisories: {}, metadata: {} } },
  "yarn-audit": { object: { type: "auditSummary", data: {} } },
  "pip-audit": {
    object: { dependencies: [{ name: "stub", version: "1", vulns: [] }] },
    element: { name: "stub", vulns: [] },
  },
  "osv-scanner": { object: { results: [], experimental_config: {} } },
  snyk: {
    object: { vulnerabilities: [], ok: true, packageManager: "npm" },
    element: { vulnerabilities: [], ok: true, packageManager: "npm" },
  },
  cyclonedx: { object: { bomFormat: "CycloneDX", specVersion: "1.5" } },
  checkov: {
    object: { check_type: "terraform", results: { failed_checks: [] } },
    element: { check_type: "terraform", results: { failed_checks: [] } },
  },
  sarif: { object: { version: "2.1.0", runs: [] } },
  kics: { object: { queries: [], severity_counters: {}, total_counter: 0 } },
  tfsec: { object: { results: null } },
  "trivy-operator": {
    object: {
      apiVersion: "aquasecurity.github.io/v1alpha1",
      kind: "VulnerabilityReport",
      report: {},
    },
    element: {
      apiVersion: "aquasecurity.github.io/v1alpha1",
      kind: "VulnerabilityReport",
      report: {},
    },
  },
  gitleaks: { element: { RuleID: "stub", File: "stub" } },
  hadolint: { element: { code: "DL0", level: "info", file: "stub", line: 1 } },
  govulncheck: { object: { Vulns: [], Calls: {} } },
  "bundler-audit": { object: { version: "0.9.0", created_at: "2021-01-01", results: [] } },
  kubescape: { object: { results: [], summaryDetails: { controls: {} } } },
  prowler: {
    element: { status_code: "PASS", finding_info: {}, metadata: { product: { name: "Prowler" } } },
  },
  ztgate: { object: { format: "ztgate-findings", version: 1, findings: [] } },
  "dependency-check": { object: { reportSchema: "1.1", dependencies: [] } },
  zap: { object: { "@version": "2.14.0", "@generated": "Fri, 2 Feb 2024 20:47:44", site: [] } },
  semgrep: { object: { results: [], errors: [], paths: {}, version: "1.95.0" } },
  gosec: { object: { Issues: [], Stats: { found: 0 } } },
  "github-code-scanning": {
    element: {
      number: 1,
      rule: { id: "stub" },
      most_recent_instance: { ref: "stub" },
      instances_url: "stub",
    },
  },
  "github-dependabot": {
    element: {
      number: 1,
      security_advisory: { ghsa_id: "stub" },
      security_vulnerability: {},
      dependency: { package: {} },
    },
  },
  "github-secret-scanning": {
    element: { number: 1, secret_type: "stub", state: "open", html_url: "stub" },
  },
};

/** The document with the stubs' keys added where absent: top level, or to every element. */
function withStubs(doc: unknown, formats: readonly string[]): unknown {
  const add = (target: unknown, form: "object" | "element") => {
    if (typeof target !== "object" || target === null || Array.isArray(target)) return target;
    const out = { ...(target as Record<string, unknown>) };
    for (const f of formats) {
      for (const [k, v] of Object.entries(STUBS[f]?.[form] ?? {})) if (!(k in out)) out[k] = v;
    }
    return out;
  };
  return Array.isArray(doc) ? doc.map((e) => add(e, "element")) : add(doc, "object");
}

describe("adding other formats' keys never changes the format (case 5, property)", () => {
  it("covers every parser", () => {
    expect(Object.keys(STUBS).sort()).toEqual(PARSERS.map((p) => p.id).sort());
  });

  const reports = manifestOf(REAL)
    .filter((e) => formatOf(e) && !(e.file in FORCED))
    .map((e) => ({ file: e.file, format: formatOf(e)!, input: inputOf(join(REAL, e.file)) }))
    .filter((r) => r.input.syntax !== "xml");
  const baseCount = new Map(reports.map((r) => [r.file, outcome(r.input).count ?? -1]));

  /** Detection alone (cheap); parsing only when the format changed, to compare counts. */
  function holds(report: (typeof reports)[number], formats: string[]): boolean {
    const input = { ...report.input, json: withStubs(report.input.json, formats) };
    let id: string;
    try {
      id = detectParser(input).id;
    } catch (err) {
      if (err instanceof GateError) return true;
      throw err;
    }
    if (id === report.format) return true;
    const r = outcome(input);
    return r.error !== undefined || (r.count ?? 0) >= baseCount.get(report.file)!;
  }

  const others = (format: string) => PARSERS.map((p) => p.id).filter((id) => id !== format);

  it("one other format's keys, and every pair of them", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...reports)
          .chain((report) =>
            fc.tuple(
              fc.constant(report),
              fc.subarray(others(report.format), { minLength: 1, maxLength: 2 }),
            ),
          ),
        ([report, formats]) => holds(report, formats),
      ),
      { numRuns: 600 },
    );
  });

  // The same, exhaustively: every fixture, every other format and every pair of them.
  it.each(reports.map((r) => [r.file, r] as const))("%s, every pair", (_file, report) => {
    const ids = others(report.format);
    const failures: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (!holds(report, [ids[i]!])) failures.push(ids[i]!);
      for (let j = i + 1; j < ids.length; j++) {
        if (!holds(report, [ids[i]!, ids[j]!])) failures.push(`${ids[i]}+${ids[j]}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/** The document with every value the container path reaches removed (emptied, or deleted). */
function emptied(node: unknown, parts: readonly string[]): unknown {
  if (parts.length === 0) return Array.isArray(node) ? [] : undefined;
  const [part, ...rest] = parts as [string, ...string[]];
  const m = /^([^[\]{}]*)(\[\]|\{\})?$/.exec(part)!;
  const [, name = "", each] = m;
  const into = (value: unknown): unknown => {
    if (!each) return emptied(value, rest);
    if (rest.length === 0) return each === "[]" ? [] : {};
    if (!Array.isArray(value) && each === "[]") return value;
    // "[].RuleID": entries known by a key are the findings themselves, so they go.
    const entryKey = rest.length === 1 && /^[^[\]{}]+$/.test(rest[0]!) ? rest[0]! : undefined;
    if (Array.isArray(value) && entryKey) {
      return value.filter((v) => !(typeof v === "object" && v !== null && entryKey in v));
    }
    if (Array.isArray(value)) return value.map((v) => emptied(v, rest));
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, emptied(v, rest)]));
  };
  if (name === "") return into(node);
  if (typeof node !== "object" || node === null || Array.isArray(node)) return node;
  const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  const keys = name === "*" ? Object.keys(copy) : name in copy ? [name] : [];
  for (const k of keys) {
    const value = into(copy[k]);
    if (value === undefined) delete copy[k];
    else copy[k] = value;
  }
  return copy;
}

// The containers a parser declares are where its findings are: with them emptied, a real
// report yields none. A parser reading findings from an undeclared place fails this, so the
// foreign-container check can never miss a container a parser really reads.
describe("every finding comes from a container its parser declares", () => {
  const withFindings = manifestOf(REAL)
    .filter((e) => formatOf(e) && !(e.file in FORCED))
    .map((e) => ({ file: e.file, input: inputOf(join(REAL, e.file)) }))
    .filter((r) => r.input.syntax !== "xml" && (outcome(r.input).count ?? 0) > 0);

  it.each(withFindings.map((r) => [r.file, r] as const))("%s", (_file, { input }) => {
    const parser = detectParser(input);
    const json = Object.values(parser.containers)
      .flat()
      .reduce<unknown>((doc, c) => emptied(doc, c.split(".")), input.json);
    const r = outcome({ ...input, json }, parser.id);
    if (r.error === undefined) expect(r.count).toBe(0);
  });
});

// One parser, two of its shapes in one document: the parser reads one shape's containers
// (npm v2 when auditReportVersion is 2, Trivy's cluster layout when ClusterName is there),
// so the other's findings would go unread.
describe("a document holding two variants of one format is exit 2", () => {
  const npm1 = fixture("npm-audit/many_vuln.json") as Record<string, unknown>;
  const npm2 = fixture("npm-audit/npm7plus__many_vulns.json") as Record<string, unknown>;
  const trivy = fixture("trivy/scheme_2_many_vulns.json") as Record<string, unknown>;
  const cluster = fixture("trivy/issue_9170.json") as Record<string, unknown>;
  it.each([
    ["npm v2 with a v1 advisories map", { ...npm2, advisories: npm1.advisories }, "npm-audit"],
    ["a Trivy cluster report with image Results", { ...cluster, Results: trivy.Results }, "trivy"],
  ] as const)("%s", (_what, doc, format) => {
    const r = outcome(built(doc));
    expect(r.error).toContain(format);
    expect(r.error).toContain("variant");
  });

  it("is exit 2 when forced too", () => {
    const doc = built({ ...npm2, advisories: npm1.advisories });
    expect(outcome(doc, "npm-audit").error).toContain("variant");
  });
});

// Streamed arrays are where a format's findings are by definition (types.ts, stream): each must
// be a declared container, whether or not a fixture exercises it (Checkov's skipped_checks).
// A streamed object ("vulnerabilities{}") is written as its container is.
describe("every streamed array is a declared container", () => {
  it.each(PARSERS.filter((p) => p.stream).map((p) => [p.id, p] as const))("%s", (_id, parser) => {
    const declared = Object.values(parser.containers).flat();
    for (const array of parser.stream!.arrays) {
      expect(declared).toContain(array.endsWith("{}") ? array : `${array}[]`);
    }
  });
});
