// A finding's fingerprint: the stable, tool-independent identity dedupe and baselines key on.
// A namespace import: a named import of `hash` would fail to link on Node < 20.12.
import * as crypto from "node:crypto";
import type { Finding } from "./finding.js";

/** The location part of a fingerprint: path and start line, or the target, or nothing. */
function locationKey(f: Pick<Finding, "location" | "target" | "package" | "contentHash">): string {
  // Package findings are identified by the package, not by where a scanner says the manifest
  // is: Trivy names the lock file, Grype the image layer. Leaving location out for them is what
  // lets the same CVE in the same package from two scanners share one fingerprint.
  if (f.package) return "";
  if (f.location) return `${f.location.path}:${f.contentHash ?? f.location.startLine ?? ""}`;
  return f.target ?? "";
}

/**
 * Stable hash of tool-independent fields: the identifier (the CVE when the scanner gives one,
 * so GHSA-only and CVE-bearing reports of the same advisory meet), package name and version,
 * and location or target.
 */
export function fingerprintOf(
  f: Pick<Finding, "id" | "aliases" | "package" | "location" | "target" | "contentHash">,
): string {
  // The four parts joined by NUL, concatenated directly: this runs once per finding.
  const key =
    canonicalId(f.id, f.aliases) +
    "\u0000" +
    (f.package ? f.package.name.toLowerCase() : "") +
    "\u0000" +
    versionKey(f.package?.version) +
    "\u0000" +
    locationKey(f);
  return sha256Prefix(key);
}

// The first 16 hex digits of the SHA-256. crypto.hash (Node >= 20.12) is the one-shot form:
// same digest, about half the cost of a Hash object per call; older Node 20 releases fall back
// to createHash. The digest's first 8 bytes are written as hex straight from a Buffer: one flat
// 16-character string (32 bytes of heap). A .slice(0, 16) of the hex is a view that keeps the
// 64-character digest alive, and joining two 8-character slices kept a cons string and both
// halves (80 bytes) per finding until something flattened it (issue 19, P5).
const sha256Prefix: (text: string) => string =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha256", text, "buffer").toString("hex", 0, 8)
    : (text) => crypto.createHash("sha256").update(text).digest().toString("hex", 0, 8);

/**
 * Go modules are "v1.2.3" to Grype and "1.2.3" to Trivy; a leading "v" before a digit is
 * notation, not part of the version, so it is dropped for the fingerprint only.
 */
function versionKey(version: string | undefined): string {
  if (version === undefined) return "";
  return version.charCodeAt(0) === 118 /* v */ && isDigit(version.charCodeAt(1))
    ? version.slice(1)
    : version;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Prefer a CVE among the id and its aliases; otherwise the id itself. */
export function canonicalId(id: string, aliases: readonly string[]): string {
  if (isCve(id)) return id.toUpperCase();
  for (const alias of aliases) if (isCve(alias)) return alias.toUpperCase();
  return id.toUpperCase();
}

/** /^CVE-/i without a regex (once or more per finding); `| 32` lower-cases an ASCII letter. */
function isCve(id: string): boolean {
  return (
    id.length >= 4 &&
    (id.charCodeAt(0) | 32) === 99 /* c */ &&
    (id.charCodeAt(1) | 32) === 118 /* v */ &&
    (id.charCodeAt(2) | 32) === 101 /* e */ &&
    id.charCodeAt(3) === 45 /* - */
  );
}
