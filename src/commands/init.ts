import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { GateError } from "../model/errors.js";
import { writeFileAtomic } from "../io/output.js";
import starter from "./init.yml";
import { EXIT, type Command } from "./types.js";

export const init: Command = {
  name: "init",
  summary: "write a commented starter ztgate.yml (never overwrites without --force)",
  usage: `ztgate init [FILE] [--force]

Writes a starter policy to FILE (default ztgate.yml). An existing file is kept unless --force.`,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { force: { type: "boolean" } },
    });
    const file = positionals[0] ?? "ztgate.yml";
    const path = resolve(io.cwd, file);
    if (existsSync(path) && !values.force) {
      throw new GateError("already exists; not overwritten (use --force to replace it)", { file });
    }
    writeFileAtomic(path, starter);
    io.stdout(`wrote ${file}: edit the assets, then run \`ztgate validate\` and \`ztgate test\`\n`);
    return EXIT.pass;
  },
};
