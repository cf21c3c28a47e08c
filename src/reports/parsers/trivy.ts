// Trivy JSON: `trivy image|fs|repo|config|sbom --format json` (SchemaVersion 2), the legacy
// top-level array of results (Trivy < 0.20), and `trivy k8s --format json` cluster reports.
// The shapes are in trivy-shapes.ts, the Results in trivy-results.ts, each kind of finding in
// trivy-findings.ts, the status tables in trivy-status.ts, totals and coverage beside them.
import { GateError } from "../../model/errors.js";
import { date, entries, isObject, NO_FIELDS, str, strings, type Json } from "./fields.js";
import { trivySubject } from "./subject.js";
import type { Parser } from "./types.js";
import { imageRef } from "../../model/image-ref.js";
import { coverage } from "./trivy-coverage.js";
import { parseCluster, parseResults } from "./trivy-results.js";
import {
  containersIn,
  FINDING_ARRAYS,
  hasFindings,
  isClusterReport,
  isResult,
  RESULT_PLACES,
} from "./trivy-shapes.js";
import { checkMisconfTotals } from "./trivy-totals.js";

export const trivy: Parser = {
  id: "trivy",
  description: "Trivy JSON (trivy image|fs|repo|config|sbom|k8s --format json; legacy array too)",
  layers: ["image", "dependency", "iac", "secret", "license"],
  containers: {
    report: containersIn(["Results[]"]),
    legacy: containersIn(["[]"]),
    cluster: containersIn(RESULT_PLACES.slice(2)),
  },
  detect({ json }) {
    if (isObject(json)) {
      if (isClusterReport(json)) return true;
      return "SchemaVersion" in json && "ArtifactName" in json;
    }
    return Array.isArray(json) && json.length > 0 && json.every(isResult);
  },
  parse(input) {
    const { json, path } = input;
    if (Array.isArray(json)) return parseResults(entries(json, "Results", path), undefined, path);
    if (isClusterReport(json)) return parseCluster(json, path);
    // Forced with trivy:PATH, a document must still be a Trivy report: a clean report has
    // SchemaVersion, so an object without it is the wrong file, not zero findings.
    if (!isObject(json) || !("SchemaVersion" in json)) {
      throw new GateError("is not a Trivy JSON report (no SchemaVersion)", { file: path });
    }
    const doc = json;
    const results = entries(doc.Results, "Results", path);
    const imageArtifact = str(doc.ArtifactType) === "container_image";
    return parseResults(results, imageArtifact ? imageOf(doc, results, path) : undefined, path);
  },
  timestamp: ({ json }) => (isObject(json) ? date(json.CreatedAt) : undefined),
  coverage: ({ json }) => coverage(json),
  // MisconfSummary.Failures against the failed checks listed (trivy-totals.ts).
  checkTotals: ({ json, path }, findings) => checkMisconfTotals(json, path, findings),
  subject: ({ json }) => trivySubject(json),
  stream: { arrays: RESULT_PLACES.flatMap((r) => FINDING_ARRAYS.map((a) => `${r}.${a}`)) },
};

/**
 * The scanned image: ArtifactName, else Metadata.RepoTags, else the OS result's Target without
 * Trivy's " (debian 10.13)" suffix (converted or merged reports leave the name empty). With
 * none of them, the findings could not meet an asset's `images:` glob: an error, not findings
 * classified by default. A streamed batch sees one result only; the top-level names survive.
 */
function imageOf(doc: Json, results: Json[], path: string): string | undefined {
  const metadata = isObject(doc.Metadata) ? doc.Metadata : NO_FIELDS;
  const os = results.find((r) => str(r.Class) === "os-pkgs");
  const osTarget = os ? str(os.Target) : undefined;
  const image =
    str(doc.ArtifactName) ?? strings(metadata.RepoTags)[0] ?? (osTarget && imageRef(osTarget));
  if (image === undefined && results.some(hasFindings)) {
    throw new GateError(
      "an image report names no image (ArtifactName, Metadata.RepoTags or an os-pkgs Target)",
      { file: path },
    );
  }
  return image;
}
