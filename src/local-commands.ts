// Runs the scanner commands of `local.commands` before the hook reads the reports. A command
// that times out or exits with a code it does not list as ok stops the hook (exit 2): a scan
// that did not finish leaves stale or partial evidence, which is not a pass.
import { spawnSync } from "node:child_process";
import { GateError } from "./errors.js";
import type { LocalCommand } from "./local-config.js";

export function runLocalCommands(
  commands: readonly LocalCommand[],
  cwd: string,
  log: (text: string) => void,
): void {
  for (const command of commands) {
    log(`ztgate: running ${command.name}: ${command.run}\n`);
    const result = spawnSync(command.run, {
      cwd,
      shell: "/bin/sh",
      timeout: command.timeoutMs,
      killSignal: "SIGKILL",
      // Scanner output streams straight to our stderr (git shows it) as it is written: a
      // five-minute scan should not look hung, and stdout stays for ztgate's own report.
      stdio: ["ignore", 2, 2],
    });
    const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ETIMEDOUT") {
      throw new GateError(
        `local command "${command.name}" did not finish within ${command.timeoutMs / 1000}s`,
      );
    }
    if (result.error) {
      throw new GateError(`local command "${command.name}" could not run: ${result.error.message}`);
    }
    if (result.status === null || !command.okExitCodes.includes(result.status)) {
      const how =
        result.status === null ? `was killed (${result.signal})` : `exited ${result.status}`;
      throw new GateError(
        `local command "${command.name}" ${how} (ok: ${command.okExitCodes.join(", ")})`,
      );
    }
  }
}
