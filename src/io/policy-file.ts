// Reading policies from disk: the I/O edge of policy/load.ts, which reads only through the
// function it is given (tests and the action pass their own).
import { readFileSync } from "node:fs";
import type { Policy } from "../policy/types.js";
import { loadOriginWith, loadPolicyWith, type ReadText } from "../policy/load.js";
import type { Origin } from "../policy/types.js";
import type { RemoteRead } from "../policy/remote-ref.js";
import { readerFromEnv } from "./remote-policy.js";

export const readFromDisk: ReadText = (path) => readFileSync(path, "utf8");

/**
 * `github:` packs through GITHUB_TOKEN (or the cache directory). Silent: commands that print
 * the commit a branch resolved to (check, validate) pass a reader that logs through their IO.
 */
const remoteFromProcess: RemoteRead = (ref) => readerFromEnv(process.env, () => {})(ref);

/** A policy file (undefined: the built-in default); a relative path is read from `cwd`. */
export function loadPolicy(
  path: string | undefined,
  read: ReadText = readFromDisk,
  cwd?: string,
  remote: RemoteRead = remoteFromProcess,
): Promise<Policy> {
  return loadPolicyWith(path, read, cwd, remote);
}

/** The policy a rule came from: a built-in pack or a file. */
export function loadOrigin(origin: Origin, read: ReadText = readFromDisk): Promise<Policy> {
  return loadOriginWith(origin, read, remoteFromProcess);
}
