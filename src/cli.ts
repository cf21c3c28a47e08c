#!/usr/bin/env node
// The CLI entry: the only place that reads argv, the environment and the clock for the CLI.
import nodeModule from "node:module";
import { fileURLToPath } from "node:url";
import type { CommandIO } from "./commands/types.js";
import { processStreams } from "./io/sink.js";

// Node >= 22.1 can keep V8's compiled code on disk: parsing the bundle is most of a small
// run's start-up. Older Node has no such API and skips it. Enabled before main is imported.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import("./commands/main.js");

const io: CommandIO = {
  // Raw here; main() puts every write under the output rule (src/sink.ts).
  ...processStreams(),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  now: new Date(),
  stderrIsTTY: process.stderr.isTTY === true,
  self: { node: process.execPath, script: fileURLToPath(import.meta.url) },
};

process.exitCode = await main(process.argv.slice(2), io);
