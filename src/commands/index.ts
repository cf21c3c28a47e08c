// The command registry: every `ztgate` subcommand, listed explicitly. Each is loaded only when
// it runs (esbuild splits them into chunks), so `ztgate check` does not parse the code of
// `init`, `test` or `hook` at start-up.
import type { Command } from "./types.js";

interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: "check", load: async () => (await import("./check.js")).check },
  { name: "parse", load: async () => (await import("./parse.js")).parse },
  { name: "formats", load: async () => (await import("./formats.js")).formats },
  { name: "hook", load: async () => (await import("./hook.js")).hook },
  { name: "baseline", load: async () => (await import("./baseline.js")).baseline },
  { name: "budget", load: async () => (await import("./budget.js")).budget },
  { name: "explain", load: async () => (await import("./explain.js")).explain },
  { name: "validate", load: async () => (await import("./validate.js")).validate },
  { name: "test", load: async () => (await import("./test.js")).test },
  { name: "schema", load: async () => (await import("./schema.js")).schema },
  { name: "init", load: async () => (await import("./init.js")).init },
];

export async function commandByName(name: string): Promise<Command | undefined> {
  return COMMANDS.find((c) => c.name === name)?.load();
}

/** Every command, loaded: only `ztgate --help` needs their summaries. */
export function loadAllCommands(): Promise<Command[]> {
  return Promise.all(COMMANDS.map((c) => c.load()));
}
