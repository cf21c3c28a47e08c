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

/**
 * The team's shared real reports (`../shared/fixtures/real` beside the clone, as on the
 * developers' machines and in CI), when present: extra evidence, never required.
 */
export const SHARED_REAL = join(import.meta.dirname, "../../../shared/fixtures/real");

const ALL: ManifestEntry[] = (
  JSON.parse(readFileSync(join(REAL, "MANIFEST.json"), "utf8")) as { files: ManifestEntry[] }
).files;

/** Manifest folders that hold no scanner report: --kev/--epss inputs and OpenVEX documents. */
const NOT_REPORTS = new Set(["kev-epss", "openvex"]);

/** The real scanner reports. */
export const MANIFEST: ManifestEntry[] = ALL.filter((e) => !NOT_REPORTS.has(e.format));

/** The real KEV catalogs, EPSS files and OpenVEX documents (test/enrichment, test/openvex). */
export const INPUTS: ManifestEntry[] = ALL.filter((e) => NOT_REPORTS.has(e.format));

export function realPath(entry: ManifestEntry): string {
  return join(REAL, entry.file);
}
