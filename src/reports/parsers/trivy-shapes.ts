// Trivy's report shapes: where findings sit in an image/fs report, the legacy top-level array
// and a `trivy k8s` cluster report, and how each shape is told apart.
import { isObject, type Json } from "./fields.js";

// Every array findings come from, in each of Trivy's shapes (image/fs, legacy, k8s cluster).
export const FINDING_ARRAYS = [
  "Vulnerabilities",
  "ExperimentalModifiedFindings",
  "Misconfigurations",
  "Secrets",
  "Licenses",
];
export const RESULT_PLACES = [
  "Results[]",
  "[]",
  "Resources[].Results[]",
  "Vulnerabilities[].Results[]",
  "Misconfigurations[].Results[]",
];

/** The findings containers of the Results at these places (parsers/containers.ts). */
export function containersIn(places: readonly string[]): string[] {
  return places.flatMap((r) => FINDING_ARRAYS.map((a) => `${r}.${a}[]`));
}

export function isResult(value: unknown): boolean {
  return isObject(value) && "Target" in value;
}

export function isClusterReport(doc: unknown): doc is Json {
  return (
    isObject(doc) &&
    "ClusterName" in doc &&
    ("Resources" in doc || "Vulnerabilities" in doc || "Misconfigurations" in doc)
  );
}

/** Every result object of every Trivy shape (report, legacy array, k8s cluster report). */
export function allResults(json: unknown): Json[] {
  if (Array.isArray(json)) return json.filter(isObject);
  if (!isObject(json)) return [];
  const resources = [json.Vulnerabilities, json.Misconfigurations, json.Resources].flatMap((r) =>
    Array.isArray(r) ? r.filter(isObject) : [],
  );
  return [
    ...(Array.isArray(json.Results) ? json.Results.filter(isObject) : []),
    ...resources.flatMap((r) => (Array.isArray(r.Results) ? r.Results.filter(isObject) : [])),
  ];
}

export function hasEntries(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

export function hasFindings(result: Json): boolean {
  return FINDING_ARRAYS.some((key) => hasEntries(result[key]));
}
