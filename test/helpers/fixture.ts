// Parses one real fixture in-process (decode → detect or force → parse), for unit tests that
// look at individual findings rather than counts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeReport } from "../../src/reports/decode.js";
import type { Finding } from "../../src/model/finding.js";
import { parseReport, type ParsedReport } from "../../src/reports/read.js";
import { REAL } from "./manifest.js";

export function parseFixture(file: string, format?: string): ParsedReport {
  const path = join(REAL, file);
  return parseReport(decodeReport(readFileSync(path), path), format);
}

export function findingsOf(file: string, format?: string): Finding[] {
  return parseFixture(file, format).findings;
}

/** The raw bytes of a fixture as text, for checks on what the file itself says. */
export function fixtureText(file: string): string {
  return readFileSync(join(REAL, file), "utf8");
}
