// The repository root (docs/policy.md "Paths and the repository root"): every path a policy
// names is relative to it, so a verdict never depends on the directory ztgate runs in. The
// rule is the pure `chooseRoot`; the one piece of I/O, asking git for its top level, is
// `gitTopLevel`, passed in so tests can give their own.
import { spawnSync } from "node:child_process";
import { dirname, resolve, sep } from "node:path";

export interface RootInput {
  /** Where ztgate runs (absolute). */
  cwd: string;
  /** The policy file, when the policy is a file (not built-in:NAME); relative to `cwd`. */
  policyFile?: string;
  /** The action's GITHUB_WORKSPACE: the checkout the workflow runs in. */
  workspace?: string;
}

/** The git top level holding `dir`, or undefined when it is in no work tree. */
export type TopLevel = (dir: string) => string | undefined;

/**
 * The action's workspace; else the git top level of the policy file's directory; else that of
 * the cwd; else the policy file's directory; else the cwd. The policy's directory comes
 * first because the policy's paths are written for the repository it lives in, wherever
 * ztgate is started from.
 */
export function chooseRoot({ cwd, policyFile, workspace }: RootInput, topLevel: TopLevel): string {
  if (workspace) return resolve(cwd, workspace);
  const policyDir = policyFile === undefined ? undefined : dirname(resolve(cwd, policyFile));
  const top = (policyDir === undefined ? undefined : topLevel(policyDir)) ?? topLevel(cwd);
  return top ?? policyDir ?? resolve(cwd);
}

/** `dir` and its parents up to `top` (nearest first); only `dir` when it is not under `top`. */
export function dirsUpTo(dir: string, top: string | undefined): string[] {
  const start = resolve(dir);
  if (top === undefined) return [start];
  const end = resolve(top);
  if (start !== end && !start.startsWith(end.endsWith(sep) ? end : end + sep)) return [start];
  const dirs = [start];
  for (let d = start; d !== end;) {
    d = dirname(d);
    dirs.push(d);
  }
  return dirs;
}

// Variables git sets for hooks (and users set for scripts) that would make git answer for
// another repository than the one holding the directory asked about.
const GIT_LOCATION_VARIABLES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR"];

/** The environment for git run about `cwd`'s own repository: the location variables removed. */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of GIT_LOCATION_VARIABLES) delete env[name];
  return env;
}

/** `git rev-parse --show-toplevel` run in `dir`; undefined without git or outside a work tree. */
export const gitTopLevel: TopLevel = (dir) => {
  const r = spawnSync("git", ["rev-parse", "--show-toplevel"], {
    cwd: dir,
    env: gitEnvironment(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 10_000,
  });
  const top = r.status === 0 ? r.stdout.replace(/\r?\n$/, "") : "";
  return top === "" ? undefined : resolve(top);
};
