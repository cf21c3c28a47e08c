#!/usr/bin/env node
import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  BUILTIN_PACKS,
  GateError,
  PARSERS,
  VERSION,
  annotationsReporter,
  consoleReporter,
  errorMessage,
  findPolicyPath,
  identifiers,
  json,
  judge,
  loadOrigin,
  loadPolicy,
  loadPolicyFor,
  loadReport,
  makeFinding,
  markdown,
  parseOutputArg,
  parseYaml,
  policy_schema_default,
  resolveReportArgs,
  runCheck,
  sarif,
  validateTestFile,
  waiverState,
  writeFileAtomic
} from "./chunks/chunk-IWDVXQIF.js";

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
    let policy = loadPolicyFor(values.policy, io2.cwd), reports = resolveReportArgs(positionals, io2.cwd), { evaluation } = runCheck({ reports, policy, now: io2.now, root: io2.cwd });
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
    ), evaluation.errors.length > 0 ? (io2.stderr(evaluation.errors.map((e) => `ztgate: error: ${e}
`).join("")), EXIT.undecided) : evaluation.outcome === "fail" ? EXIT.blocked : EXIT.pass;
  }
};

// src/commands/explain.ts
import { parseArgs as parseArgs2 } from "node:util";
var explain = {
  name: "explain",
  summary: "explain the verdict of a finding (by fingerprint or id) in the given reports",
  usage: `ztgate explain FINGERPRINT|ID REPORT... [--policy FILE] [-o json]

FINGERPRINT may be a prefix (at least 6 characters); ID matches the id or any alias
(CVE-2021-44228, GHSA-..., CKV_AWS_260). Prints every matching finding's asset,
classification, controls, the rules considered, the one that decided, the waiver and
the scanners that found it.`,
  run(args, io2) {
    let { values, positionals } = parseArgs2({
      args,
      allowPositionals: !0,
      options: { policy: { type: "string" }, output: { type: "string", short: "o" } }
    }), [query, ...reportArgs] = positionals;
    if (!query || reportArgs.length === 0)
      throw new GateError("give a fingerprint or id and the reports (ztgate explain ID REPORT...)");
    let policy = loadPolicyFor(values.policy, io2.cwd), reports = resolveReportArgs(reportArgs, io2.cwd), { evaluation } = runCheck({ reports, policy, now: io2.now, root: io2.cwd }), found = evaluation.findings.filter((e) => matchesQuery(e, query));
    if (found.length === 0)
      throw new GateError(`no finding with fingerprint or id "${query}" in the given reports`);
    return values.output === "json" ? io2.stdout(JSON.stringify(found, null, 2) + `
`) : io2.stdout(found.map((e) => explainText(e, policy)).join(`
`) + `
`), EXIT.pass;
  }
};
function matchesQuery(e, query) {
  let q = query.toLowerCase();
  return q.length >= 6 && e.finding.fingerprint.startsWith(q) ? !0 : identifiers(e.finding).some((id) => id.toLowerCase() === q);
}
function explainText(e, policy) {
  let f = e.finding, severity = e.effectiveSeverity === f.severity ? f.severity : `${f.severity} (treated as ${e.effectiveSeverity})`, pkg = f.package ? `${f.package.name}@${f.package.version ?? "?"}` : "", where = f.location ? `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ""}` : f.target ?? "", fix = f.fix?.available ? `fix ${f.fix.versions.join(", ") || "available"}` : "no fix", lines = [
    [f.id, pkg, where].filter(Boolean).join(" "),
    `  title:     ${f.title}`,
    `  finding:   ${f.layer}, ${severity}, ${fix}; fingerprint ${f.fingerprint}`
  ];
  f.aliases.length > 0 && lines.push(`  aliases:   ${f.aliases.join(", ")}`), lines.push(`  found by:  ${f.foundBy.map((s) => `${s.tool} in ${s.report}`).join("; ")}`);
  let owner = e.owner ? `, owner ${e.owner}` : "";
  lines.push(
    e.asset ? `  asset:     ${e.asset} (${e.classification}${owner}) via ${e.assetVia ?? "?"}` : `  asset:     none matched; default classification ${e.classification}`
  ), lines.push(`  controls:  ${e.controls.join(", ") || "none"}`), lines.push("  rules considered:");
  for (let c of e.considered) {
    let mark = c.rule === e.rule ? "  <- decided" : "";
    lines.push(`    ${c.action.padEnd(6)} ${c.rule} (${c.source})${mark}`);
  }
  e.considered.length === 0 && lines.push("    none matched");
  let unmatched = policy.rules.length - e.considered.length;
  if (lines.push(`    (${unmatched} other rule(s) did not match)`), e.waiver) {
    let w = e.waiver, extra = [w.ticket && `ticket ${w.ticket}`, w.approvedBy && `approved by ${w.approvedBy}`].filter(Boolean).join(", ");
    lines.push(
      `  waiver:    ${w.id} by ${w.owner} until ${w.expires} (${w.source}): ${w.reason}${extra ? `; ${extra}` : ""}`
    );
  }
  return lines.push(`  verdict:   ${e.verdict.toUpperCase()}: ${e.reason}`), lines.join(`
`) + `
`;
}

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

