// A CLI subcommand. Commands get their arguments and a small IO surface from cli.ts and return
// an exit code; they never call process.exit themselves.
export interface CommandIO {
  /** Standard output; -o annotations writes "workflow-commands" (src/sink.ts lets those through). */
  stdout(text: string, kind?: "text" | "workflow-commands"): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (for colour). */
  isTTY: boolean;
  now: Date;
  /** Whether stderr is a terminal (for the progress indicator); absent means no. */
  stderrIsTTY?: boolean;
  /** The node binary and CLI script running now, for `hook install` to point the hook at. */
  self?: { node: string; script: string };
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CommandIO): number | Promise<number>;
}

export const EXIT = { pass: 0, blocked: 1, undecided: 2 } as const;
