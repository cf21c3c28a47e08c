// Issue 17, GitHub's own alerts read offline: the REST list responses of code scanning,
// Dependabot and secret scanning (fixtures/real/github-alerts/, sources in MANIFEST.md) as
// report files. States, reasons and severities are the enums of GitHub's OpenAPI description
// (@octokit/openapi: code-scanning-alert-items, dependabot-alert, secret-scanning-alert).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GateError } from "../src/model/errors.js";
import type { Finding } from "../src/model/finding.js";
import { decodeReport } from "../src/reports/decode.js";
import { parseReport } from "../src/reports/read.js";
import { ztgate } from "./helpers/cli.js";
import { REAL } from "./helpers/manifest.js";

const DIR = "github-alerts";
const CODE = `${DIR}/code-scanning__github_sast_many_vul.json`;
const CODE_REAL = `${DIR}/code-scanning__extension-js__code-scanning-alerts.json`;
const DEPENDABOT = `${DIR}/dependabot__greentic-pack__dependabot-alerts.json`;
const DEPENDABOT_BIG = `${DIR}/dependabot__aws-samples-risk-assessor__dependabot-alerts.json`;
const SECRETS = `${DIR}/secret-scanning__github_secrets_detection_report_many_vul.json`;

const FILE = "reports/alerts.json";
const inputOf = (doc: unknown) => decodeReport(Buffer.from(JSON.stringify(doc)), FILE);
const parse = (doc: unknown, format?: string): Finding[] =>
  parseReport(inputOf(doc), format).findings;

function refusal(doc: unknown, format?: string): string {
  try {
    parse(doc, format);
  } catch (err) {
    if (err instanceof GateError) return err.message;
    throw err;
  }
  throw new Error("parsed without an error");
}

const real = (file: string): Record<string, unknown>[] =>
  JSON.parse(readFileSync(join(REAL, file), "utf8")) as Record<string, unknown>[];
const realFindings = (file: string): Finding[] =>
  parseReport(decodeReport(readFileSync(join(REAL, file)), file)).findings;

describe("real alert lists: detected by content, at the manifest counts", () => {
  it.each([
    [CODE, "github-code-scanning", 2, 0],
    [CODE_REAL, "github-code-scanning", 5, 0],
    [DEPENDABOT, "github-dependabot", 2, 0],
    [DEPENDABOT_BIG, "github-dependabot", 41, 0],
    [SECRETS, "github-secret-scanning", 3, 2],
  ])("%s is %s with %i findings, %i suppressed", (file, format, count, suppressed) => {
    const { format: detected, findings } = parseReport(
      decodeReport(readFileSync(join(REAL, file)), file),
    );
    expect(detected).toBe(format);
    expect(findings).toHaveLength(count);
    expect(findings.filter((f) => f.suppressed)).toHaveLength(suppressed);
  });

  it("reads severity, CWE, location and url of a code scanning alert", () => {
    const [first] = realFindings(CODE);
    expect(first).toMatchObject({
      tool: "github-code-scanning",
      layer: "code",
      id: "py/clear-text-storage-sensitive-data",
      severity: "high",
      location: { path: "src/file.py", startLine: 42, endLine: 42 },
      url: "https://github.com/OWASP/test-repository/security/code-scanning/35",
    });
    expect(first!.cwe).toEqual(["CWE-312", "CWE-315", "CWE-359"]);
  });

  it("reads package, fix, severity, CWE and manifest of a Dependabot alert", () => {
    const [first] = realFindings(DEPENDABOT);
    expect(first).toMatchObject({
      tool: "github-dependabot",
      layer: "dependency",
      id: "GHSA-r6v5-fh4h-64xc",
      aliases: ["CVE-2026-25727"],
      severity: "medium",
      package: { name: "time", ecosystem: "rust" },
      fix: { available: true, versions: ["0.3.47"] },
      location: { path: "examples/qa-demo/.packc/pack_component/Cargo.lock" },
      url: "https://github.com/greentic-ai-org/greentic-pack/security/dependabot/6",
    });
    expect(first!.cwe).toEqual(["CWE-121"]);
  });

  it("reads a resolved secret as suppressed with reason, comment, who and when", () => {
    const findings = realFindings(SECRETS);
    const resolved = findings.find((f) => f.suppressed)!;
    expect(resolved).toMatchObject({
      layer: "secret",
      id: "adafruit_io_key",
      severity: "critical",
    });
    expect(resolved.suppressed).toEqual({
      kind: "github resolved: false positive",
      justification: "Example comment, by monalisa, at 2020-11-07T02:47:13Z",
    });
    expect(resolved.location).toEqual({ path: "example/secrets.txt", startLine: 1, endLine: 1 });
  });
});

