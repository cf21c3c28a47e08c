// The real-fixture manifest (fixtures/real/MANIFEST.json, copied from ../shared with sources).
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface ManifestEntry {
  format: string;
  file: string;
  expected: number;
  variant: string;
  expectation_source: string;
  notes: string;
}

export const REAL = join(import.meta.dirname, "../../fixtures/real");

export const MANIFEST: ManifestEntry[] = (
  JSON.parse(readFileSync(join(REAL, "MANIFEST.json"), "utf8")) as { files: ManifestEntry[] }
).files;

export function realPath(entry: ManifestEntry): string {
  return join(REAL, entry.file);
}
