#!/usr/bin/env node
// The CLI entry: the only place that reads argv, the environment and the clock for the CLI.
import nodeModule from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CommandIO } from "./commands/types.js";
import { processStreams } from "./io/sink.js";

// Node >= 22.1 can keep V8's compiled code on disk: compiling the bundle is most of a small
// run's start-up. Older Node has no such API and skips it. Enabled before main is imported.
// Under the runner's temp directory in CI (several ztgate steps of a job share it), else the
// system's. The cache never changes what runs: Node checks each entry against the source's
// hash, and a directory it cannot write only leaves the cache off (a status, not an error).
const enableCompileCache = (nodeModule as { enableCompileCache?: (dir: string) => unknown })
  .enableCompileCache;
try {
  enableCompileCache?.(join(process.env.RUNNER_TEMP || tmpdir(), "ztgate-compile-cache"));
} catch {
  // A cache is an optimisation: without one the run is the same, only slower to start.
}
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