/** A real alert of each kind, with one field changed. */
function alertWith(file: string, change: Record<string, unknown>): Record<string, unknown>[] {
  return [{ ...structuredClone(real(file)[0]!), ...change }];
}

describe("states: open counts, every closed state is a suppression carrying why", () => {
  const by = { login: "octocat" };
  const at = "2026-01-02T03:04:05Z";
  it.each([
    [
      CODE,
      {
        state: "dismissed",
        dismissed_reason: "false positive",
        dismissed_comment: "test code",
        dismissed_by: by,
        dismissed_at: at,
      },
      "github dismissed: false positive",
      `test code, by octocat, at ${at}`,
    ],
    [
      CODE,
      {
        state: "dismissed",
        dismissed_reason: "won't fix",
        dismissed_comment: null,
        dismissed_by: by,
        dismissed_at: at,
      },
      "github dismissed: won't fix",
      `by octocat, at ${at}`,
    ],
    [CODE, { state: "fixed", fixed_at: at }, "github fixed", `at ${at}`],
    [
      DEPENDABOT,
      {
        state: "dismissed",
        dismissed_reason: "tolerable_risk",
        dismissed_comment: "behind a WAF",
        dismissed_by: by,
        dismissed_at: at,
      },
      "github dismissed: tolerable risk",
      `behind a WAF, by octocat, at ${at}`,
    ],
    [
      DEPENDABOT,
      { state: "auto_dismissed", auto_dismissed_at: at },
      "github auto dismissed",
      `at ${at}`,
    ],
    [DEPENDABOT, { state: "fixed", fixed_at: at }, "github fixed", `at ${at}`],
    [
      SECRETS,
      {
        state: "resolved",
        resolution: "revoked",
        resolution_comment: null,
        resolved_by: by,
        resolved_at: at,
      },
      "github resolved: revoked",
      `by octocat, at ${at}`,
    ],
  ])("%s %j", (file, change, kind, justification) => {
    const [finding] = parse(alertWith(file, change));
    expect(finding!.suppressed).toEqual({ kind, justification });
  });

  it.each([CODE, DEPENDABOT, SECRETS])("%s open alert is not suppressed", (file) => {
    const [finding] = parse(alertWith(file, { state: "open" }));
    expect(finding!.suppressed).toBeUndefined();
  });

  it.each([
    [CODE, { state: "closed" }, "state"],
    [CODE, { state: null }, "state"],
    [CODE, { state: "dismissed", dismissed_reason: "because" }, "dismissed_reason"],
    [DEPENDABOT, { state: "withdrawn" }, "state"],
    [DEPENDABOT, { state: "dismissed", dismissed_reason: null }, "dismissed_reason"],
    [SECRETS, { state: "closed" }, "state"],
    [SECRETS, { state: "resolved", resolution: "pattern_edited" }, "resolution"],
    [SECRETS, { validity: "maybe" }, "validity"],
  ])("%s %j is exit 2 naming the field", (file, change, field) => {
    expect(refusal(alertWith(file, change))).toMatch(new RegExp(`${field} has an unknown value`));
  });
});