// src/commands/init.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/commands/init.yml
var init_default = `# yaml-language-server: $schema=.ztgate.schema.json
# ztgate policy. Write the schema for editor completion with: ztgate schema > .ztgate.schema.json
# Reference: docs/policy.md. Check it with \`ztgate validate\`, run its examples with \`ztgate test\`.
version: 1

# Built-in packs: \`zero-trust\` (controls + classification-aware rules) or \`default\`.
extends: [zero-trust]

# What you protect and the class of data it holds: public < internal < confidential < restricted.
# A finding belongs to every asset matching its file, its image or the report it came from;
# the strictest classification wins.
assets:
  - name: web
    classification: public
    owner: team-web
    paths: ["web/**", "docs/**"]
  - name: api
    classification: confidential
    owner: team-api
    paths: ["services/api/**"]
    images: ["ghcr.io/example/api*"]

# Findings no asset claims.
default-classification: internal

# Evidence the gate needs; missing or stale evidence exits 2, never passes.
require:
  layers: [image, dependency, iac, secret]
  max-report-age: 7d

# Your own rules; the strictest matching rule wins, and a rule with the id of a pack rule
# replaces it.
rules:
  - id: block-critical-on-confidential
    description: Any critical finding blocks confidential and restricted assets, fix or not.
    when: { severity: critical, classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: CVE-2024-0001, layer: image, package: openssl, severity: critical }
        classification: restricted
        verdict: block

# Narrow, owned, temporary exceptions. Expired, over-long and unused waivers are reported.
waivers: []
#  - id: CVE-2024-1234
#    package: lodash
#    versions: "<4.17.21"
#    paths: ["web/**"]
#    reason: not reachable from user input; see SEC-42
#    owner: alice@example.com
#    approved-by: bob@example.com
#    ticket: SEC-42
#    expires: 2026-12-31

settings:
  fail-on: block # block | warn | never
  unknown-severity: high # unscored findings are never silently low
  max-waiver-days: 90
`;

// src/commands/init.ts
var init = {
  name: "init",
  summary: "write a commented starter ztgate.yml (never overwrites without --force)",
  usage: `ztgate init [FILE] [--force]

Writes a starter policy to FILE (default ztgate.yml). An existing file is kept unless --force.`,
  run(args, io2) {
    let { values, positionals } = parseArgs3({
      args,
      allowPositionals: !0,
      options: { force: { type: "boolean" } }
    }), file = positionals[0] ?? "ztgate.yml", path = resolve(io2.cwd, file);
    if (existsSync(path) && !values.force)
      throw new GateError("already exists; not overwritten (use --force to replace it)", { file });
    return writeFileAtomic(path, init_default), io2.stdout(`wrote ${file}: edit the assets, then run \`ztgate validate\` and \`ztgate test\`
`), EXIT.pass;
  }
};

