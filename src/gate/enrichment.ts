// KEV/EPSS enrichment on an evaluation: which findings took their kev or epss from a
// catalogue (explain, console and JSON say so), the catalogues used, and their age against
// settings.enrichment-max-age-days. Declared by module augmentation, as the baseline is, so
// judge.ts and evaluate.ts keep their shape for a feature layered on top of them.
import { catalogLabel, type Catalogs } from "../enrichment/catalog.js";
import { DEFAULT_ENRICHMENT_AGE, staleCatalogs } from "../enrichment/age.js";
import type { EnrichmentMark } from "../enrichment/enrich.js";
import type { Settings } from "../policy/types.js";
import type { Evaluation } from "./evaluate.js";

declare module "./judge.js" {
  interface EvaluatedFinding {
    /** The catalogue that supplied kev or epss (absent: the scanner wrote it, or nobody). */
    enrichment?: EnrichmentMark;
  }
}
declare module "./evaluate.js" {
  interface Evaluation {
    /** The catalogues findings were enriched from (--kev, --epss). */
    enrichment?: { catalogs: { label: string; file: string; date: string }[]; enriched: number };
  }
}

export function markEnrichment(
  evaluation: Evaluation,
  marks: ReadonlyMap<string, EnrichmentMark>,
  catalogs: Catalogs,
  settings: Settings,
  now: Date,
): Evaluation {
  for (const e of evaluation.findings) {
    const mark = marks.get(e.finding.fingerprint);
    if (mark) e.enrichment = mark;
  }
  const used = [catalogs.kev, catalogs.epss].flatMap((c) =>
    c
      ? [
          {
            label: catalogLabel(c),
            file: c.file,
            date: (c.kind === "kev" ? c.released : c.scored).toISOString(),
          },
        ]
      : [],
  );
  evaluation.enrichment = { catalogs: used, enriched: marks.size };
  const stale = staleCatalogs(
    catalogs,
    {
      maxAgeDays: settings.enrichmentMaxAgeDays ?? DEFAULT_ENRICHMENT_AGE.maxAgeDays,
      stale: settings.enrichmentStale ?? DEFAULT_ENRICHMENT_AGE.stale,
    },
    now,
  );
  (settings.enrichmentStale === "error" ? evaluation.errors : evaluation.warnings).push(...stale);
  return evaluation;
}
