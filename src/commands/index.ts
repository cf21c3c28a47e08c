// The command registry: every `ztgate` subcommand, listed explicitly.
import { check } from "./check.js";
import { formats } from "./formats.js";
import { parse } from "./parse.js";
import type { Command } from "./types.js";

export const COMMANDS = [check, parse, formats] as const satisfies readonly Command[];

export function commandByName(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
