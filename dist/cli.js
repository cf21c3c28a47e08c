#!/usr/bin/env node
import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  GateError,
  PARSERS,
  SEVERITIES,
  errorMessage,
  loadPolicyFor,
  loadReport,
  resolveReportArgs,
  runCheck
} from "./chunks/chunk-S5AJICXA.js";

// src/commands/check.ts
import { parseArgs } from "node:util";

// src/output.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeFileAtomic(path, content) {
  let dir = dirname(path);
  mkdirSync(dir, { recursive: !0 });
  let temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, content), renameSync(temp, path);
  } catch (err) {
    throw rmSync(temp, { force: !0 }), err;
  }
}
function parseOutputArg(arg) {
  let eq = arg.indexOf("=");
  return eq === -1 ? { format: arg } : { format: arg.slice(0, eq), file: arg.slice(eq + 1) };
}

// package.json
var package_default = {
  name: "ztgate",
  version: "0.1.0",
  description: "Zero-trust policy gate for CI/CD: aggregates scanner reports, evaluates them against data-classification-aware rules, blocks merges and explains every decision.",
  license: "MIT",
  type: "module",
  bin: {
    ztgate: "dist/cli.js"
  },
  files: [
    "dist",
    "rules",
    "schema",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    test: "vitest run",
    lint: "tsc --noEmit && eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    bench: "node bench/run.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    ajv: "^8.20.0",
    "fast-xml-parser": "^5.12.1",
    minimatch: "^11.0.9",
    semver: "^7.8.6",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    prettier: "^3.10.1",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/reporters/console.ts
var COLORS = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, green: 32 };
function paint(text, color, ctx) {
  return ctx.color ? `\x1B[${COLORS[color]}m${text}\x1B[0m` : text;
}
var VERDICT_COLOR = {
  block: "red",
  warn: "yellow",
  info: "blue",
  ignored: "gray",
  waived: "gray"
};
function findingSubject(f) {
  let pkg = f.package ? `${f.package.name}${f.package.version ? `@${f.package.version}` : ""}` : "", where = f.location ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}` : f.target ?? "";
  return [pkg, where].filter(Boolean).join(" ");
}
function line(e, ctx) {
  let f = e.finding, verdict = paint(e.verdict.toUpperCase().padEnd(7), VERDICT_COLOR[e.verdict], ctx), tools = f.foundBy.length === 1 ? f.foundBy[0].tool : [...new Set(f.foundBy.map((s) => s.tool))].join("+"), fix = f.fix?.available ? ` fix: ${f.fix.versions.join(", ") || "available"}` : "", text = `  ${verdict} ${f.id.padEnd(20)} ${findingSubject(f)}  ${f.title} [${tools}]${fix}`;
  return ctx.verbosity === "verbose" && (text += `
           ${paint(e.reason, "gray", ctx)} (fingerprint ${f.fingerprint})`), text;
}
function outcomeLine(evaluation, ctx) {
  let { byVerdict } = evaluation.counts, color = evaluation.outcome === "fail" ? "red" : evaluation.outcome === "warn" ? "yellow" : "green", word = { fail: "BLOCKED", warn: "PASSED WITH WARNINGS", pass: "PASSED" }[evaluation.outcome];
  return `${paint(`ztgate: ${word}`, color, ctx)} (${byVerdict.block} blocking, ${byVerdict.warn} warning; policy ${evaluation.policy.source})`;
}
var consoleReporter = {
  id: "console",
  description: "findings grouped by severity with their verdicts, a totals line and the outcome",
  render(evaluation, ctx) {
    let out = [];
    if (ctx.verbosity !== "quiet") {
      let groups = new Map(SEVERITIES.map((s) => [s, []]));
      for (let e of evaluation.findings) groups.get(e.finding.severity).push(e);
      for (let severity of SEVERITIES) {
        let group = groups.get(severity);
        if (group.length !== 0) {
          out.push(paint(`${severity.toUpperCase()} (${group.length})`, "bold", ctx));
          for (let e of group) out.push(line(e, ctx));
          out.push("");
        }
      }
      let c = evaluation.counts;
      out.push(
        `${c.total} findings from ${evaluation.reports.length} reports: ` + SEVERITIES.map((s) => `${c.bySeverity[s]} ${s}`).join(", ") + ` | verdicts: ${c.byVerdict.block} block, ${c.byVerdict.warn} warn, ${c.byVerdict.info} info, ${c.byVerdict.waived} waived, ${c.byVerdict.ignored} ignored`
      );
    }
    return out.push(outcomeLine(evaluation, ctx)), out.join(`
`) + `
`;
  }
};

// src/reporters/json.ts
var json = {
  id: "json",
  description: "the full evaluation (every finding, verdict, rule and count) as JSON",
  render: (evaluation, context) => JSON.stringify({ tool: "ztgate", version: context.version, ...evaluation }, null, 2) + `
`
};

// src/reporters/index.ts
var REPORTERS = [consoleReporter, json];
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
  -o, --output F[=FILE] output format, repeatable: console (default), json
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
        version: VERSION
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
