// Where a SARIF result is: its locations' artifact URIs as repository paths, made relative to
// the run's own roots (originalUriBaseIds).
import type { Location } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { decodePercent, isObject, NO_FIELDS, num, str, type Json } from "./fields.js";

export function locationOf(location: Json, roots: readonly string[]): Location | undefined {
  const physical = isObject(location.physicalLocation) ? location.physicalLocation : NO_FIELDS;
  const path = artifactPath(physical.artifactLocation, roots);
  if (!path) return undefined;
  const region = isObject(physical.region) ? physical.region : NO_FIELDS;
  return { path, startLine: num(region.startLine), endLine: num(region.endLine) };
}

/**
 * "file:///C:/code/a.c" → "C:/code/a.c"; relative URIs stay relative (to the run's root, which
 * is the repository's); an absolute URI under one of the run's own roots is made relative to
 * it, so a scanner that ran in a container (/github/workspace, /src) names a repository file.
 */
export function artifactPath(artifact: unknown, roots: readonly string[]): string | undefined {
  const uri = isObject(artifact) ? str(artifact.uri) : undefined;
  if (!uri) return undefined;
  const path = uriPath(uri);
  const root = roots.find((r) => path.startsWith(r));
  return root === undefined ? path : path.slice(root.length) || ".";
}

function uriPath(uri: string): string {
  // file://host/path names /path on that host (SARIF appendix K's build.example.com).
  const local = uri.replace(/^file:\/\/[^/]*/i, "").replace(/^\/([A-Za-z]:\/)/, "$1");
  return decodePercent(local);
}

/**
 * SARIF §3.14.14 originalUriBaseIds: where the scanner's relative URIs start. Only absolute
 * roots are kept (a base relative to another is resolved through it); an entry of another
 * shape is a report the gate cannot account for.
 */
export function reportedRoots(bases: unknown, path: string): string[] {
  if (bases === undefined) return [];
  if (!isObject(bases)) {
    throw new GateError("run.originalUriBaseIds is not an object", { file: path });
  }
  const resolveBase = (id: string, depth: number): string | undefined => {
    const base = bases[id];
    if (!isObject(base) || (base.uri !== undefined && typeof base.uri !== "string")) {
      throw new GateError(`run.originalUriBaseIds.${id} is not an artifactLocation`, {
        file: path,
      });
    }
    const uri = typeof base.uri === "string" ? base.uri.trim() : "";
    const parent = str(base.uriBaseId);
    if (/^file:/i.test(uri) || uri.startsWith("/") || /^[A-Za-z]:\//.test(uri)) return uriPath(uri);
    if (parent === undefined || depth > 8 || !Object.hasOwn(bases, parent)) return undefined;
    const above = resolveBase(parent, depth + 1);
    return above === undefined ? undefined : above.replace(/\/?$/, "/") + decodePercent(uri);
  };
  const roots = Object.keys(bases)
    .map((id) => resolveBase(id, 0))
    .filter((r): r is string => r !== undefined && r !== "/" && r !== "")
    .map((r) => r.replace(/\/?$/, "/"));
  return roots.sort((a, b) => b.length - a.length);
}
