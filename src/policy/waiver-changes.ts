// Which waivers a change adds or extends: the head policy's waivers compared with the base
// commit's (both loaded, whatever read them: git, the contents API, a test). Pure.
import type { Policy } from "./types.js";
import type { CompiledWaiver, WaiverSpec } from "./waivers.js";

export type WaiverChangeKind = "added" | "extended" | "changed";

export interface WaiverChange {
  waiver: CompiledWaiver;
  kind: WaiverChangeKind;
  /** The base waiver it replaces (same id and scope), when there is one. */
  was?: WaiverSpec;
}

/** What a waiver covers; two waivers with the same scope are one waiver edited. */
const SCOPE_KEYS = ["id", "package", "versions", "paths", "asset", "rule"] as const;

/**
 * Every head waiver that is not, field for field, a waiver of the base policy. Any edit counts
 * (a later expiry, a wider scope, another approver, even a new reason): what the base commit
 * approved is exactly what it holds, and telling a harmless edit from a widening one is where
 * a wrong pass would hide. A waiver the change removes needs no approval.
 */
export function waiverChanges(base: Policy | undefined, head: Policy): WaiverChange[] {
  const unchanged = new Set((base?.waivers ?? []).map((w) => specKey(w.spec)));
  const changes: WaiverChange[] = [];
  for (const waiver of head.waivers) {
    if (unchanged.has(specKey(waiver.spec))) continue;
    const scope = scopeKey(waiver.spec);
    const was = base?.waivers.find((b) => scopeKey(b.spec) === scope)?.spec;
    if (!was) changes.push({ waiver, kind: "added" });
    else
      changes.push({ waiver, kind: extendsOnly(was, waiver.spec) ? "extended" : "changed", was });
  }
  return changes;
}

/** Only the expiry moved, and later. */
function extendsOnly(was: WaiverSpec, now: WaiverSpec): boolean {
  return now.expires > was.expires && specKey({ ...now, expires: was.expires }) === specKey(was);
}

function scopeKey(spec: WaiverSpec): string {
  return JSON.stringify(SCOPE_KEYS.map((k) => spec[k] ?? null));
}

/** Every field, in a fixed order, so key order in the YAML does not matter. */
function specKey(spec: WaiverSpec): string {
  const record = spec as unknown as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => [k, record[k]]),
  );
}

/** "added", "extended from 2026-12-01 to 2027-01-31", "changed": for messages. */
export function describeChange(change: WaiverChange): string {
  if (change.kind === "extended" && change.was) {
    return `extended by this pull request (expires ${change.was.expires} → ${change.waiver.spec.expires})`;
  }
  return `${change.kind} by this pull request`;
}
