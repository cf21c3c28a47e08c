// How old each catalogue snapshot is against `settings.enrichment`: past max-age-days it is
// a warning, or an error (cannot decide, exit 2) with `stale: error`. "Now" is an argument.
import { catalogLabel, type Catalogs } from "./catalog.js";

export interface EnrichmentAge {
  /** Days a snapshot may be old; KEV is released on weekdays, EPSS daily. */
  maxAgeDays: number;
  stale: "warn" | "error";
}

export const DEFAULT_ENRICHMENT_AGE: EnrichmentAge = { maxAgeDays: 7, stale: "warn" };

const DAY_MS = 86_400_000;

/** One message per stale snapshot, to go to warnings or errors as `stale` says. */
export function staleCatalogs(catalogs: Catalogs, age: EnrichmentAge, now: Date): string[] {
  const out: string[] = [];
  for (const [catalog, date] of [
    [catalogs.kev, catalogs.kev?.released],
    [catalogs.epss, catalogs.epss?.scored],
  ] as const) {
    if (!catalog || !date) continue;
    const days = (now.getTime() - date.getTime()) / DAY_MS;
    if (days <= age.maxAgeDays) continue;
    out.push(
      `${catalogLabel(catalog)} (${catalog.file}) is ${Math.floor(days)} days old, more than ` +
        `settings.enrichment-max-age-days (${age.maxAgeDays}): kev/epss rules judge with an old ` +
        "snapshot; download a current one",
    );
  }
  return out;
}
