import { GateError } from "../model/errors.js";
import { HOOK_KINDS, PREVIOUS_SUFFIX, type HookKind } from "../local/hook-script.js";
import { gitHooksDir, installHook, uninstallHook } from "../local/hook-install.js";
import { runLocalCommands } from "../local/commands.js";
import { readLocalConfig, type LocalConfig } from "../local/config.js";
import { locateRepository } from "../run.js";
import { printableLine } from "../model/safe-text.js";
import { check } from "./check.js";
import { EXIT, type Command, type CommandIO } from "./types.js";

const KIND_FLAGS = HOOK_KINDS.map((k) => `--${k}`);

/** Splits `--pre-push` / `--pre-commit` from the other arguments. */
function splitKinds(args: string[]): { kinds: HookKind[]; rest: string[] } {
  const kinds = HOOK_KINDS.filter((k) => args.includes(`--${k}`));
  return { kinds, rest: args.filter((a) => !KIND_FLAGS.includes(a)) };
}

function install(args: string[], io: CommandIO): number {
  const { kinds, rest } = splitKinds(args);
  if (rest.length > 0) throw new GateError(`unexpected argument "${rest[0]}"`);
  if (!io.self) throw new GateError("cannot tell where this ztgate is installed");
  const dir = gitHooksDir(io.cwd);
  for (const kind of kinds.length > 0 ? kinds : (["pre-push"] as const)) {
    const result = installHook(dir, { kind, node: io.self.node, cli: io.self.script });
    const note = {
      installed: "",
      updated: " (updated the ztgate hook already there)",
      chained: ` (the existing hook was kept as ${kind}${PREVIOUS_SUFFIX} and runs first)`,
    }[result];
    io.stdout(`ztgate: installed the ${kind} hook in ${dir}${note}\n`);
  }
  return EXIT.pass;
}

function uninstall(args: string[], io: CommandIO): number {
  const { kinds, rest } = splitKinds(args);
  if (rest.length > 0) throw new GateError(`unexpected argument "${rest[0]}"`);
  const dir = gitHooksDir(io.cwd);
  for (const kind of kinds.length > 0 ? kinds : HOOK_KINDS) {
    const result = uninstallHook(dir, kind);
    const said = {
      removed: `removed the ${kind} hook`,
      restored: `removed the ${kind} hook and restored the one that was there before`,
      absent: `no ${kind} hook to remove`,
    }[result];
    io.stdout(`ztgate: ${said}\n`);
  }
  return EXIT.pass;
}

/**
 * The check options `local:` stands for. They come before the command line's, so an option
 * given to `hook run` wins (check keeps the last value). Naming an output replaces check's
 * default console output, so the OpenVEX file comes with the console unless outputs were given.
 */
function localOptions(local: LocalConfig, rest: readonly string[]): string[] {
  const options = [
    ...(local.baseline ? ["--baseline", local.baseline] : []),
    ...(local.kev ? ["--kev", local.kev] : []),
    ...(local.epss ? ["--epss", local.epss] : []),
  ];
  if (!local.openvex) return options;
  const outputsGiven = rest.some((a) => a.startsWith("-o") || a.startsWith("--output"));
  return [...options, ...(outputsGiven ? [] : ["-o", "console"]), "-o", `openvex=${local.openvex}`];
}

/** What the installed hook runs: local.commands, then `ztgate check` on local.reports. */
async function runHook(args: string[], io: CommandIO): Promise<number> {
  const { kinds, rest } = splitKinds(args);
  const kind = kinds[0] ?? "pre-push";
  const { policyPath: policy, root } = locateRepository(undefined, io.cwd);
  if (!policy) {
    throw new GateError(
      `no ztgate.yml or .ztgate.yml in ${io.cwd}: the hook checks the reports listed under its local: key`,
    );
  }
  const local = readLocalConfig(policy);
  if (!local || local.reports.length === 0) {
    throw new GateError("no local.reports: list the reports the hook should check", {
      file: policy,
    });
  }
  // local.commands and local.reports are written from the repository root, and git may run
  // the hook (or a person `hook run`) from elsewhere.
  await runLocalCommands(local.commands, root, io.stderr);
  const skip = kind === "pre-push" ? "git push --no-verify" : "git commit --no-verify";
  const reports = local.reports.map(printableLine).join(" ");
  io.stderr(`ztgate ${kind}: checking ${reports} (skip once with ${skip})\n`);
  const code = await check.run(
    [...localOptions(local, rest), ...rest, "--policy", policy, "--", ...local.reports],
    { ...io, cwd: root },
  );
  if (code === EXIT.blocked) {
    io.stderr(`ztgate ${kind}: rejected by policy. Fix the blocking findings or add a waiver.\n`);
  }
  return code;
}

export const hook: Command = {
  name: "hook",
  summary: "install or remove the git pre-push (or pre-commit) hook that runs the gate locally",
  usage: `ztgate hook install [--pre-push] [--pre-commit]   (default: --pre-push)
ztgate hook uninstall [--pre-push] [--pre-commit] (default: both)
ztgate hook run [--pre-push|--pre-commit] [check options]   what the hook runs

The hook runs local.commands from ztgate.yml (scanners, each with a timeout), then
\`ztgate check\` on local.reports with that policy (and local.baseline, local.kev,
local.epss and local.openvex, if set, as --baseline, --kev, --epss, -o openvex=FILE).
An existing hook is kept as HOOK${PREVIOUS_SUFFIX} and run first; uninstall puts it back.
Skip the hook once with git's own --no-verify.`,
  run(args, io) {
    const [verb, ...rest] = args;
    if (verb === "install") return install(rest, io);
    if (verb === "uninstall") return uninstall(rest, io);
    if (verb === "run") return runHook(rest, io);
    throw new GateError("usage: ztgate hook install|uninstall|run [--pre-push|--pre-commit]");
  },
};
