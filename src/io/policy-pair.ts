// The trusted policy and the proposed one: the policy as it is at a commit (the base of a pull
// request, or `--policy-from REF`) decides, and the working tree's policy is loaded beside it
// only to show what the change would do (policy/policy-diff.ts). Both are loaded in full, with
// every file they extend, each from its own side: the base's `extends` are read at the base.
import { isAbsolute, resolve } from "node:path";
import { repositoryPath } from "../model/repo-path.js";
import { GateError, errorMessage } from "../model/errors.js";
import { BUILTIN_PREFIX, loadPolicyWith } from "../policy/load.js";
import type { RemoteRead } from "../policy/remote-ref.js";
import { policyDiff, type PolicyChange } from "../policy/policy-diff.js";
import type { Policy } from "../policy/types.js";
import { discoverPolicy, discoverPolicyWith } from "./policy-discovery.js";
import { readFromDisk } from "./policy-file.js";
import { gitRefReader, resolveCommit, type RefReader } from "./policy-at-ref.js";
import { gitTopLevel, type TopLevel } from "./repo-root.js";

export interface PolicyPair {
  /** The policy that decides: the one at the ref. */
  trusted: Policy;
  /** The working tree's policy and what it changes; absent when it is the same. */
  proposed?: { policy: Policy; changes: PolicyChange[] };
}

export interface PolicyPairInput {
  /** --policy / the `policy` input: the same path is read on both sides. */
  explicit?: string;
  cwd: string;
  /** The repository's top level: the search for ztgate.yml stops there on both sides. */
  top: string | undefined;
  ref: RefReader;
  topLevel?: TopLevel;
  /** Reads `github:` packs that either side extends (the central policy). */
  remote?: RemoteRead;
}

export async function loadPolicyPair(input: PolicyPairInput): Promise<PolicyPair> {
  const { explicit, cwd, ref } = input;
  const headPath = explicit ?? discoverPolicy(cwd, input.topLevel ?? gitTopLevel);
  // A built-in pack is the same at every commit: nothing to read at the ref.
  const builtin = explicit?.startsWith(BUILTIN_PREFIX) === true;
  const basePath = builtin
    ? explicit
    : explicit !== undefined
      ? resolve(cwd, explicit)
      : await discoverPolicyWith(cwd, input.top, ref.exists, ref.where);
  const trusted = await labelled(`the policy${ref.where}`, () =>
    loadPolicyWith(basePath, ref.read, cwd, input.remote),
  );
  const head = await labelled("the working tree's policy", () =>
    loadPolicyWith(headPath, readFromDisk, cwd, input.remote),
  );
  // Named by its repository path ("ztgate.yml at main (e5bd391)"), not the runner's.
  const shownTrusted = {
    ...trusted,
    source: `${shownPath(trusted.source, input.top)}${ref.where}`,
  };
  const changes = policyDiff(trusted, head);
  return changes.length
    ? { trusted: shownTrusted, proposed: { policy: head, changes } }
    : { trusted: shownTrusted };
}

/** A policy that cannot be loaded is exit 2 either way; the message says which side. */
async function labelled(side: string, load: () => Promise<Policy>): Promise<Policy> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof GateError) {
      throw new GateError(`${side}: ${err.message}`, err, err.code);
    }
    throw new GateError(`${side}: ${errorMessage(err)}`);
  }
}

/** `ztgate check --policy-from REF`: the policy at REF decides, the working tree's is shown. */
export async function loadPolicyFromRef(
  explicit: string | undefined,
  cwd: string,
  refName: string,
  topLevel: TopLevel = gitTopLevel,
): Promise<PolicyPair & { ref: RefReader }> {
  const top = topLevel(cwd);
  if (top === undefined) {
    throw new GateError(`--policy-from ${refName}: ${cwd} is not in a git repository`);
  }
  const commit = resolveCommit(top, refName);
  if (commit === undefined) {
    throw new GateError(
      `--policy-from ${refName}: not a commit in this repository (a shallow clone may not have it: git fetch it first)`,
    );
  }
  const ref = gitRefReader(top, commit, refName);
  return { ...(await loadPolicyPair({ explicit, cwd, top, ref, topLevel })), ref };
}

/** A policy file by its repository path when it lies inside `top`, else as given. */
function shownPath(source: string, top: string | undefined): string {
  if (top === undefined || !isAbsolute(source)) return source;
  const inRepo = repositoryPath(source, top);
  return inRepo === undefined || inRepo === "." ? source : inRepo;
}
