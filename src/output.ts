// Writing output files atomically (temp file + rename in the same directory), so a crash never
// leaves a half-written SARIF or JSON file that a later step would trust.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeFileAtomic(path: string, content: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
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
