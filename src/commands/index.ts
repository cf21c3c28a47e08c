// The command registry: every `ztgate` subcommand, listed explicitly.
import { baseline } from "./baseline.js";
import { check } from "./check.js";
import { formats } from "./formats.js";
import { hook } from "./hook.js";
import { parse } from "./parse.js";
import type { Command } from "./types.js";

export const COMMANDS = [
  check,
  parse,
  formats,
  hook,
  baseline,
] as const satisfies readonly Command[];

export function commandByName(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
