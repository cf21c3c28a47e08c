import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  readLocalConfig
} from "./chunk-B5MP7AYV.js";
import "./chunk-HOB2LCJN.js";
import "./chunk-IDR6HBXA.js";
import {
  check
} from "./chunk-4CYKTKUY.js";
import "./chunk-5U6PBBQA.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-TX4A2UTH.js";
import "./chunk-B536PXOM.js";
import {
  writeFileAtomic
} from "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import {
  locateRepository
} from "./chunk-YXWZ77PM.js";
import "./chunk-AZ3UIT6N.js";
import "./chunk-CM4JX6AH.js";
import "./chunk-XJ6G5EST.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-5WKSFMGQ.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import "./chunk-QW6IHFNX.js";
import "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// src/local/hook-script.ts
var HOOK_KINDS = ["pre-push", "pre-commit"], HOOK_MARKER = "# ztgate-hook v1", PREVIOUS_SUFFIX = ".ztgate-previous";
function isZtgateHook(text) {
  return text.split(`
`, 3).includes(HOOK_MARKER);
}
function shellQuote(value) {
  return `'${value.replace(/'/g, "'\\''")}'`;
}
function runPrevious(kind) {
  return kind !== "pre-push" ? ['if [ -x "$previous" ]; then', '  "$previous" "$@" || exit $?', "fi"] : [
    'if [ -x "$previous" ]; then',
    "  stdin_copy=$(mktemp) || exit 1",
    '  cat > "$stdin_copy"',
    '  "$previous" "$@" < "$stdin_copy"',
    "  status=$?",
    '  rm -f "$stdin_copy"',
    '  [ "$status" -eq 0 ] || exit "$status"',
    "fi"
  ];
}
function renderHookScript({ kind, node, cli }) {
  let skip = kind === "pre-push" ? "git push --no-verify" : "git commit --no-verify";
  return [
    "#!/bin/sh",
    HOOK_MARKER,
    `# ${kind}: runs \`ztgate hook run\` on the reports listed under local: in ztgate.yml.`,
    "# Installed by `ztgate hook install`; `ztgate hook uninstall` removes it and restores the",
    `# hook that was here before (kept as ${kind}${PREVIOUS_SUFFIX}, run first). Skip once: ${skip}`,
    `ztgate_node=${shellQuote(node)}`,
    `ztgate_cli=${shellQuote(cli)}`,
    `previous="$(dirname "$0")/${kind}${PREVIOUS_SUFFIX}"`,
    ...runPrevious(kind),
    'if [ -x "$ztgate_node" ] && [ -f "$ztgate_cli" ]; then',
    `  exec "$ztgate_node" "$ztgate_cli" hook run --${kind}`,
    "elif command -v ztgate >/dev/null 2>&1; then",
    `  exec ztgate hook run --${kind}`,
    "elif command -v npx >/dev/null 2>&1; then",
    `  exec npx --no-install ztgate hook run --${kind}`,
    "fi",
    `echo "ztgate ${kind} hook: ztgate not found (was $ztgate_cli); reinstall with 'npx ztgate hook install', or skip once with '${skip}'" >&2`,
    "exit 1",
    ""
  ].join(`
`);
}

// src/local/hook-install.ts
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
function git(args, cwd) {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"]
    }).trim();
  } catch {
    throw new GateError("not inside a git working tree (git rev-parse failed)", { file: cwd });
  }
}
function gitHooksDir(cwd) {
  let top = git(["rev-parse", "--show-toplevel"], cwd);
  return resolve(top, git(["rev-parse", "--git-path", "hooks"], top));
}
function installHook(hooksDir, input) {
  let path = join(hooksDir, input.kind), previous = path + PREVIOUS_SUFFIX, result = "installed";
  if (existsSync(path))
    if (isZtgateHook(readFileSync(path, "utf8")))
      result = "updated";
    else {
      if (existsSync(previous))
        throw new GateError(
          `a ${input.kind} hook exists and so does ${previous}: move one of them away first; nothing was changed`,
          { file: path }
        );
      renameSync(path, previous), result = "chained";
    }
  return mkdirSync(hooksDir, { recursive: !0 }), writeFileAtomic(path, renderHookScript(input)), chmodSync(path, 493), result;
}
function uninstallHook(hooksDir, kind) {
  let path = join(hooksDir, kind), previous = path + PREVIOUS_SUFFIX;
  if (!existsSync(path)) return "absent";
  if (!isZtgateHook(readFileSync(path, "utf8")))
    throw new GateError(`this ${kind} hook was not installed by ztgate; left as it is`, {
      file: path
    });
  return rmSync(path), existsSync(previous) ? (renameSync(previous, path), "restored") : "removed";
}

