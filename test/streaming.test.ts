// The streaming path (for reports too large to read as one string) gives exactly the findings
// of the in-memory path, on every real fixture of a format that declares streaming. Streaming
// is forced with a threshold of 0 bytes; nothing here is timed.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GateError } from "../src/errors.js";
import type { Finding } from "../src/finding.js";
import { parserById } from "../src/parsers/index.js";
import { loadReport, loadReportStreamingAbove } from "../src/reports.js";
import { MANIFEST, realPath } from "./helpers/manifest.js";

const byFingerprint = (a: Finding, b: Finding) =>
  a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;

/** Manifest entries whose detected format streams (known before parsing by loading whole). */
const streamable = MANIFEST.flatMap((entry) => {
  const request = { path: realPath(entry) };
  try {
    const whole = loadReport(request);
    return parserById(whole.format)?.stream ? [{ file: entry.file, request, whole }] : [];
  } catch {
    return []; // formats this build cannot parse yet, and deliberately broken files
  }
});

describe("streamed reports give the same findings as reports read whole", () => {
  it("covers the real fixtures of every streamable format", () => {
    expect(streamable.length).toBeGreaterThan(10);
  });

  it.each(streamable.map((s) => [s.file, s] as const))("%s", (_file, { request, whole }) => {
    const streamed = loadReportStreamingAbove(request, 0);
    expect(streamed.format).toBe(whole.format);
    expect(streamed.createdAt).toBe(whole.createdAt);
    expect([...streamed.findings].sort(byFingerprint)).toEqual(
      [...whole.findings].sort(byFingerprint),
    );
  });
});

describe("reports that cannot be streamed fail closed, naming the file", () => {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-stream-"));
  it.each([
    ["utf16.json", Buffer.from("\ufeff[]", "utf16le"), /UTF-16 report of 0 MiB/],
    ["report.xml", Buffer.from("<?xml version='1.0'?><a/>"), /XML report/],
    [
      "truncated.json",
      Buffer.from('{"SchemaVersion": 2, "Results": [{"Target": "x"'),
      /end of input/,
    ],
  ])("%s", (name, bytes, message) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    expect(() => loadReportStreamingAbove({ path }, 0)).toThrow(GateError);
    expect(() => loadReportStreamingAbove({ path }, 0)).toThrow(message);
  });

  it("reads NDJSON below V8's string limit whole instead", () => {
    const path = join(dir, "lines.json");
    writeFileSync(path, '{"a":1}\n{"b":2}\n');
    // Read whole, it is parsed as NDJSON and then judged by content (no format claims it).
    expect(() => loadReportStreamingAbove({ path }, 0)).toThrow(/unrecognised format/);
  });
});
