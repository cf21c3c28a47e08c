// Installing and removing the git hook (the file-system edge of `ztgate hook`). An existing
// hook is never overwritten: it is moved aside and chained (ours runs it first, with the same
// arguments and stdin), and uninstalling moves it back.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { GateError } from "../model/errors.js";
import {
  isZtgateHook,
  PREVIOUS_SUFFIX,
  renderHookScript,
  type HookKind,
  type HookScriptInput,
} from "./hook-script.js";
import { writeFileAtomic } from "../io/output.js";

function git(args: string[], cwd: string): string {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  } catch {
    throw new GateError("not inside a git working tree (git rev-parse failed)", { file: cwd });
  }
}

/**
 * The hooks folder git uses here: honours core.hooksPath and linked worktrees. Asked from the
 * top of the working tree, where git runs hooks and what a relative core.hooksPath means.
 */
export function gitHooksDir(cwd: string): string {
  const top = git(["rev-parse", "--show-toplevel"], cwd);
  return resolve(top, git(["rev-parse", "--git-path", "hooks"], top));
}

export type InstallResult = "installed" | "updated" | "chained";

export function installHook(hooksDir: string, input: HookScriptInput): InstallResult {
  const path = join(hooksDir, input.kind);
  const previous = path + PREVIOUS_SUFFIX;
  let result: InstallResult = "installed";
  if (existsSync(path)) {
    if (isZtgateHook(readFileSync(path, "utf8"))) {
      result = "updated";
    } else if (existsSync(previous)) {
      throw new GateError(
        `a ${input.kind} hook exists and so does ${previous}: move one of them away first; nothing was changed`,
        { file: path },
      );
    } else {
      renameSync(path, previous);
      result = "chained";
    }
  }
  mkdirSync(hooksDir, { recursive: true });
  writeFileAtomic(path, renderHookScript(input));
  chmodSync(path, 0o755);
  return result;
}

export type UninstallResult = "removed" | "restored" | "absent";

export function uninstallHook(hooksDir: string, kind: HookKind): UninstallResult {
  const path = join(hooksDir, kind);
  const previous = path + PREVIOUS_SUFFIX;
  if (!existsSync(path)) return "absent";
  if (!isZtgateHook(readFileSync(path, "utf8"))) {
    throw new GateError(`this ${kind} hook was not installed by ztgate; left as it is`, {
      file: path,
    });
  }
  rmSync(path);
  if (!existsSync(previous)) return "removed";
  renameSync(previous, path);
  return "restored";
}
