// Who may approve a waiver (settings.waiver-approvers): GitHub logins ("alice") and teams
// ("@acme/security"). A waiver's `approved-by` is text the change under review can write, so
// it counts only when it names someone the policy lists. Pure.
import type { WaiverSpec } from "./waivers.js";

export type Approver =
  { kind: "user"; login: string } | { kind: "team"; org: string; slug: string };

const LOGIN = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38})$/;
const TEAM = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/;

/** A login or @org/team, lowercased (GitHub compares both case-insensitively); else undefined. */
export function parseApprover(text: string): Approver | undefined {
  const team = TEAM.exec(text.trim());
  if (team) return { kind: "team", org: team[1]!.toLowerCase(), slug: team[2]!.toLowerCase() };
  const user = LOGIN.exec(text.trim());
  return user ? { kind: "user", login: user[1]!.toLowerCase() } : undefined;
}

/** "alice" or "@acme/security": one spelling per approver, for comparing and for messages. */
export function approverName(a: Approver): string {
  return a.kind === "user" ? a.login : `@${a.org}/${a.slug}`;
}

/** The listed approver a waiver names, or why it names none the list holds. */
export function listedApprover(
  spec: WaiverSpec,
  approvers: readonly string[],
): { approver: Approver } | { problem: string } {
  const written = spec["approved-by"];
  if (written === undefined) {
    return { problem: "it has no approved-by, and settings.waiver-approvers requires one" };
  }
  const approver = parseApprover(written);
  const listed = new Set(approvers.flatMap((a) => parseApprovers(a)));
  if (!approver || !listed.has(approverName(approver))) {
    return {
      problem: `its approved-by ${JSON.stringify(written)} is not in settings.waiver-approvers`,
    };
  }
  return { approver };
}

function parseApprovers(text: string): string[] {
  const a = parseApprover(text);
  return a ? [approverName(a)] : [];
}

/**
 * Why a waiver does not apply for want of a listed approver; undefined when it names one, or
 * when the policy lists no approvers (approved-by is then a note, as before the setting).
 */
export function unlistedApprover(
  spec: WaiverSpec,
  approvers: readonly string[] | undefined,
): string | undefined {
  if (approvers === undefined) return undefined;
  const found = listedApprover(spec, approvers);
  return "problem" in found ? found.problem : undefined;
}
