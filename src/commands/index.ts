// The command registry: every `ztgate` subcommand, listed explicitly.
import { check } from "./check.js";
import { explain } from "./explain.js";
import { formats } from "./formats.js";
import { init } from "./init.js";
import { parse } from "./parse.js";
import { schema } from "./schema.js";
import { test } from "./test.js";
import type { Command } from "./types.js";
import { validate } from "./validate.js";

export const COMMANDS = [
  check,
  parse,
  formats,
  explain,
  validate,
  test,
  schema,
  init,
] as const satisfies readonly Command[];

export function commandByName(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
