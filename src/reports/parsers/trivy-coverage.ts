// Layers a Trivy report is evidence for, found or not.
import type { Layer } from "../../model/vocabulary.js";
import { lookup } from "../../model/lookup.js";
import { arr, isObject, objects, str } from "./fields.js";
import { isClusterReport } from "./trivy-shapes.js";

const CLASS_LAYER: Record<string, Layer> = {
  "os-pkgs": "image",
  "lang-pkgs": "dependency",
  config: "iac",
  secret: "secret",
  license: "license",
  "license-file": "license",
};

/** Layers scanned, from each Result's Class (Trivy lists scanned targets even when clean). */
export function coverage(json: unknown): Layer[] {
  const image = isObject(json) && str(json.ArtifactType) === "container_image";
  const results = Array.isArray(json)
    ? json
    : isClusterReport(json)
      ? [json.Vulnerabilities, json.Misconfigurations, json.Resources].flatMap((r) =>
          objects(r).flatMap((resource) => arr(resource.Results)),
        )
      : isObject(json)
        ? arr(json.Results)
        : [];
  const layers = objects(results).map((r) => {
    const layer = lookup(CLASS_LAYER, str(r.Class) ?? "");
    return image && layer === "dependency" ? "image" : layer;
  });
  if (image) layers.push("image");
  return layers.filter((l): l is Layer => l !== undefined);
}
