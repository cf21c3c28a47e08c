import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// src/io/output.ts
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileAtomic(path, content) {
  if (isSpecialFile(path))
    try {
      writeFileSync(path, content);
      return;
    } catch (err) {
      throw writeError(err, path);
    }
  let dir = dirname(path), temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    mkdirSync(dir, { recursive: !0 }), writeFileSync(temp, content, { flag: "wx" }), renameSync(temp, path);
  } catch (err) {
    try {
      rmSync(temp, { force: !0 });
    } catch {
    }
    throw writeError(err, path);
  }
}
function isSpecialFile(path) {
  try {
    let stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return !1;
  }
}
function writeError(err, path) {
  let code = err.code ?? String(err);
  return new GateError(`cannot write the output file (${code}); nothing was written`, {
    file: path
  });
}
function parseOutputArg(arg) {
  let eq = arg.indexOf("=");
  return eq === -1 ? { format: arg } : { format: arg.slice(0, eq), file: arg.slice(eq + 1) };
}

export {
  writeFileAtomic,
  parseOutputArg
};
