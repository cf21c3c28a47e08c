// Secret scanners: the raw secret never leaves the parser; repeats of one secret are merged.
import { describe, expect, it } from "vitest";
import { redactSecret } from "../src/reports/parsers/redact.js";
import { findingsOf, fixtureText } from "./helpers/fixture.js";

type Raw = Record<string, unknown>;

/** Every field of a gitleaks entry that holds the secret or the line around it. */
const SECRET_FIELDS = ["Secret", "Match", "offender", "line"];

describe("gitleaks", () => {
  const files = ["gitleaks8_many.json", "version_7.5.0.json", "data_many.json"];

  it.each(files)("%s: no raw secret anywhere in the findings", (file) => {
    const raw = JSON.parse(fixtureText(`gitleaks/${file}`)) as Raw[];
    const secrets = raw.flatMap((e) =>
      SECRET_FIELDS.map((k) => e[k]).filter((v) => typeof v === "string"),
    );
    expect(secrets.length).toBeGreaterThan(0);
    const out = JSON.stringify(findingsOf(`gitleaks/${file}`));
    for (const secret of secrets as string[]) expect(out).not.toContain(secret);
  });

  it.each(files)("%s: one finding per secret, file and line", (file) => {
    const raw = JSON.parse(fixtureText(`gitleaks/${file}`)) as Raw[];
    const places = new Set(
      raw.map((e) =>
        [e.Secret ?? e.offender, e.File ?? e.file, e.StartLine ?? e.lineNumber].join("|"),
      ),
    );
    const findings = findingsOf(`gitleaks/${file}`);
    expect(findings).toHaveLength(places.size);
    expect(findings.every((f) => f.layer === "secret" && f.severity === "unknown")).toBe(true);
  });

  it("v8 and v7 fields: rule, path and lines", () => {
    const [v8] = findingsOf("gitleaks/gitleaks8_many.json");
    expect(v8).toMatchObject({
      id: "aws-access-token",
      location: { path: "/conf/aws.tf", startLine: 2, endLine: 2 },
    });
    const [v7] = findingsOf("gitleaks/version_7.5.0.json");
    expect(v7?.id).toBe("AWS Access Key");
    expect(v7?.location?.startLine).toBe(13);
    expect(v7?.description).toBe("Secret AKIA…(20 chars) found (commit 6d1279809668)");
  });
});

describe("redaction", () => {
  it.each([
    ["AKIAIOSFODNN7EXAMPLE", "AKIA…(20 chars)"],
    ["short-secret", "…(12 chars)"],
    ["  padded-but-long-value  ", "padd…(21 chars)"],
    ["", ""],
  ])("%j → %j", (secret, redacted) => {
    expect(redactSecret(secret)).toBe(redacted);
  });
});
