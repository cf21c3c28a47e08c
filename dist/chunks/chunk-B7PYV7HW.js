import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);

// src/output.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileAtomic(path, content) {
  let dir = dirname(path);
  mkdirSync(dir, { recursive: !0 });
  let temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content), renameSync(temp, path);
  } catch (err) {
    throw rmSync(temp, { force: !0 }), err;
  }
}
function parseOutputArg(arg) {
  let eq = arg.indexOf("=");
  return eq === -1 ? { format: arg } : { format: arg.slice(0, eq), file: arg.slice(eq + 1) };
}

export {
  writeFileAtomic,
  parseOutputArg
};
