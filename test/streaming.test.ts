// The streaming path (for reports too large to read as one string) gives exactly the findings
// of the in-memory path, on every real fixture of a format that declares streaming. Streaming
// is forced with a threshold of 0 bytes; nothing here is timed.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GateError } from "../src/model/errors.js";
import type { Finding } from "../src/model/finding.js";
import { detectParser, parserById, PARSERS } from "../src/reports/parsers/index.js";
import { loadEvidence, loadEvidenceStreamingAbove, loadReport } from "../src/reports/read.js";
import { streamReport } from "../src/reports/stream/index.js";
import { MANIFEST, REAL, realPath } from "./helpers/manifest.js";

const byFingerprint = (a: Finding, b: Finding) =>
  a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;

/** Findings in a canonical order (streaming changes the order, never the content). */
function comparable(findings: Finding[]): Finding[] {
  return [...findings].sort(byFingerprint);
}

/** Manifest entries whose detected format streams (known before parsing by loading whole). */
const streamable = MANIFEST.flatMap((entry) => {
  const request = { path: realPath(entry) };
  try {
    const whole = loadEvidence(request);
    return parserById(whole.format)?.stream ? [{ file: entry.file, request, whole }] : [];
  } catch {
    return []; // formats this build cannot parse yet, and deliberately broken files
  }
});

describe("streamed reports give the same findings as reports read whole", () => {
  it("covers the real fixtures of every streamable format", () => {
    expect(streamable.length).toBeGreaterThan(10);
  });

  // In 4 MiB blocks (each fixture is one batch), and one element per batch (merges across
  // batches, as in a report of gigabytes); streamed even when most of a fixture is outside
  // its streamed arrays (readWholeFallback: false), which a report that size is not otherwise.
  it.each(streamable.flatMap((s) => [[s.file, 4 << 20, s] as const, [s.file, 1, s] as const]))(
    "%s, blocks of %i bytes",
    (_file, blockBytes, { request, whole }) => {
      const streamed = loadEvidenceStreamingAbove(request, 0, {
        blockBytes,
        readWholeFallback: false,
      });
      expect(streamed.format).toBe(whole.format);
      expect(streamed.createdAt).toBe(whole.createdAt);
      expect(streamed.layers).toEqual(whole.layers);
      expect(comparable(streamed.findings)).toEqual(comparable(whole.findings));
    },
  );
});

describe("reports that cannot be streamed", () => {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-stream-"));
  const file = (name: string, bytes: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const trivyDoc =
    '{"SchemaVersion": 2, "ArtifactName": "x", "Results": [{"Target": "t", "Vulnerabilities": [';
  const cases = [
    ["UTF-16", file("utf16.json", Buffer.from("\ufeff[]", "utf16le")), /UTF-16 or XML/],
    ["XML", file("report.xml", "<?xml version='1.0'?><a/>"), /UTF-16 or XML/],
    ["NDJSON", file("lines.json", '{"a":1}\n{"b":2}\n'), /several JSON values \(NDJSON\)/],
  ] as const;

  it.each(cases)("%s is read whole below V8's string limit", (_what, path) => {
    const whole = streamReport(path, statSync(path).size, PARSERS, (input) => detectParser(input));
    expect(whole).toBeUndefined();
  });

  it.each(cases)("%s is exit 2 naming the file above it", (_what, path, message) => {
    const run = () =>
      streamReport(path, statSync(path).size, PARSERS, (input) => detectParser(input), {
        readWholeUpTo: 0,
      });
    expect(run).toThrow(GateError);
    expect(run).toThrow(message);
  });

  it("a format that does not stream is read whole, or past V8's limit built value by value", () => {
    const path = join(REAL, "kics/kics-action__results.json");
    const size = statSync(path).size;
    expect(streamReport(path, size, PARSERS, (input) => detectParser(input))).toBeUndefined();
    const built = streamReport(path, size, PARSERS, (input) => detectParser(input), {
      readWholeUpTo: 0,
    });
    expect(built?.parser.id).toBe("kics");
    expect(built?.findings).toEqual(loadReport({ path }).findings);
  });

  it("a truncated report is exit 2", () => {
    const path = file("truncated.json", trivyDoc + '{"VulnerabilityID": "CVE-1"');
    expect(() => loadEvidenceStreamingAbove({ path }, 0, { readWholeFallback: false })).toThrow(
      /unexpected end of input/,
    );
  });
});

// Pretty-printed arrays of objects are located by their indentation (src/reports/stream/scan.ts); a
// report whose indentation misleads that guess is scanned again byte by byte.
describe("arrays located by their indentation", () => {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-layout-"));
  const pretty = JSON.stringify(
    JSON.parse(readFileSync(join(REAL, "grype/many_vulns.json"), "utf8")),
    null,
    2,
  );
  const withFirstMatch = (name: string, member: string) => {
    const text = pretty.replace('"matches": [\n    {', `"matches": [\n    {${member}`);
    expect(text).not.toBe(pretty);
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("a report whose indentation misleads gives the same findings as read whole", () => {
    // "}\n  ]" inside the first match looks like the end of "matches".
    const path = withFirstMatch("misleading.json", '"zz": [{}\n  ],');
    const whole = loadEvidence({ path });
    expect(whole.findings.length).toBeGreaterThan(10);
    const streamed = loadEvidenceStreamingAbove({ path }, 0, {
      blockBytes: 1,
      readWholeFallback: false,
    });
    expect(comparable(streamed.findings)).toEqual(comparable(whole.findings));
  });

  it("a broken element of a pretty-printed report is exit 2", () => {
    const path = withFirstMatch("broken.json", '"zz": tru,');
    expect(() => loadEvidenceStreamingAbove({ path }, 0, { readWholeFallback: false })).toThrow(
      /is not valid JSON/,
    );
  });

  it("a report mostly outside its streamed arrays is read whole below 128 MiB", () => {
    const stream = (path: string) =>
      streamReport(path, statSync(path).size, PARSERS, (input) => detectParser(input));
    expect(stream(join(REAL, "grype/many_vulns.json"))?.parser.id).toBe("grype");
    const doc = JSON.parse(pretty) as Record<string, unknown>;
    const path = join(dir, "mostly-whole.json");
    writeFileSync(path, JSON.stringify({ ...doc, extra: "x".repeat(pretty.length) }));
    expect(stream(path)).toBeUndefined();
  });
});
