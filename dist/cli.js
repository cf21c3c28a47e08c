#!/usr/bin/env node
import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  GateError,
  PARSERS,
  VERSION,
  annotationsReporter,
  consoleReporter,
  errorMessage,
  json,
  loadPolicyFor,
  loadReport,
  markdown,
  parseOutputArg,
  resolveReportArgs,
  runCheck,
  sarif,
  writeFileAtomic
} from "./chunks/chunk-53BJLVQZ.js";

// src/commands/check.ts
import { parseArgs } from "node:util";

// src/reporters/index.ts
var REPORTERS = [
  consoleReporter,
  json,
  markdown,
  sarif,
  annotationsReporter
];
function reporterById(id) {
  return REPORTERS.find((r) => r.id === id);
}

// src/commands/render.ts
function checkOutputs(outputs) {
  for (let o of outputs)
    if (!reporterById(o.format))
      throw new GateError(
        `unknown output format "${o.format}" (one of: ${REPORTERS.map((r) => r.id).join(", ")})`
      );
}
function emitOutputs(evaluation, outputs, context, io2) {
  for (let o of outputs) {
    let reporter = reporterById(o.format);
    if (!reporter) continue;
    let text = reporter.render(evaluation, o.file ? { ...context, color: !1 } : context);
    o.file ? writeFileAtomic(o.file, text) : io2.stdout(text);
  }
}
function wantsColor(io2) {
  return io2.env.NO_COLOR !== void 0 && io2.env.NO_COLOR !== "" ? !1 : io2.env.FORCE_COLOR !== void 0 && io2.env.FORCE_COLOR !== "0" ? !0 : io2.isTTY;
}

// src/commands/types.ts
var EXIT = { pass: 0, blocked: 1, undecided: 2 };

// src/commands/check.ts
var check = {
  name: "check",
  summary: "evaluate reports against the policy; exit 0 pass, 1 blocked, 2 cannot decide",
  usage: `ztgate check [REPORT|FORMAT:REPORT|GLOB ...] [options]

Options:
  --policy FILE        policy file (default: ztgate.yml or .ztgate.yml here, else built-in)
  -o, --output F[=FILE] output format, repeatable: console (default), json,
                       markdown, sarif
  -q, --quiet          print the verdict only
  -v, --verbose        print the reason for every finding`,
  run(args, io2) {
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: {
        policy: { type: "string" },
        output: { type: "string", short: "o", multiple: !0 },
        quiet: { type: "boolean", short: "q" },
        verbose: { type: "boolean", short: "v" }
      }
    });
    if (positionals.length === 0)
      throw new GateError(
        "no reports given: nothing to check is not a pass (ztgate check REPORT...)"
      );
    let outputs = (values.output ?? ["console"]).map(parseOutputArg);
    checkOutputs(outputs);
    let policy = loadPolicyFor(values.policy, io2.cwd), reports = resolveReportArgs(positionals, io2.cwd), { evaluation } = runCheck({ reports, policy, now: io2.now });
    return emitOutputs(
      evaluation,
      outputs,
      {
        color: wantsColor(io2),
        verbosity: values.quiet ? "quiet" : values.verbose ? "verbose" : "normal",
        version: VERSION,
        workspace: io2.cwd
      },
      io2
    ), evaluation.outcome === "fail" ? EXIT.blocked : EXIT.pass;
  }
};

// src/commands/formats.ts
var formats = {
  name: "formats",
  summary: "list the report formats ztgate reads and the outputs it writes",
  usage: "ztgate formats",
  run(_args, io2) {
    let width = Math.max(...PARSERS.map((p) => p.id.length)), lines = ["Report formats (detected from content; force one with FORMAT:PATH):"];
    for (let p of PARSERS)
      lines.push(`  ${p.id.padEnd(width)}  ${p.description} [${p.layers.join(", ")}]`);
    lines.push("", "Output formats (-o FORMAT[=FILE]):");
    for (let r of REPORTERS) lines.push(`  ${r.id.padEnd(width)}  ${r.description}`);
    return io2.stdout(lines.join(`
`) + `
`), EXIT.pass;
  }
};

// src/commands/parse.ts
import { parseArgs as parseArgs2 } from "node:util";
var parse = {
  name: "parse",
  summary: "print the normalised findings of each report, with no policy applied",
  usage: `ztgate parse REPORT|FORMAT:REPORT ... [-o json]

Prints {"reports":[{"path","format","findings":[...]}]}.`,
  run(args, io2) {
    let { values, positionals } = parseArgs2({
      args,
      allowPositionals: !0,
      options: { output: { type: "string", short: "o", default: "json" } }
    });
    if (values.output !== "json")
      throw new GateError(`parse writes json only (got -o ${values.output})`);
    if (positionals.length === 0) throw new GateError("no reports given (ztgate parse REPORT...)");
    let reports = resolveReportArgs(positionals, io2.cwd).map(loadReport);
    return io2.stdout(JSON.stringify({ reports }, null, 2) + `
`), EXIT.pass;
  }
};

// src/commands/index.ts
var COMMANDS = [check, parse, formats];
function commandByName(name) {
  return COMMANDS.find((c) => c.name === name);
}

// src/main.ts
function help() {
  let width = Math.max(...COMMANDS.map((c) => c.name.length));
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
    ""
  ].join(`
`);
}
async function main(argv, io2) {
  let [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io2.stdout(help()), name === void 0 ? EXIT.undecided : EXIT.pass;
  if (name === "--version" || name === "-V")
    return io2.stdout(`${VERSION}
`), EXIT.pass;
  let command = commandByName(name);
  if (!command)
    return io2.stderr(`ztgate: unknown command "${name}"

${help()}`), EXIT.undecided;
  if (rest.includes("--help") || rest.includes("-h"))
    return io2.stdout(`${command.usage}
`), EXIT.pass;
  try {
    return await command.run(rest, io2);
  } catch (err) {
    let known = err instanceof GateError || isArgError(err);
    return io2.stderr(`ztgate: ${known ? "error" : "internal error"}: ${errorMessage(err)}
`), EXIT.undecided;
  }
}
function isArgError(err) {
  return err instanceof Error && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS");
}

// src/cli.ts
var io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === !0,
  now: /* @__PURE__ */ new Date()
};
process.exitCode = await main(process.argv.slice(2), io);
