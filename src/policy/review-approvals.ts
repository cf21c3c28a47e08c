// A waiver that a pull request adds or extends applies only with an approving review of the
// head commit by the listed approver it names (a login, or a member of a listed team). The
// reviews and team memberships are read at the edge (action/); this decides from them. Pure.
import { approverName, listedApprover, type Approver } from "./approvers.js";
import { describeChange, type WaiverChange } from "./waiver-changes.js";
import type { CompiledWaiver } from "./waivers.js";

export interface PullRequestReview {
  login: string;
  /** APPROVED, CHANGES_REQUESTED, DISMISSED, COMMENTED, PENDING (the reviews API's states). */
  state: string;
  /** The commit the review was given on. */
  commitId?: string;
}

/** A team membership asked of the API: `true` an active member, `false` not, text: unknown, why. */
export type Memberships = ReadonlyMap<string, boolean | string>;

export function membershipKey(team: Approver & { kind: "team" }, login: string): string {
  return `${approverName(team)} ${login.toLowerCase()}`;
}

/**
 * Who approves the head commit now: each reviewer's latest decisive review (approved, changes
 * requested, dismissed; a comment decides nothing) must be an approval of `headSha`. An
 * approval of an earlier commit does not cover what was pushed after it.
 */
export function approvingReviewers(
  reviews: readonly PullRequestReview[],
  headSha: string,
): Set<string> {
  const latest = new Map<string, PullRequestReview>();
  for (const r of reviews) {
    if (["APPROVED", "CHANGES_REQUESTED", "DISMISSED"].includes(r.state)) {
      latest.set(r.login.toLowerCase(), r);
    }
  }
  const approving = new Set<string>();
  for (const [login, r] of latest) {
    if (r.state === "APPROVED" && r.commitId === headSha) approving.add(login);
  }
  return approving;
}

/** The team memberships to look up: each approving reviewer in each team a change names. */
export function membershipQueries(
  changes: readonly WaiverChange[],
  approvers: readonly string[] | undefined,
  reviewers: ReadonlySet<string>,
): { team: Approver & { kind: "team" }; login: string }[] {
  const queries = new Map<string, { team: Approver & { kind: "team" }; login: string }>();
  for (const change of changes) {
    const found = approvers ? listedApprover(change.waiver.spec, approvers) : undefined;
    if (!found || !("approver" in found) || found.approver.kind !== "team") continue;
    const team = found.approver;
    for (const login of reviewers) queries.set(membershipKey(team, login), { team, login });
  }
  return [...queries.values()];
}

/**
 * The changed waivers that lack their approval, with why. `approvers` is the BASE commit's
 * settings.waiver-approvers: a pull request cannot list itself as an approver.
 */
export function unapprovedChanges(
  changes: readonly WaiverChange[],
  approvers: readonly string[] | undefined,
  reviewers: ReadonlySet<string>,
  memberships: Memberships,
): Map<CompiledWaiver, string> {
  const out = new Map<CompiledWaiver, string>();
  for (const change of changes) {
    const why = missingApproval(change, approvers, reviewers, memberships);
    if (why !== undefined) out.set(change.waiver, `${describeChange(change)}: ${why}`);
  }
  return out;
}

function missingApproval(
  change: WaiverChange,
  approvers: readonly string[] | undefined,
  reviewers: ReadonlySet<string>,
  memberships: Memberships,
): string | undefined {
  if (approvers === undefined) {
    return "the base commit's policy has no settings.waiver-approvers, so no one can approve it";
  }
  const found = listedApprover(change.waiver.spec, approvers);
  if ("problem" in found) return `${found.problem} of the base commit`;
  const { approver } = found;
  const name = approverName(approver);
  if (approver.kind === "user") {
    return reviewers.has(approver.login)
      ? undefined
      : `needs an approving review of the head commit by ${name}`;
  }
  const unknown: string[] = [];
  for (const login of reviewers) {
    const member = memberships.get(membershipKey(approver, login));
    if (member === true) return undefined;
    if (typeof member === "string") unknown.push(`${login}: ${member}`);
  }
  if (unknown.length > 0) {
    return (
      `needs an approving review by a member of ${name}, and membership could not be read ` +
      `(${unknown.join("; ")}): the token needs read access to the organization's teams ` +
      "(members: read), e.g. through the policy-token input"
    );
  }
  return `needs an approving review of the head commit by a member of ${name}`;
}
