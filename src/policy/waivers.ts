// Waivers (DESIGN §1.4): narrow (id + package/version range + paths or asset + rule), owned,
// justified and temporary. Expired and over-long waivers stop matching; every waiver that is
// expired, over-long, unused or about to expire is reported. Pure: `now` is an argument.
import { compileGlobs, type Subject } from "./conditions.js";
import type { Finding } from "../model/finding.js";
import { compileRange } from "./versions.js";
import { repositoryPath } from "./assets.js";

export interface WaiverSpec {
  id: string;
  package?: string;
  versions?: string;
  paths?: string[];
  asset?: string;
  rule?: string;
  reason: string;
  owner: string;
  "approved-by"?: string;
  ticket?: string;
  /** An OpenVEX justification: the waiver says "not affected", not "accepted risk" (-o openvex). */
  "vex-justification"?: VexJustification;
  /** YYYY-MM-DD: the waiver holds through that day (UTC). */
  expires: string;
}

export const VEX_JUSTIFICATIONS = [
  "component_not_present",
  "vulnerable_code_not_present",
  "vulnerable_code_not_in_execute_path",
  "vulnerable_code_cannot_be_controlled_by_adversary",
  "inline_mitigations_already_exist",
] as const;
export type VexJustification = (typeof VEX_JUSTIFICATIONS)[number];

export interface CompiledWaiver {
  spec: WaiverSpec;
  /** "ztgate.yml:41": where the waiver is written, for reports. */
  source: string;
  /** The first instant the waiver no longer holds (the day after `expires`, 00:00 UTC). */
  endsAt: Date;
  /** Whether the waiver covers this finding, given the rule that would otherwise decide it. */
  covers(subject: Subject, decidingRule: string | undefined, root?: string): boolean;
}

export type WaiverStatus =
  "active" | "expiring-soon" | "unused" | "expired" | "over-long" | "unapproved";

export interface WaiverReport {
  id: string;
  owner: string;
  reason: string;
  expires: string;
  approvedBy?: string;
  ticket?: string;
  source: string;
  status: WaiverStatus;
  /** How many findings it waived in this evaluation. */
  findings: number;
  /** One sentence for people: what is wrong, or that it is fine. */
  message: string;
}

/** Waivers that expire within this many days are flagged so owners renew or fix in time. */
const EXPIRING_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

export function compileWaiver(spec: WaiverSpec, source: string): CompiledWaiver {
  const endsAt = new Date(Date.parse(`${spec.expires}T00:00:00Z`) + DAY_MS);
  if (Number.isNaN(endsAt.getTime())) throw new Error(`invalid expiry date "${spec.expires}"`);
  const id = spec.id.toLowerCase();
  const range = spec.versions === undefined ? undefined : compileRange(spec.versions);
  const inPaths = spec.paths ? compileGlobs(spec.paths) : undefined;
  return {
    spec,
    source,
    endsAt,
    covers(subject, decidingRule, root) {
      const f = subject.finding;
      if (!subject.lowercaseIds.includes(id)) return false;
      if (spec.package !== undefined && f.package?.name !== spec.package) return false;
      // A version that cannot be compared is not waived: a waiver only ever stays narrow.
      if (range && range.test(f.package) !== "inside") return false;
      if (spec.asset !== undefined && subject.asset !== spec.asset) return false;
      if (spec.rule !== undefined && decidingRule !== spec.rule) return false;
      if (inPaths && !pathsCover(inPaths, f, root)) return false;
      return true;
    },
  };
}

/**
 * A waiver's `paths` cover a finding when they match the file the scanner names, or else
 * EVERY report that found it: a waiver for web/** must not waive the same CVE that the
 * payments report found too (rules, which only add strictness, match any place instead).
 */
function pathsCover(test: (p: string) => boolean, f: Finding, root?: string): boolean {
  const covers = (p: string) => {
    const inRepository = repositoryPath(p, root);
    return inRepository !== undefined && test(inRepository);
  };
  // A location outside the repository: no path waiver can say it is in its paths.
  if (f.location?.path) {
    if (repositoryPath(f.location.path, root) === undefined) return false;
    if (covers(f.location.path)) return true;
  }
  return f.foundBy.length > 0 && f.foundBy.every((s) => covers(s.report));
}

export type WaiverState = "active" | "expired" | "over-long" | "unapproved";

/**
 * Expired, over-long and unapproved waivers do not apply; only active ones may waive a
 * finding. `unapproved` is why the waiver lacks its approval (policy/approvers.ts), if it does.
 */
export function waiverState(
  w: CompiledWaiver,
  now: Date,
  maxDays: number | undefined,
  unapproved?: string,
): WaiverState {
  if (w.endsAt.getTime() <= now.getTime()) return "expired";
  if (maxDays !== undefined && w.endsAt.getTime() - now.getTime() > (maxDays + 1) * DAY_MS) {
    return "over-long";
  }
  return unapproved === undefined ? "active" : "unapproved";
}

export function reportWaiver(
  w: CompiledWaiver,
  state: WaiverState,
  findings: number,
  now: Date,
  maxDays: number | undefined,
  unapproved?: string,
): WaiverReport {
  const { spec } = w;
  const daysLeft = Math.ceil((w.endsAt.getTime() - now.getTime()) / DAY_MS);
  let status: WaiverStatus = state;
  let message: string;
  if (state === "expired") {
    message = `expired on ${spec.expires}: it no longer waives anything; fix the finding or renew the waiver`;
  } else if (state === "over-long") {
    message = `expires ${spec.expires}, more than settings.max-waiver-days (${maxDays}) from now: not applied until shortened`;
  } else if (state === "unapproved") {
    message = `${unapproved ?? "not approved"}: not applied until approved`;
  } else if (findings === 0) {
    status = "unused";
    message =
      "matched no finding: remove it, or check that its id, package, paths and asset are right";
  } else if (daysLeft <= EXPIRING_SOON_DAYS) {
    status = "expiring-soon";
    message = `expires in ${daysLeft} day(s) (${spec.expires})`;
  } else {
    message = `waives ${findings} finding(s) until ${spec.expires}`;
  }
  return {
    id: spec.id,
    owner: spec.owner,
    reason: spec.reason,
    expires: spec.expires,
    ...(spec["approved-by"] ? { approvedBy: spec["approved-by"] } : {}),
    ...(spec.ticket ? { ticket: spec.ticket } : {}),
    source: w.source,
    status,
    findings,
    message,
  };
}
