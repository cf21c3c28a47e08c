// One phrase for a finding's exploit signals and where each came from, shared by explain and
// the console: "KEV yes (KEV catalog 2025.01.24); EPSS 0.944 (scanner)".
import type { Finding } from "../model/finding.js";
import type { EnrichmentMark } from "./enrich.js";

export function exploitSignals(
  f: Pick<Finding, "kev" | "epss">,
  mark: EnrichmentMark | undefined,
): string | undefined {
  const parts: string[] = [];
  if (f.kev) parts.push(`KEV yes (${mark?.kev ?? "scanner"})`);
  if (f.epss !== undefined) parts.push(`EPSS ${f.epss} (${mark?.epss ?? "scanner"})`);
  return parts.length > 0 ? parts.join("; ") : undefined;
}
