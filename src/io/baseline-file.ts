// Reading a baseline file (the I/O edge of src/baseline.ts), for the CLI and the action.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseBaseline, type Baseline } from "../gate/baseline.js";
import { GateError } from "../model/errors.js";

/** Every problem (missing, unreadable, corrupt, wrong version) is exit 2 naming the file. */
export function readBaselineFile(file: string, cwd: string): Baseline {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
    throw new GateError(`baseline ${why}`, { file });
  }
  return parseBaseline(text, file);
}
