// CISA's Known Exploited Vulnerabilities catalog (known_exploited_vulnerabilities.json), read
// strictly: a catalog ztgate cannot fully account for is exit 2 naming the file, because a
// KEV entry silently dropped is a `kev: true` block rule silently missed.
import { GateError } from "../model/errors.js";
import { parseJsonFile } from "../model/json-keys.js";
import { CVE_ID, type KevCatalog } from "./catalog.js";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function parseKevCatalog(text: string, file: string): KevCatalog {
  const doc = parseJsonFile(text, file);
  if (!isObject(doc)) {
    throw new GateError(
      "is not a KEV catalog: expected an object with catalogVersion, dateReleased and vulnerabilities",
      { file },
    );
  }
  const version = doc.catalogVersion;
  // "2025.01.24": shown in every output as the values' provenance, so nothing else is taken.
  if (typeof version !== "string" || !/^[\w.-]{1,32}$/.test(version.trim())) {
    throw new GateError(
      `is not a KEV catalog: catalogVersion ${JSON.stringify(version ?? null)} is not a version like 2025.01.24`,
      { file },
    );
  }
  const released = dateOf(doc.dateReleased, file);
  const entries = doc.vulnerabilities;
  if (!Array.isArray(entries)) {
    throw new GateError("is not a KEV catalog: vulnerabilities is missing or not an array", {
      file,
    });
  }
  // The feed states its own size; an excerpt or a truncated copy lists fewer entries, and
  // every entry missing is a known exploited vulnerability that would not block.
  if (doc.count !== undefined && doc.count !== entries.length) {
    throw new GateError(
      `states count ${JSON.stringify(doc.count)} but lists ${entries.length} vulnerabilities: ` +
        "an incomplete KEV catalog is refused",
      { file },
    );
  }
  const cves = new Set<string>();
  entries.forEach((entry, i) => {
    const id = isObject(entry) ? entry.cveID : undefined;
    if (typeof id !== "string" || !CVE_ID.test(id.trim())) {
      throw new GateError(
        `vulnerabilities[${i}] has no cveID of the form CVE-YYYY-NNNN (${JSON.stringify(id ?? null)})`,
        { file },
      );
    }
    cves.add(id.trim().toUpperCase());
  });
  return { kind: "kev", file, version: version.trim(), released, cves };
}

function dateOf(value: unknown, file: string): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value as string)) {
    throw new GateError(
      `is not a KEV catalog: dateReleased ${JSON.stringify(value ?? null)} is not a date`,
      { file },
    );
  }
  return date;
}