// src/local/commands.ts
import { spawn } from "node:child_process";
function runOne(command, cwd) {
  return new Promise((resolve2, reject) => {
    let child = spawn("/bin/sh", ["-c", command.run], {
      cwd,
      detached: !0,
      stdio: ["ignore", 2, 2]
    }), timedOut = !1, killGroup = () => {
      child.pid !== void 0 && process.kill(-child.pid, "SIGKILL");
    }, timer = setTimeout(() => {
      timedOut = !0, killGroup();
    }, command.timeoutMs);
    process.once("SIGINT", killGroup);
    let done = () => {
      clearTimeout(timer), process.off("SIGINT", killGroup);
    };
    child.on("error", (err) => {
      done(), reject(new GateError(`local command "${command.name}" could not run: ${err.message}`));
    }), child.on("exit", (code, signal) => {
      done(), resolve2({ code, signal, timedOut });
    });
  });
}
async function runLocalCommands(commands, cwd, log) {
  for (let command of commands) {
    log(`ztgate: running ${printableLine(command.name)}: ${printableLine(command.run)}
`);
    let { code, signal, timedOut } = await runOne(command, cwd);
    if (timedOut)
      throw new GateError(
        `local command "${command.name}" did not finish within ${command.timeoutMs / 1e3}s`
      );
    if (code === null || !command.okExitCodes.includes(code)) {
      let how = code === null ? `was killed (${signal})` : `exited ${code}`;
      throw new GateError(
        `local command "${command.name}" ${how} (ok: ${command.okExitCodes.join(", ")})`
      );
    }
  }
}

// src/commands/hook.ts
var KIND_FLAGS = HOOK_KINDS.map((k) => `--${k}`);
function splitKinds(args) {
  return { kinds: HOOK_KINDS.filter((k) => args.includes(`--${k}`)), rest: args.filter((a) => !KIND_FLAGS.includes(a)) };
}
function install(args, io) {
  let { kinds, rest } = splitKinds(args);
  if (rest.length > 0) throw new GateError(`unexpected argument "${rest[0]}"`);
  if (!io.self) throw new GateError("cannot tell where this ztgate is installed");
  let dir = gitHooksDir(io.cwd);
  for (let kind of kinds.length > 0 ? kinds : ["pre-push"]) {
    let result = installHook(dir, { kind, node: io.self.node, cli: io.self.script }), note = {
      installed: "",
      updated: " (updated the ztgate hook already there)",
      chained: ` (the existing hook was kept as ${kind}${PREVIOUS_SUFFIX} and runs first)`
    }[result];
    io.stdout(`ztgate: installed the ${kind} hook in ${dir}${note}
`);
  }
  return EXIT.pass;
}
function uninstall(args, io) {
  let { kinds, rest } = splitKinds(args);
  if (rest.length > 0) throw new GateError(`unexpected argument "${rest[0]}"`);
  let dir = gitHooksDir(io.cwd);
  for (let kind of kinds.length > 0 ? kinds : HOOK_KINDS) {
    let result = uninstallHook(dir, kind), said = {
      removed: `removed the ${kind} hook`,
      restored: `removed the ${kind} hook and restored the one that was there before`,
      absent: `no ${kind} hook to remove`
    }[result];
    io.stdout(`ztgate: ${said}
`);
  }
  return EXIT.pass;
}
function localOptions(local, rest) {
  let options = [
    ...local.baseline ? ["--baseline", local.baseline] : [],
    ...local.kev ? ["--kev", local.kev] : [],
    ...local.epss ? ["--epss", local.epss] : []
  ];
  if (!local.openvex) return options;
  let outputsGiven = rest.some((a) => a.startsWith("-o") || a.startsWith("--output"));
  return [...options, ...outputsGiven ? [] : ["-o", "console"], "-o", `openvex=${local.openvex}`];
}
async function runHook(args, io) {
  let { kinds, rest } = splitKinds(args), kind = kinds[0] ?? "pre-push", { policyPath: policy, root } = locateRepository(void 0, io.cwd);
  if (!policy)
    throw new GateError(
      `no ztgate.yml or .ztgate.yml in ${io.cwd}: the hook checks the reports listed under its local: key`
    );
  let local = readLocalConfig(policy);
  if (!local || local.reports.length === 0)
    throw new GateError("no local.reports: list the reports the hook should check", {
      file: policy
    });
  await runLocalCommands(local.commands, root, io.stderr);
  let skip = kind === "pre-push" ? "git push --no-verify" : "git commit --no-verify", reports = local.reports.map(printableLine).join(" ");
  io.stderr(`ztgate ${kind}: checking ${reports} (skip once with ${skip})
`);
  let code = await check.run(
    [...localOptions(local, rest), ...rest, "--policy", policy, "--", ...local.reports],
    { ...io, cwd: root }
  );
  return code === EXIT.blocked && io.stderr(`ztgate ${kind}: rejected by policy. Fix the blocking findings or add a waiver.
`), code;
}
var hook = {
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
    let [verb, ...rest] = args;
    if (verb === "install") return install(rest, io);
    if (verb === "uninstall") return uninstall(rest, io);
    if (verb === "run") return runHook(rest, io);
    throw new GateError("usage: ztgate hook install|uninstall|run [--pre-push|--pre-commit]");
  }
};
export {
  hook
};
