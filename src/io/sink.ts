// The one way out of the process for text. Every write of the CLI (main() guards the IO before
// any command runs) and of the action (its log lines, warnings, failure and annotations) goes
// through here, and every line through the rule of src/safe-text.ts, whatever wrote it: a
// value a reporter or a message forgot to escape still cannot start a workflow command or
// send a terminal escape. test/integrity-output.test.ts fails on any other write in src/.
import type { CommandIO } from "../commands/types.js";
import { CONSOLE_COLOURS, printableLine, printableText } from "../model/safe-text.js";

/** Ordinary text, or workflow commands ztgate writes itself (-o annotations, the action). */
export type OutputKind = "text" | "workflow-commands";

// The progress line's "return and erase" (src/progress.ts), only ever sent to a terminal.
// eslint-disable-next-line no-control-regex
const ERASE_LINE = /\r\u001b\[2K/;

// An annotation as reporters/annotations.ts writes it: its properties are escaped (no ":"),
// so the command ends at the first "::" and what follows is its data.
const OUR_COMMAND = /^::(?:error|warning|notice)(?: [^:\n]*)?::/;

function workflowCommands(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      OUR_COMMAND.test(line) ? `::${printableText(line.slice(2))}` : printableText(line),
    )
    .join("\n");
}

/** NO_COLOR (https://no-color.org) and FORCE_COLOR are honoured; otherwise colour on a TTY. */
export function wantsColor(io: Pick<CommandIO, "env" | "isTTY">): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}

/** The IO every command gets: the same streams, each write under the rule. */
export function guardIO(io: CommandIO): CommandIO {
  const colours = wantsColor(io) ? CONSOLE_COLOURS : undefined;
  const erase = io.stderrIsTTY ? ERASE_LINE : undefined;
  return {
    ...io,
    stdout: (text, kind) =>
      io.stdout(
        kind === "workflow-commands"
          ? workflowCommands(text)
          : printableText(text, { allow: colours }),
      ),
    stderr: (text) => io.stderr(printableText(text, { allow: erase })),
  };
}

/** The process's own streams, unguarded: only for cli.ts, which hands them to main(). */
export function processStreams(): Pick<CommandIO, "stdout" | "stderr"> {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}

/** The loggers of @actions/core the action uses (passed in: the CLI never loads @actions/*). */
export interface CoreLog {
  info(message: string): void;
  warning(message: string): void;
  setFailed(message: string): void;
}

/** The action's output: log lines, warnings and the failure on one line each, annotations. */
export function actionOutput(core: CoreLog) {
  return {
    info: (message: string) => core.info(printableLine(message)),
    warning: (message: string) => core.warning(printableLine(message)),
    fail: (message: string) => core.setFailed(printableLine(message)),
    annotations: (text: string) => void process.stdout.write(workflowCommands(text)),
  };
}
