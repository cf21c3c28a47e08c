// Runs `ztgate ARGS` in-process with captured output: the same code path as the binary,
// without paying for a process per test row.
import { main } from "../../src/commands/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function ztgate(
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    now?: Date;
    isTTY?: boolean;
  } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? { NO_COLOR: "1" },
    isTTY: options.isTTY ?? false,
    now: options.now ?? new Date("2026-11-22T00:00:00Z"),
  });
  return { code, stdout, stderr };
}