describe("severities", () => {
  const rule = real(CODE)[0]!.rule as Record<string, unknown>;
  it.each([
    [{ security_severity_level: "critical", severity: "note" }, "critical"],
    [{ security_severity_level: null, severity: "error" }, "high"],
    [{ security_severity_level: undefined, severity: "warning" }, "medium"],
    [{ security_severity_level: null, severity: "note" }, "low"],
    [{ security_severity_level: null, severity: "none" }, "info"],
  ])("code scanning rule %j is %s", (change, severity) => {
    const [finding] = parse(alertWith(CODE, { rule: { ...rule, ...change } }));
    expect(finding!.severity).toBe(severity);
  });

  it("an unknown code scanning severity is exit 2", () => {
    const doc = alertWith(CODE, { rule: { ...rule, security_severity_level: "severe" } });
    expect(refusal(doc)).toMatch(/security_severity_level has an unknown value "severe"/);
  });

  it("Dependabot: the vulnerability's severity, else the advisory's", () => {
    const alert = real(DEPENDABOT)[0]!;
    const vuln = alert.security_vulnerability as Record<string, unknown>;
    const [a] = parse(
      alertWith(DEPENDABOT, { security_vulnerability: { ...vuln, severity: "critical" } }),
    );
    expect(a!.severity).toBe("critical");
    const [b] = parse(
      alertWith(DEPENDABOT, { security_vulnerability: { ...vuln, severity: undefined } }),
    );
    expect(b!.severity).toBe("medium");
  });

  it("Dependabot: an unknown ecosystem is exit 2, not a guessed layer", () => {
    const alert = real(DEPENDABOT)[0]!;
    const dependency = alert.dependency as Record<string, unknown>;
    const doc = alertWith(DEPENDABOT, {
      dependency: { ...dependency, package: { ecosystem: "cobol", name: "x" } },
    });
    expect(refusal(doc)).toMatch(/ecosystem has an unknown value "cobol"/);
  });
});

describe("shapes", () => {
  it("an empty array names no tool: refused unless forced", () => {
    expect(refusal([])).toMatch(/format|detect|recogni/i);
    expect(parse([], "github-dependabot")).toEqual([]);
  });

  it.each(["github-code-scanning", "github-dependabot", "github-secret-scanning"])(
    "%s forced on an API error body (an object) is exit 2",
    (format) => {
      expect(refusal({ message: "Not Found", status: "404" }, format)).toMatch(/JSON array/);
    },
  );

  it("a list mixing two alert kinds is exit 2, never half read", () => {
    const doc = [...real(CODE), ...real(DEPENDABOT)];
    expect(() => parse(doc)).toThrow(GateError);
    expect(() => parse(doc, "github-code-scanning")).toThrow(GateError);
  });

  it("a non-object element is exit 2", () => {
    expect(refusal([...real(SECRETS), "x"], "github-secret-scanning")).toMatch(/must be an object/);
  });
});

describe("secret values are never stored or printed", () => {
  const secrets = real(SECRETS).map((a) => a.secret as string);
  // A built alert with a long, recognisable secret, so a leak is not hidden by redaction.
  const planted = "ghp_ZTGATEplantedSECRETvalue0123456789abcd";
  const doc = [{ ...real(SECRETS)[1]!, secret: planted, state: "open" }];

  it.each(["json", "markdown", "sarif", "console"])("-o %s holds none of them", async (format) => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-gh-secrets-"));
    const built = join(dir, "alerts.json");
    writeFileSync(built, JSON.stringify(doc));
    const result = await ztgate(["check", join(REAL, SECRETS), built, "-o", format]);
    const output = result.stdout + result.stderr;
    expect(output).toContain("secret");
    for (const s of [...secrets, planted]) expect(output).not.toContain(s);
    expect(output).not.toContain(planted.slice(4));
  });
});
