// The base commit's policy through the contents API, for checkouts that do not hold the base
// commit (actions/checkout fetches one commit by default). The same reader contract as
// io/policy-at-ref.ts: absolute paths inside the workspace, only files are policy (a symlink,
// a directory or a submodule is exit 2), and a path outside the repository is refused.
import { GateError, errorMessage } from "../model/errors.js";
import { pathInCommit, type RefReader } from "../io/policy-at-ref.js";

/** What the contents API holds at a path: only a file's text is ever read as policy. */
export type RepoFile =
  { kind: "file"; text: string } | { kind: "dir" | "symlink" | "other" | "too-large" };

export type ReadFileAt = (path: string, ref: string) => Promise<RepoFile | undefined>;

const WHAT: Record<Exclude<RepoFile["kind"], "file">, string> = {
  dir: "is a directory, not a file",
  symlink: "is a symbolic link: a policy is read as a file, never followed",
  other: "is not a file (a submodule?)",
  "too-large": "is larger than 1 MiB, the most a policy may be",
};

export function contentsRefReader(
  readFileAt: ReadFileAt,
  root: string,
  commit: string,
  label: string,
): RefReader {
  const where = ` at ${label} (${commit.slice(0, 12)})`;
  const files = new Map<string, Promise<RepoFile | undefined>>();
  const fetch = (absolute: string) => {
    const path = pathInCommit(root, absolute);
    if (!files.has(path))
      files.set(
        path,
        readFileAt(path, commit).catch((err) => failed(path, where, err)),
      );
    return { path, file: files.get(path)! };
  };
  return {
    commit,
    where,
    exists: async (absolute) => (await fetch(absolute).file) !== undefined,
    read: async (absolute) => {
      const { path, file } = fetch(absolute);
      const found = await file;
      if (!found)
        throw Object.assign(new Error(`${path} does not exist${where}`), { code: "ENOENT" });
      if (found.kind !== "file") throw new GateError(WHAT[found.kind], { file: path });
      return found.text;
    },
  };
}

/** An API failure other than 404: the base policy is unknown, so the gate cannot decide. */
function failed(path: string, where: string, err: unknown): never {
  const status = (err as { status?: unknown }).status;
  const hint = status === 403 || status === 401 ? " (the token needs contents: read)" : "";
  throw new GateError(
    `cannot be read${where} through the contents API: ${typeof status === "number" ? `${status} ` : ""}${errorMessage(err)}${hint}`,
    { file: path },
  );
}
