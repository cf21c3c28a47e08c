// Evidence per asset (docs/policy.md "Evidence per asset"): a layer one service has a report
// for is no evidence for another, so a restricted service without an image report cannot pass
// because a public one has one. A report is evidence for an asset when its path lies under the
// asset's `paths`, the asset lists it (`reports:`), or an image it names (its subject or a
// finding's target) matches the asset's `images`. A clean report counts. Pure.
import { LAYERS, type Layer } from "../model/vocabulary.js";
import { imageRef } from "../model/image-ref.js";
import { repositoryPath, type CompiledAsset } from "../policy/assets.js";
import { classificationRank, type Classification } from "../policy/classification.js";
import type { Requirements } from "../policy/requirements.js";

/** The report facts this check reads (gate/evidence.ts ReportEvidence has them). */
export interface AssetReport {
  path: string;
  layers: Layer[];
  /** Images the report names: its subject and its findings' targets. */
  images?: string[];
}

export interface AssetEvidence {
  asset: string;
  classification: Classification;
  /** Layers the policy requires for this asset: its own `require` and its classification's. */
  required: Layer[];
  /** Report paths per layer that are evidence for this asset. */
  layers: Partial<Record<Layer, string[]>>;
}

export function checkAssetEvidence(
  reports: readonly AssetReport[],
  assets: readonly CompiledAsset[],
  require: Requirements,
  root?: string,
): { assets: AssetEvidence[]; errors: string[] } {
  const errors: string[] = [];
  const evidence = assets.map((asset) => {
    const mine = reports.filter((r) => isEvidenceFor(asset, r, root));
    const layers: Partial<Record<Layer, string[]>> = {};
    for (const layer of LAYERS) {
      const paths = mine.filter((r) => r.layers.includes(layer)).map((r) => r.path);
      if (paths.length > 0) layers[layer] = paths;
    }
    const { name, classification } = asset.spec;
    const required = requiredLayers(asset, require);
    for (const layer of required.filter((l) => !layers[l])) {
      errors.push(
        `asset "${name}" (${classification}) requires layer "${layer}" but no report is ` +
          `evidence for it (a report under its paths, of its images or listed in its reports): ` +
          "missing evidence is not a pass",
      );
    }
    return { asset: name, classification, required, layers };
  });
  return { assets: evidence, errors };
}

/** The asset's own `require.layers` and those of its classification and every laxer one. */
export function requiredLayers(asset: CompiledAsset, require: Requirements): Layer[] {
  const rank = classificationRank(asset.spec.classification);
  const wanted = new Set<Layer>(asset.spec.require?.layers ?? []);
  for (const [c, spec] of Object.entries(require.classifications ?? {})) {
    if (classificationRank(c as Classification) > rank) continue;
    for (const layer of spec?.layers ?? []) wanted.add(layer);
  }
  return LAYERS.filter((l) => wanted.has(l));
}

function isEvidenceFor(asset: CompiledAsset, report: AssetReport, root?: string): boolean {
  // A report outside the repository lies under no asset's paths (as for findings).
  const path = repositoryPath(report.path, root);
  if (path !== undefined && (asset.matchesPath(path) || asset.matchesReport(path))) return true;
  return (report.images ?? []).some((image) => asset.matchesImage(imageRef(image)));
}