// src/commands/parse.ts
import { parseArgs as parseArgs4 } from "node:util";
var parse = {
  name: "parse",
  summary: "print the normalised findings of each report, with no policy applied",
  usage: `ztgate parse REPORT|FORMAT:REPORT ... [-o json]

Prints {"reports":[{"path","format","findings":[...]}]}.`,
  run(args, io2) {
    let { values, positionals } = parseArgs4({
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

// src/commands/schema.ts
var schema = {
  name: "schema",
  summary: "print the policy JSON Schema (for editors and other tools)",
  usage: `ztgate schema

Prints schema/policy.schema.json. Editors with the YAML language server complete and check
ztgate.yml when its first line is:
  # yaml-language-server: $schema=https://raw.githubusercontent.com/ztgate/ztgate/main/schema/policy.schema.json`,
  run(_args, io2) {
    return io2.stdout(JSON.stringify(policy_schema_default, null, 2) + `
`), EXIT.pass;
  }
};

// src/commands/test.ts
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs as parseArgs5 } from "node:util";

// src/examples.ts
function exampleFinding(spec) {
  let layer = spec.layer ?? (spec.package ? "dependency" : "iac");
  return makeFinding(
    {
      tool: spec.tool ?? "example",
      layer,
      id: spec.id,
      aliases: spec.aliases,
      title: spec.title ?? spec.id,
      severity: spec.severity ?? "high",
      fix: spec.fixable === void 0 ? void 0 : { available: spec.fixable, versions: [] },
      package: spec.package ? { name: spec.package, version: spec.version } : void 0,
      location: spec.path ? { path: spec.path } : void 0,
      target: spec.target,
      cwe: spec.cwe,
      epss: spec.epss,
      kev: spec.kev,
      suppressed: spec.suppressed ? { kind: "example" } : void 0
    },
    spec.report ?? "example.json"
  );
}
function checkExample(example, policy, rule) {
  let finding = exampleFinding(example.finding), forced;
  if (example.asset !== void 0) {
    let asset = policy.assets.find((a) => a.spec.name === example.asset);
    if (!asset) return [`unknown asset "${example.asset}"`];
    forced = { asset: asset.spec.name, classification: asset.spec.classification };
  } else example.classification !== void 0 && (forced = { classification: example.classification });
  let judged = judge(finding, policy, { waivers: [], forced }), problems = [];
  if (rule) {
    let wanted = example.matches ?? !0;
    judged.matchedRules.includes(rule.id) !== wanted && problems.push(
      `rule ${wanted ? "did not match" : "matched"} (expected ${wanted ? "a match" : "no match"})`
    );
  }
  return example.verdict !== void 0 && judged.verdict !== example.verdict && problems.push(`expected verdict ${example.verdict}, got ${judged.verdict} (${judged.reason})`), example.rule !== void 0 && judged.rule !== example.rule && problems.push(`expected rule ${example.rule} to decide, got ${judged.rule ?? "none"}`), problems;
}
function describeExample(example, index) {
  return example.name ? `#${index + 1} "${example.name}"` : `#${index + 1} (${example.finding.id})`;
}

// src/commands/test.ts
var test = {
  name: "test",
  summary: "run the examples of every rule and the *.test.yml cases beside the policy",
  usage: `ztgate test [--policy FILE | --pack NAME ...]

Runs every rule's examples (each against the policy that defines the rule) and every
*.test.yml file in the policy's directory (against the whole policy).
Exit 0 when all pass, 1 when any fails, 2 when the policy or a test file is invalid.

Options:
  --policy FILE   policy file (default: ztgate.yml or .ztgate.yml here, else built-in)
  --pack NAME     test a built-in pack (repeatable): ${Object.keys(BUILTIN_PACKS).join(", ")}`,
  run(args, io2) {
    let { values } = parseArgs5({
      args,
      options: { policy: { type: "string" }, pack: { type: "string", multiple: !0 } }
    }), tally = { passed: 0, failures: [], untested: [] }, targets = values.pack ? values.pack.map((name) => ({ policy: loadOrigin({ builtin: name }) })) : [policyTarget(findPolicyPath(values.policy, io2.cwd))], files = 0;
    for (let { policy, path } of targets) {
      runRuleExamples(policy, tally);
      for (let file of path ? testFilesBeside(path) : [])
        files++, runTestFile(file, policy, tally);
    }
    let lines = tally.failures.map((f) => `FAIL ${f}`);
    for (let rule of tally.untested) lines.push(`note: rule ${rule} has no examples`);
    let failed = tally.failures.length;
    return lines.push(
      `ztgate test: ${tally.passed} passed, ${failed} failed (${targets.reduce((n, t) => n + t.policy.rules.length, 0)} rules, ${files} test files)`
    ), (failed > 0 ? io2.stderr : io2.stdout)(lines.join(`
`) + `
`), failed > 0 ? EXIT.blocked : EXIT.pass;
  }
};
function policyTarget(path) {
  return { policy: loadPolicy(path), ...path ? { path } : {} };
}
function originKey(origin) {
  return "builtin" in origin ? `builtin:${origin.builtin}` : origin.file;
}
function runRuleExamples(policy, tally) {
  let origins = /* @__PURE__ */ new Map();
  for (let rule of policy.rules) {
    if (rule.examples.length === 0) {
      tally.untested.push(`${rule.id} (${rule.source})`);
      continue;
    }
    let key = originKey(rule.origin), own = origins.get(key) ?? loadOrigin(rule.origin);
    origins.set(key, own), rule.examples.forEach((example, i) => {
      let where = `rule ${rule.id} (${rule.source}) example ${describeExample(example, i)}`;
      record(tally, where, checkExample(example, own, rule));
    });
  }
}
function testFilesBeside(policyPath) {
  let dir = dirname(policyPath);
  return readdirSync(dir).filter((name) => name.endsWith(".test.yml")).sort().map((name) => join(dir, name));
}
function runTestFile(file, policy, tally) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new GateError(`cannot read test file (${err.message})`, { file });
  }
  validateTestFile(parseYaml(text, file)).tests.forEach((example, i) => {
    record(tally, `${file} test ${describeExample(example, i)}`, checkExample(example, policy));
  });
}
function record(tally, where, problems) {
  problems.length === 0 ? tally.passed++ : tally.failures.push(`${where}: ${problems.join("; ")}`);
}

// src/commands/validate.ts
import { parseArgs as parseArgs6 } from "node:util";
var validate = {
  name: "validate",
  summary: "check the policy (and the packs it extends); errors name file:line:column",
  usage: `ztgate validate [--policy FILE]

Exit 0 when the policy is valid (expired and over-long waivers are listed as warnings),
2 with file:line:column and the problem otherwise.`,
  run(args, io2) {
    let { values } = parseArgs6({ args, options: { policy: { type: "string" } } }), policy = loadPolicyFor(values.policy, io2.cwd), lines = [
      `${policy.source}: valid (${policy.rules.length} rules, ${policy.assets.length} assets, ${policy.controls.length} controls, ${policy.waivers.length} waivers)`
    ];
    for (let w of policy.waivers) {
      let state = waiverState(w, io2.now, policy.settings.maxWaiverDays);
      state !== "active" && lines.push(`warning: ${w.source}: waiver for ${w.spec.id} is ${state} and does not apply`);
    }
    return io2.stdout(lines.join(`
`) + `
`), EXIT.pass;
  }
};

// src/commands/index.ts
var COMMANDS = [
  check,
  parse,
  formats,
  explain,
  validate,
  test,
  schema,
  init
];
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
