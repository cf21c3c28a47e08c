// `ztgate ARGS`: dispatches to a command and maps errors to exit 2. The process itself is
// touched only by cli.ts, so tests run this in-process with their own IO.
import { commandByName, loadAllCommands } from "./index.js";
import { EXIT, type CommandIO } from "./types.js";
import { errorMessage, GateError } from "../model/errors.js";
import { printableLine } from "../model/safe-text.js";
import { guardIO } from "../io/sink.js";
import { VERSION } from "../model/version.js";

async function help(): Promise<string> {
  const COMMANDS = await loadAllCommands();
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `ztgate ${VERSION}: zero-trust policy gate for CI/CD`,
    "",
    "Usage: ztgate <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `ztgate <command> --help` for a command's options.",
    "Exit codes: 0 pass (warnings allowed), 1 blocked by policy, 2 cannot decide.",
    "",
  ].join("\n");
}

export async function main(argv: string[], rawIO: CommandIO): Promise<number> {
  // Every line any command prints passes the one output rule (src/sink.ts).
  const io = guardIO(rawIO);
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await help());
    return name === undefined ? EXIT.undecided : EXIT.pass;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${VERSION}\n`);
    return EXIT.pass;
  }
  const command = await commandByName(name);
  if (!command) {
    io.stderr(`ztgate: unknown command "${printableLine(name)}"\n\n${await help()}`);
    return EXIT.undecided;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage}\n`);
    return EXIT.pass;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    // Anything that stops a decision fails closed, bad input and our own bugs alike.
    const known = err instanceof GateError || isArgError(err);
    io.stderr(`ztgate: ${known ? "error" : "internal error"}: ${errorMessage(err)}\n`);
    return EXIT.undecided;
  }
}

function isArgError(err: unknown): boolean {
  return err instanceof Error && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS");
}
