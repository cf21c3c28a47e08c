// What the licence and date metamorphic tests share: a scratch directory each mutant is
// written into, and a run whose GateError (exit 2) is a refusal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { GateError } from "../../src/model/errors.js";

/** Writes each mutant under a fresh directory of its own; removed after the file's tests. */
export function mutantWriter(
  prefix: string,
): (fileName: string, text: string) => { dir: string; path: string } {
  const work = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let written = 0;
  return (fileName, text) => {
    const dir = join(work, String(written++));
    mkdirSync(dir, { recursive: true });
    const path = join(dir, fileName);
    writeFileSync(path, text);
    return { dir, path };
  };
}

/** `run()`, or the refusal's message when it is exit 2. */
export function refusedOr<T>(run: () => T): T | { refused: string } {
  try {
    return run();
  } catch (err) {
    if (err instanceof GateError) return { refused: err.describe() };
    throw err;
  }
}
