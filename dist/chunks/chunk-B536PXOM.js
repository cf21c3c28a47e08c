import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  parseBaseline
} from "./chunk-5WKSFMGQ.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// src/io/baseline-file.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function readBaselineFile(file, cwd) {
  let text;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (err) {
    let code = err.code, why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
    throw new GateError(`baseline ${why}`, { file });
  }
  return parseBaseline(text, file);
}

export {
  readBaselineFile
};
