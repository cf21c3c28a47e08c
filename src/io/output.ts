// Writing output files atomically (temp file + rename in the same directory), so a crash never
// leaves a half-written SARIF or JSON file that a later step would trust. A path that exists
// and is not a regular file (a null device, a terminal, a named pipe) is written in place: a
// rename over it would replace the device with a file, for every process on the machine.
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { GateError } from "../model/errors.js";

export function writeFileAtomic(path: string, content: string): void {
  if (isSpecialFile(path)) {
    try {
      writeFileSync(path, content);
      return;
    } catch (err) {
      throw writeError(err, path);
    }
  }
  const dir = dirname(path);
  // An unpredictable name, created exclusively ("wx"): a symlink planted at a guessable temp
  // path in a shared directory cannot redirect the write.
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, content, { flag: "wx" });
    renameSync(temp, path);
  } catch (err) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing was created (the directory itself could not be)
    }
    throw writeError(err, path);
  }
}

/** True for an existing path that is not a regular file or a directory (a device, a pipe). */
function isSpecialFile(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

function writeError(err: unknown, path: string): GateError {
  const code = (err as NodeJS.ErrnoException).code ?? String(err);
  return new GateError(`cannot write the output file (${code}); nothing was written`, {
    file: path,
  });
}

export interface OutputRequest {
  format: string;
  /** Where to write; undefined means standard output. */
  file?: string;
}

/** "-o sarif=out.sarif" → { format: "sarif", file: "out.sarif" }. */
export function parseOutputArg(arg: string): OutputRequest {
  const eq = arg.indexOf("=");
  if (eq === -1) return { format: arg };
  return { format: arg.slice(0, eq), file: arg.slice(eq + 1) };
}
