// Findings + catalogues → findings with `kev` and `epss` filled in, matched by the finding's
// id and every alias that is a CVE (case-insensitive), so a GHSA-only npm advisory with a CVE
// alias meets the catalogue. Pure: the catalogues were read at the edge (io/enrichment-files).
//
// Where the scanner already wrote a value, the stronger signal wins (docs/design.md): kev is
// true when either says so; epss is the higher score. A gate errs towards blocking, and a
// scanner's EPSS is of a date the report does not state.
import type { Finding } from "../model/finding.js";
import { catalogLabel, CVE_ID, type Catalogs } from "./catalog.js";

/** Which catalogue supplied a finding's values (absent: the scanner's, or none). */
export interface EnrichmentMark {
  kev?: string;
  epss?: string;
}

export interface Enriched {
  findings: Finding[];
  /** By fingerprint: the findings whose kev or epss came from a catalogue. */
  marks: Map<string, EnrichmentMark>;
}

export function enrichFindings(findings: readonly Finding[], catalogs: Catalogs): Enriched {
  const marks = new Map<string, EnrichmentMark>();
  const out = findings.map((f) => {
    const cves = cveIds(f);
    if (cves.length === 0) return f;
    const mark: EnrichmentMark = {};
    let { kev, epss } = f;
    if (catalogs.kev && !kev && cves.some((id) => catalogs.kev!.cves.has(id))) {
      kev = true;
      mark.kev = catalogLabel(catalogs.kev);
    }
    const score = catalogs.epss ? maxScore(cves, catalogs.epss.scores) : undefined;
    if (score !== undefined && (epss === undefined || score > epss)) {
      epss = score;
      mark.epss = catalogLabel(catalogs.epss!);
    }
    if (!mark.kev && !mark.epss) return f;
    marks.set(f.fingerprint, mark);
    return { ...f, kev, epss };
  });
  return { findings: out, marks };
}

/** The finding's id and aliases that are CVE ids, upper case, once each. */
function cveIds(f: Finding): string[] {
  const ids = new Set<string>();
  for (const id of [f.id, ...f.aliases]) {
    const trimmed = id.trim();
    if (CVE_ID.test(trimmed)) ids.add(trimmed.toUpperCase());
  }
  return [...ids];
}

function maxScore(
  cves: readonly string[],
  scores: ReadonlyMap<string, number>,
): number | undefined {
  let max: number | undefined;
  for (const id of cves) {
    const s = scores.get(id);
    if (s !== undefined && (max === undefined || s > max)) max = s;
  }
  return max;
}
