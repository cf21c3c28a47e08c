// Whose policy decides in the action. In a pull request or merge group (policy-source: base,
// the default) it is the base commit's, named by the event payload, never by the change: read
// from git when the checkout holds that commit, else through the contents API. Every file it
// extends is read at the same commit. The checkout's policy is loaded beside it only to show
// what the change would alter (DESIGN §1.7). Other events and policy-source: head use the
// checkout's policy, as the CLI does.
import type { RemoteRead } from "../policy/remote-ref.js";
import { GateError } from "../model/errors.js";
import { loadPolicy } from "../io/policy-file.js";
import { loadPolicyPair } from "../io/policy-pair.js";
import { gitRefReader, resolveCommit, type RefReader } from "../io/policy-at-ref.js";
import { gitTopLevel } from "../io/repo-root.js";
import type { PolicyChange } from "../policy/policy-diff.js";
import type { Policy } from "../policy/types.js";
import { BUILTIN_PREFIX } from "../policy/load.js";
import type { ActionConfig } from "./inputs.js";
import { contentsRefReader, type ReadFileAt } from "./policy-contents.js";

export interface ChangeBase {
  /** From the event payload; undefined when the payload has none (then the gate cannot decide). */
  sha?: string;
  /** The base branch, for people: "main". */
  ref?: string;
  /** What the change is called in messages: "this PR" or "this merge group". */
  change: string;
}

export interface ChosenPolicy {
  trusted: Policy;
  proposed?: {
    policy: Policy;
    changes: PolicyChange[];
    labels: { deciding: string; proposed: string };
  };
}

interface Where {
  cwd: string;
  /** The repository root (the workspace). */
  root: string;
  /** The checkout's policy file (locateRepository), undefined for the built-in default. */
  policyPath?: string;
  base?: ChangeBase;
  /** Reads `github:` packs the policy extends (the action's token or policy-token). */
  remotePolicy?: RemoteRead;
}

const COMMIT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export async function choosePolicy(
  config: Pick<ActionConfig, "policy" | "policySource">,
  where: Where,
  readFileAt: ReadFileAt | undefined,
): Promise<ChosenPolicy> {
  const { base } = where;
  // A built-in pack is the same at every commit: nothing to read at the base.
  const builtin = config.policy?.startsWith(BUILTIN_PREFIX) === true;
  if (config.policySource === "head" || base === undefined || builtin) {
    return {
      trusted: await loadPolicy(where.policyPath, undefined, where.cwd, where.remotePolicy),
    };
  }
  const ref = baseReader(base, where.root, readFileAt);
  const pair = await loadPolicyPair({
    explicit: config.policy,
    cwd: where.cwd,
    top: where.root,
    ref,
    remote: where.remotePolicy,
  });
  if (!pair.proposed) return { trusted: pair.trusted };
  const labels = { deciding: "the base policy", proposed: `${base.change}'s policy` };
  return { trusted: pair.trusted, proposed: { ...pair.proposed, labels } };
}

function baseReader(base: ChangeBase, root: string, readFileAt?: ReadFileAt): RefReader {
  const sha = base.sha?.toLowerCase();
  if (sha === undefined || !COMMIT_ID.test(sha)) {
    throw new GateError(
      `the event names no base commit (got ${JSON.stringify(base.sha ?? null)}), so the base ` +
        "policy cannot be read; policy-source: head gates with the checkout's policy instead",
    );
  }
  const label = base.ref ?? "the base";
  const top = gitTopLevel(root);
  if (top !== undefined && resolveCommit(top, sha) === sha) return gitRefReader(top, sha, label);
  if (readFileAt) return contentsRefReader(readFileAt, root, sha, label);
  throw new GateError(
    `the base commit ${sha} is not in the checkout (a shallow clone: fetch-depth: 0 fetches ` +
      "it) and there is no github-token to read its policy through the contents API",
  );
}
