// Installing and removing the git hook (the file-system edge of `ztgate hook`). An existing
// hook is never overwritten: it is moved aside and chained (ours runs it first, with the same
// arguments and stdin), and uninstalling moves it back.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { GateError } from "./errors.js";
import {
  isZtgateHook,
  PREVIOUS_SUFFIX,
  renderHookScript,
  type HookKind,
  type HookScriptInput,
} from "./hook-script.js";
import { writeFileAtomic } from "./output.js";

/** The hooks folder git uses here: honours core.hooksPath and linked worktrees. */
export function gitHooksDir(cwd: string): string {
  let out: string;
  try {
    out = execFileSync("git", ["rev-parse", "--git-path", "hooks"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch {
    throw new GateError("not inside a git repository (git rev-parse failed)", { file: cwd });
  }
  return resolve(cwd, out.trim());
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
