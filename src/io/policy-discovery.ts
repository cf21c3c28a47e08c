// Which policy file a directory holds: ztgate.yml or .ztgate.yml, never both. With both, one
// would win silently (a pull request adding ztgate.yml beside the base's .ztgate.yml would
// replace it), so both present is exit 2 naming both. The same rule holds on disk and at a
// git ref (io/policy-at-ref.ts, action/policy-contents.ts): `exists` says where to look.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { GateError } from "../model/errors.js";
import { dirsUpTo, type TopLevel } from "./repo-root.js";

export const POLICY_FILE_NAMES = ["ztgate.yml", ".ztgate.yml"] as const;

export type Exists = (path: string) => boolean | Promise<boolean>;

/** The one policy file among those present in `dir`; `where` names a ref ("at abc1234"). */
export function pickPolicyFile(
  dir: string,
  present: readonly boolean[],
  where = "",
): string | undefined {
  const found = POLICY_FILE_NAMES.filter((_, i) => present[i]).map((n) => join(dir, n));
  if (found.length > 1) {
    throw new GateError(
      `both ${found.join(" and ")} exist${where}: keep one (ztgate would otherwise use one ` +
        "and ignore the other)",
      { file: found[0] },
    );
  }
  return found[0];
}

/** The policy in `cwd` or the nearest parent up to `top`, on disk. */
export function discoverPolicy(cwd: string, topLevel: TopLevel): string | undefined {
  const inDir = (dir: string) =>
    pickPolicyFile(
      dir,
      POLICY_FILE_NAMES.map((n) => existsSync(join(dir, n))),
    );
  // The cwd first, so the common case asks git nothing.
  return inDir(cwd) ?? dirsUpTo(cwd, topLevel(cwd)).slice(1).map(inDir).find(Boolean);
}

/** The same search where asking is asynchronous (a git ref, the contents API). */
export async function discoverPolicyWith(
  cwd: string,
  top: string | undefined,
  exists: Exists,
  where: string,
): Promise<string | undefined> {
  for (const dir of dirsUpTo(cwd, top)) {
    // One question at a time: the answers are few, and the first failure is the one reported.
    const present: boolean[] = [];
    for (const name of POLICY_FILE_NAMES) present.push(await exists(join(dir, name)));
    const file = pickPolicyFile(dir, present, where);
    if (file) return file;
  }
  return undefined;
}
