// Runs the scanner commands of `local.commands` before the hook reads the reports. A command
// that times out or exits with a code it does not list as ok stops the hook (exit 2): a scan
// that did not finish leaves stale or partial evidence, which is not a pass.
import { spawn } from "node:child_process";
import { GateError } from "../model/errors.js";
import type { LocalCommand } from "./config.js";
import { printableLine } from "../model/safe-text.js";

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

function runOne(command: LocalCommand, cwd: string): Promise<Ended> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout kills the whole scan (sh and everything it
    // started), not only the shell. Output streams straight to our stderr (git shows it) as
    // it is written: a five-minute scan should not look hung, and stdout stays ztgate's.
    const child = spawn("/bin/sh", ["-c", command.run], {
      cwd,
      detached: true,
      stdio: ["ignore", 2, 2],
    });
    let timedOut = false;
    const killGroup = () => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, command.timeoutMs);
    // Ctrl-C reaches only the terminal's foreground group: pass it on to the scan's group
    // (which then ends as killed, failing the hook) instead of leaving it running.
    process.once("SIGINT", killGroup);
    const done = () => {
      clearTimeout(timer);
      process.off("SIGINT", killGroup);
    };
    child.on("error", (err) => {
      done();
      reject(new GateError(`local command "${command.name}" could not run: ${err.message}`));
    });
    child.on("exit", (code, signal) => {
      done();
      resolve({ code, signal, timedOut });
    });
  });
}

export async function runLocalCommands(
  commands: readonly LocalCommand[],
  cwd: string,
  log: (text: string) => void,
): Promise<void> {
  for (const command of commands) {
    log(`ztgate: running ${printableLine(command.name)}: ${printableLine(command.run)}\n`);
    const { code, signal, timedOut } = await runOne(command, cwd);
    if (timedOut) {
      throw new GateError(
        `local command "${command.name}" did not finish within ${command.timeoutMs / 1000}s`,
      );
    }
    if (code === null || !command.okExitCodes.includes(code)) {
      const how = code === null ? `was killed (${signal})` : `exited ${code}`;
      throw new GateError(
        `local command "${command.name}" ${how} (ok: ${command.okExitCodes.join(", ")})`,
      );
    }
  }
}
