// Reading the policy as it is at a commit: `ztgate check --policy-from REF` and the action in a
// pull request (the base commit's policy decides, DESIGN §1.7). Files are read from git's
// objects, never from the working tree the change under review wrote, and only as blobs: a
// symlink, a directory or a submodule at the policy's path is exit 2, not followed. The
// loader (policy/load.ts) reads through `read`, so every file the policy extends comes from
// the same commit.
import { spawnSync } from "node:child_process";
import { isAbsolute } from "node:path";
import { repositoryPath } from "../model/repo-path.js";
import { GateError } from "../model/errors.js";
import type { ReadText } from "../policy/load.js";
import { gitEnvironment } from "./repo-root.js";
import type { Exists } from "./policy-discovery.js";

/** Reads files of one commit; paths are absolute paths inside `root`. */
export interface RefReader {
  /** The full commit id the ref resolved to. */
  commit: string;
  /** Where the files come from, for messages: "at abc1234" or "at main (abc1234)". */
  where: string;
  read: ReadText;
  exists: Exists;
}

function git(root: string, args: string[], maxBuffer = 1024 * 1024) {
  return spawnSync("git", ["--literal-pathspecs", ...args], {
    cwd: root,
    env: gitEnvironment(),
    maxBuffer,
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 30_000,
  });
}

/** The commit `ref` names in the repository at `root`, or undefined when git does not have it. */
export function resolveCommit(root: string, ref: string): string | undefined {
  if (ref.startsWith("-")) return undefined;
  const r = git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const out = r.status === 0 ? r.stdout.toString("utf8").trim() : "";
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(out) ? out : undefined;
}

/** A failure the loader reports as "does not exist" (it reads `code`, as for the disk). */
function missing(message: string): Error {
  return Object.assign(new Error(message), { code: "ENOENT" });
}

/**
 * The loader's own limit (policy/yaml-source.ts, not imported: it would load the YAML parser
 * on every start). One byte over is enough for the loader to refuse the file by its size.
 */
const MAX_POLICY_BYTES = 1024 * 1024;

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
}

/** The reader of `commit` (a full id from resolveCommit); `label` is how the ref was named. */
export function gitRefReader(root: string, commit: string, label = commit): RefReader {
  const short = commit.slice(0, 12);
  const where = label === commit ? ` at ${short}` : ` at ${label} (${short})`;
  const entries = new Map<string, TreeEntry | undefined>();

  const entry = (absolute: string): TreeEntry | undefined => {
    const path = pathInCommit(root, absolute);
    if (!entries.has(path)) entries.set(path, lsTree(root, commit, path));
    return entries.get(path);
  };

  const read: ReadText = (absolute) => {
    const e = entry(absolute);
    const path = pathInCommit(root, absolute);
    if (!e) throw missing(`${path} does not exist${where}`);
    if (e.mode === "120000") {
      throw new GateError("is a symbolic link: a policy is read as a file, never followed", {
        file: path,
      });
    }
    if (e.type !== "blob") {
      throw new GateError(`is a ${e.type === "tree" ? "directory" : e.type}, not a file`, {
        file: path,
      });
    }
    const r = git(root, ["cat-file", "blob", e.object], MAX_POLICY_BYTES + 1);
    if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOBUFS") {
      return r.stdout.toString("utf8");
    }
    if (r.status !== 0) {
      throw new GateError(`cannot be read: ${r.stderr.toString("utf8").trim()}`, {
        file: path,
      });
    }
    return r.stdout.toString("utf8");
  };

  return { commit, where, read, exists: (absolute) => entry(absolute) !== undefined };
}

/** The path as git names it (relative to the top level, "/" separated); outside is refused. */
export function pathInCommit(root: string, absolute: string): string {
  const path = repositoryPath(absolute, root);
  if (path === undefined || path === "." || !isAbsolute(absolute)) {
    throw new GateError(`is outside the repository ${root}: it cannot be read at a commit`, {
      file: absolute,
    });
  }
  return path;
}

function lsTree(root: string, commit: string, path: string): TreeEntry | undefined {
  const r = git(root, ["ls-tree", "-z", "--full-tree", commit, "--", path]);
  if (r.status !== 0) {
    throw new GateError(`git ls-tree failed at ${commit}: ${r.stderr.toString("utf8").trim()}`, {
      file: path,
    });
  }
  // "<mode> <type> <object>\t<path>\0" per entry; only an exact path counts.
  for (const record of r.stdout.toString("utf8").split("\0")) {
    const tab = record.indexOf("\t");
    if (tab < 0 || record.slice(tab + 1) !== path) continue;
    const [mode = "", type = "", object = ""] = record.slice(0, tab).split(" ");
    return { mode, type, object };
  }
  return undefined;
}
