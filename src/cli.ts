#!/usr/bin/env node
// The CLI entry: the only place that reads argv, the environment and the clock for the CLI.
import { fileURLToPath } from "node:url";
import type { CommandIO } from "./commands/types.js";
import { main } from "./main.js";

const io: CommandIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  now: new Date(),
  stderrIsTTY: process.stderr.isTTY === true,
  self: { node: process.execPath, script: fileURLToPath(import.meta.url) },
};

process.exitCode = await main(process.argv.slice(2), io);
