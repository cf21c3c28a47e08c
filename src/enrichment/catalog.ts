// The enrichment catalogues, parsed: CISA's Known Exploited Vulnerabilities and FIRST's EPSS
// scores, keyed by upper-case CVE id. Shared by the readers (kev.ts, epss.ts), the pure
// enrichment (enrich.ts) and its age check (age.ts).

export interface KevCatalog {
  kind: "kev";
  /** The file it was read from, for messages. */
  file: string;
  /** catalogVersion, e.g. "2025.01.24". */
  version: string;
  /** dateReleased: what the snapshot's age is measured from. */
  released: Date;
  cves: ReadonlySet<string>;
}

export interface EpssCatalog {
  kind: "epss";
  file: string;
  /** model_version from the first comment line, e.g. "v2023.03.01". */
  model: string;
  /** score_date from the first comment line. */
  scored: Date;
  scores: ReadonlyMap<string, number>;
}

export interface Catalogs {
  kev?: KevCatalog;
  epss?: EpssCatalog;
}

/** How a finding's values are attributed in explain, console and JSON. */
export function catalogLabel(catalog: KevCatalog | EpssCatalog): string {
  return catalog.kind === "kev"
    ? `KEV catalog ${catalog.version}`
    : `EPSS ${catalog.scored.toISOString().slice(0, 10)} (model ${catalog.model})`;
}

/** CVE ids as CISA and FIRST write them; compared in upper case. */
export const CVE_ID = /^CVE-\d{4}-\d{4,}$/i;
