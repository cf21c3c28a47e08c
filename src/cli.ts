#!/usr/bin/env node
// The CLI entry: the only place that reads argv, the environment and the clock for the CLI.
import type { CommandIO } from "./commands/types.js";
import { main } from "./main.js";

const io: CommandIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  now: new Date(),
};

process.exitCode = await main(process.argv.slice(2), io);
