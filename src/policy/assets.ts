// Assigning findings to assets (DESIGN §1.3, §4). A finding is looked for at every place it
// was seen, in DESIGN order: its location path, its target (image reference, manifest, IaC
// resource), then every report that found it. After dedupe one finding can come from several
// reports (a package CVE has no location in its fingerprint), so the STRICTEST classification
// among all matching assets wins: if the payments image has it too, it is payments' problem.
import { posix, relative, isAbsolute } from "node:path";
import { classificationRank, type Classification } from "./classification.js";
import { compileGlobs } from "./conditions.js";
import type { Finding, Layer } from "../model/finding.js";
import { imageRef } from "../model/image-ref.js";

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

/** Repository-relative, forward slashes, no "./": the form asset and rule globs are written in. */
export function normalisePath(path: string, root?: string): string {
  // Most paths are already in that form ("src/app/main.go"): nothing to look up or build.
  if (path !== "" && !NEEDS_NORMALISING.test(path)) return path;
  // Every finding of a report shares its report path, and many share a location: each
  // distinct path is normalised once per run.
  const key = root === undefined ? path : `${root}\u0000${path}`;
  let normal = NORMALISED.get(key);
  if (normal === undefined) {
    if (NORMALISED.size >= 100_000) NORMALISED.clear();
    normal = normaliseUncached(path, root);
    NORMALISED.set(key, normal);
  }
  return normal;
}

const NORMALISED = new Map<string, string>();

/** What posix.normalize or the root would change: "\\", "//", "." and ".." parts, absolute. */
const NEEDS_NORMALISING = /\\|\/\/|(?:^|\/)\.\.?(?:\/|$)|^\/|^[A-Za-z]:/;

function normaliseUncached(path: string, root?: string): string {
  let p = path.replace(/\\/g, "/");
  if (root && isAbsolute(p)) {
    const rel = relative(root, p).replace(/\\/g, "/");
    if (!rel.startsWith("../")) p = rel;
  }
  p = posix.normalize(p);
  return p.startsWith("./") ? p.slice(2) : p;
}

/**
 * The repository path of `path` (normalisePath's form), or undefined when it lies outside the
 * repository: a relative path whose ".." parts climb above the root, an absolute path not
 * under `root` (another machine's checkout, a file inside an image), a drive or UNC path.
 * Such a path cannot be tested against globs written for the repository, so it matches no
 * asset, rule or waiver `paths` (docs/policy.md "Paths and the repository root").
 */
export function repositoryPath(path: string, root?: string): string | undefined {
  const normal = normalisePath(path, root);
  return OUTSIDE.test(normal) ? undefined : normal;
}

/** What normalisePath leaves when the path is not under the root: "..", "/x", "C:/x", "//x". */
const OUTSIDE = /^(?:\.\.(?:\/|$)|\/|[A-Za-z]:)/;

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
