import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-2OMR3V4T.js";
import {
  guardIO
} from "./chunk-24VQTDZU.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import {
  GateError,
  errorMessage
} from "./chunk-2W6IXLVT.js";
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// src/commands/index.ts
var COMMANDS = [
  { name: "check", load: async () => (await import("./check-4HEXFZ7Q.js")).check },
  { name: "parse", load: async () => (await import("./parse-TJQXJFLQ.js")).parse },
  { name: "formats", load: async () => (await import("./formats-F2K5GXPM.js")).formats },
  { name: "hook", load: async () => (await import("./hook-XS5JWZJV.js")).hook },
  { name: "baseline", load: async () => (await import("./baseline-D4IEOPFN.js")).baseline },
  { name: "budget", load: async () => (await import("./budget-7SWW3TLM.js")).budget },
  { name: "explain", load: async () => (await import("./explain-2QYVTU27.js")).explain },
  { name: "validate", load: async () => (await import("./validate-HPIWYQ2Y.js")).validate },
  { name: "test", load: async () => (await import("./test-BZI7NB4X.js")).test },
  { name: "schema", load: async () => (await import("./schema-7S4PY3Z7.js")).schema },
  { name: "init", load: async () => (await import("./init-Q7CC3SFO.js")).init }
];
async function commandByName(name) {
  return COMMANDS.find((c) => c.name === name)?.load();
}
function loadAllCommands() {
  return Promise.all(COMMANDS.map((c) => c.load()));
}

// src/commands/main.ts
async function help() {
  let COMMANDS2 = await loadAllCommands(), width = Math.max(...COMMANDS2.map((c) => c.name.length));
  return [
    `ztgate ${VERSION}: zero-trust policy gate for CI/CD`,
    "",
    "Usage: ztgate <command> [options]",
    "",
    "Commands:",
    ...COMMANDS2.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `ztgate <command> --help` for a command's options.",
    "Exit codes: 0 pass (warnings allowed), 1 blocked by policy, 2 cannot decide.",
    ""
  ].join(`
`);
}
async function main(argv, rawIO) {
  let io = guardIO(rawIO), [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io.stdout(await help()), name === void 0 ? EXIT.undecided : EXIT.pass;
  if (name === "--version" || name === "-V")
    return io.stdout(`${VERSION}
`), EXIT.pass;
  let command = await commandByName(name);
  if (!command)
    return io.stderr(`ztgate: unknown command "${printableLine(name)}"

${await help()}`), EXIT.undecided;
  if (rest.includes("--help") || rest.includes("-h"))
    return io.stdout(`${command.usage}
`), EXIT.pass;
  try {
    return await command.run(rest, io);
  } catch (err) {
    let known = err instanceof GateError || isArgError(err);
    return io.stderr(`ztgate: ${known ? "error" : "internal error"}: ${errorMessage(err)}
`), EXIT.undecided;
  }
}
function isArgError(err) {
  return err instanceof Error && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS");
}
export {
  main
};
