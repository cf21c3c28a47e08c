// Assigning findings to assets (DESIGN §1.3, §4). A finding is looked for at every place it
// was seen, in DESIGN order: its location path, its target (image reference, manifest, IaC
// resource), then every report that found it. After dedupe one finding can come from several
// reports (a package CVE has no location in its fingerprint), so the STRICTEST classification
// among all matching assets wins: if the payments image has it too, it is payments' problem.
import { classificationRank, type Classification } from "./classification.js";
import { compileGlobs } from "./conditions.js";
import type { Finding } from "../model/finding.js";
import type { Layer } from "../model/vocabulary.js";
import { imageRef } from "../model/image-ref.js";
import { repositoryPath } from "../model/repo-path.js";

export interface AssetSpec {
  name: string;
  classification: Classification;
  owner?: string;
  paths?: string[];
  images?: string[];
  /** Report files (globs over repository paths) that are evidence for this asset. */
  reports?: string[];
  /** Evidence this asset needs (gate/asset-evidence.ts), beyond its classification's. */
  require?: { layers?: Layer[] };
}

export interface CompiledAsset {
  spec: AssetSpec;
  matchesPath(path: string): boolean;
  matchesImage(ref: string): boolean;
  matchesReport(path: string): boolean;
}

export interface Assignment {
  asset?: string;
  owner?: string;
  classification: Classification;
  /** The place that put the finding in its asset ("report services/payments/audit.json"). */
  via?: string;
}

export function compileAssets(specs: readonly AssetSpec[]): CompiledAsset[] {
  return specs.map((spec) => ({
    spec,
    matchesPath: compileGlobs(spec.paths ?? []),
    matchesImage: compileGlobs(spec.images ?? []),
    matchesReport: compileGlobs(spec.reports ?? []),
  }));
}

// One normaliser for the policy and every output (src/model/repo-path.ts).
export { normalisePath, repositoryPath } from "../model/repo-path.js";

interface Place {
  kind: "location" | "target" | "report";
  value: string;
}

// A location or report outside the repository is no place an asset's `paths` can claim: it
// is left out here (the finding's other places still count) and listed by outsidePaths.
function placesOf(f: Finding, root?: string): Place[] {
  const places: Place[] = [];
  const location = f.location?.path ? repositoryPath(f.location.path, root) : undefined;
  if (location !== undefined) places.push({ kind: "location", value: location });
  if (f.target) places.push({ kind: "target", value: f.target });
  for (const s of f.foundBy) {
    const report = repositoryPath(s.report, root);
    if (report !== undefined) places.push({ kind: "report", value: report });
  }
  return places;
}

/** The finding's location and report paths that lie outside the repository, as written. */
export function outsidePaths(f: Finding, root?: string): string[] {
  const paths = [f.location?.path, ...f.foundBy.map((s) => s.report)];
  return paths.filter((p): p is string => !!p && repositoryPath(p, root) === undefined);
}

function placeMatches(asset: CompiledAsset, place: Place): boolean {
  if (place.kind === "target") {
    return asset.matchesImage(imageRef(place.value)) || asset.matchesPath(place.value);
  }
  return asset.matchesPath(place.value);
}

export function assignAsset(
  f: Finding,
  assets: readonly CompiledAsset[],
  fallback: Classification,
  root?: string,
): Assignment {
  if (assets.length === 0) return { classification: fallback };
  let best: { asset: CompiledAsset; via: string } | undefined;
  const places = placesOf(f, root);
  for (const asset of assets) {
    const place = places.find((p) => placeMatches(asset, p));
    if (!place) continue;
    // Strictly stricter only: among equals the first declared asset keeps the finding.
    if (
      !best ||
      classificationRank(asset.spec.classification) >
        classificationRank(best.asset.spec.classification)
    ) {
      best = { asset, via: `${place.kind} ${place.value}` };
    }
  }
  if (!best) return { classification: fallback };
  const { spec } = best.asset;
  return {
    asset: spec.name,
    classification: spec.classification,
    ...(spec.owner ? { owner: spec.owner } : {}),
    via: best.via,
  };
}
