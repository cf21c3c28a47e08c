// settings.enrichment-max-age-days and settings.enrichment-stale: how old a KEV or EPSS
// snapshot (--kev, --epss) may be, and whether an older one is a warning or cannot decide.
// Two flat keys, so a later layer of `extends` can change one and keep the other.
import type { Settings } from "./types.js";

interface EnrichmentSettingsDocument {
  "enrichment-max-age-days"?: number;
  "enrichment-stale"?: "warn" | "error";
}

export function enrichmentSettings(
  s: EnrichmentSettingsDocument,
): Pick<Settings, "enrichmentMaxAgeDays" | "enrichmentStale"> {
  return {
    ...(s["enrichment-max-age-days"] === undefined
      ? {}
      : { enrichmentMaxAgeDays: s["enrichment-max-age-days"] }),
    ...(s["enrichment-stale"] === undefined ? {} : { enrichmentStale: s["enrichment-stale"] }),
  };
}
