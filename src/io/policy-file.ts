// Reading policies from disk: the I/O edge of policy/load.ts, which reads only through the
// function it is given (tests and the action pass their own).
import { readFileSync } from "node:fs";
import type { Policy } from "../policy/types.js";
import { loadOriginWith, loadPolicyWith, type ReadText } from "../policy/load.js";
import type { Origin } from "../policy/types.js";

export const readFromDisk: ReadText = (path) => readFileSync(path, "utf8");

/** A policy file (undefined: the built-in default); a relative path is read from `cwd`. */
export function loadPolicy(
  path: string | undefined,
  read: ReadText = readFromDisk,
  cwd?: string,
): Promise<Policy> {
  return loadPolicyWith(path, read, cwd);
}

/** The policy a rule came from: a built-in pack or a file. */
export function loadOrigin(origin: Origin, read: ReadText = readFromDisk): Promise<Policy> {
  return loadOriginWith(origin, read);
}
