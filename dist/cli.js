#!/usr/bin/env node
import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  processStreams
} from "./chunks/chunk-24VQTDZU.js";
import "./chunks/chunk-H2LZCDX7.js";

// src/cli.ts
import nodeModule from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var enableCompileCache = nodeModule.enableCompileCache;
try {
  enableCompileCache?.(join(process.env.RUNNER_TEMP || tmpdir(), "ztgate-compile-cache"));
} catch {
}
var { main } = await import("./chunks/main-4MIJJJEH.js"), io = {
  // Raw here; main() puts every write under the output rule (src/sink.ts).
  ...processStreams(),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === !0,
  now: /* @__PURE__ */ new Date(),
  stderrIsTTY: process.stderr.isTTY === !0,
  self: { node: process.execPath, script: fileURLToPath(import.meta.url) }
};
process.exitCode = await main(process.argv.slice(2), io);
