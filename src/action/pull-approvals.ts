// In a pull request, the waivers the pull request adds or extends (its policy against the base
// commit's) need an approving review of the head commit by the listed approver they name.
// This reads what that takes (the base policy through the contents API, the reviews, team
// memberships) and hands it to the pure decision (policy/review-approvals.ts). Whatever cannot
// be read leaves the waiver unapproved, never approved; a base policy that exists but cannot
// be read is "cannot decide".
import { GateError } from "../model/errors.js";
import { loadPolicyWith } from "../policy/load.js";
import { remoteName, type RemotePack, type RemoteRead } from "../policy/remote-ref.js";
import {
  approvingReviewers,
  membershipKey,
  membershipQueries,
  unapprovedChanges,
  type PullRequestReview,
} from "../policy/review-approvals.js";
import type { Policy } from "../policy/types.js";
import { waiverChanges, describeChange } from "../policy/waiver-changes.js";
import type { CompiledWaiver } from "../policy/waivers.js";

/** What the action knows of the pull request, and the API calls it may make about it. */
export interface PullRequestPort {
  owner: string;
  repo: string;
  baseSha: string;
  headSha: string;
  /** Reads this repository's files (github-token); other repositories' packs use policy-token. */
  readFile?: RemoteRead;
  reviews(): Promise<PullRequestReview[]>;
  /** true: an active member; false: not; text: the membership could not be read, and why. */
  membership(org: string, slug: string, login: string): Promise<boolean | string>;
}

/** Reviews and team memberships, as the API client reads them (action/github.ts). */
export interface ReviewsPort {
  reviews(): Promise<PullRequestReview[]>;
  membership(org: string, slug: string, login: string): Promise<boolean | string>;
}

/** The event's repository, head and base (action/event-target.ts EventTarget). */
interface PullRequestTarget {
  owner: string;
  repo: string;
  sha: string;
  baseSha?: string;
  pullNumber?: number;
}

/**
 * The pull request's port: a pull_request or pull_request_target event (a base commit and a
 * number). Without a token the reviews cannot be read, so changed waivers stay unapproved.
 */
export function pullRequestPort(
  target: PullRequestTarget,
  github: ReviewsPort | undefined,
  orgReader: ReviewsPort | undefined,
  readFile?: RemoteRead,
): PullRequestPort | undefined {
  if (!target.baseSha || target.pullNumber === undefined) return undefined;
  const noToken = "no github-token to read them with";
  return {
    owner: target.owner,
    repo: target.repo,
    baseSha: target.baseSha,
    headSha: target.sha,
    readFile,
    reviews: () => (github ? github.reviews() : Promise.reject(new Error(noToken))),
    membership: (org, slug, login) =>
      orgReader ? orgReader.membership(org, slug, login) : Promise.resolve(noToken),
  };
}

export async function pullRequestApprovals(
  head: Policy,
  /** The policy file's repository path (the same path is read at the base commit). */
  policyPath: string,
  pr: PullRequestPort,
  remote: RemoteRead | undefined,
): Promise<Map<CompiledWaiver, string>> {
  if (head.waivers.length === 0) return new Map();
  const base = await basePolicy(policyPath, pr, remote);
  const changes = waiverChanges(base, head);
  if (changes.length === 0) return new Map();
  const approvers = base?.settings.waiverApprovers;
  let reviews: PullRequestReview[] = [];
  if (approvers !== undefined) {
    try {
      reviews = await pr.reviews();
    } catch (err) {
      const why = `the pull request's reviews could not be read (${(err as Error).message})`;
      return new Map(changes.map((c) => [c.waiver, `${describeChange(c)}: ${why}`]));
    }
  }
  const reviewers = approvingReviewers(reviews, pr.headSha);
  const memberships = new Map<string, boolean | string>();
  for (const { team, login } of membershipQueries(changes, approvers, reviewers)) {
    memberships.set(membershipKey(team, login), await pr.membership(team.org, team.slug, login));
  }
  return unapprovedChanges(changes, approvers, reviewers, memberships);
}

/** The base commit's policy; undefined when the base has no such file (every waiver is new). */
async function basePolicy(
  policyPath: string,
  pr: PullRequestPort,
  remote: RemoteRead | undefined,
): Promise<Policy | undefined> {
  const ref = { owner: pr.owner, repo: pr.repo, path: policyPath, ref: pr.baseSha };
  const name = remoteName(ref);
  const own = pr.readFile ?? remote;
  const other = remote ?? own;
  if (!own || !other) {
    throw new GateError("cannot read the base commit's policy here", { file: name });
  }
  const read: RemoteRead = (r) => (r.owner === pr.owner && r.repo === pr.repo ? own(r) : other(r));
  // The first read says whether the file exists at the base; the loader then reuses it.
  let first: RemotePack;
  try {
    first = await read(ref);
  } catch (err) {
    if ((err as { status?: unknown }).status === 404) return undefined;
    throw new GateError(`the base commit's policy ${(err as Error).message}`, { file: name });
  }
  const reuse: RemoteRead = (r) =>
    r.path === ref.path && r.ref === ref.ref && r.repo === ref.repo && r.owner === ref.owner
      ? Promise.resolve(first)
      : read(r);
  return loadPolicyWith(name, () => "", undefined, reuse);
}
