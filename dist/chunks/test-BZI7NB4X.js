import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-HOB2LCJN.js";
import {
  validateTestFile
} from "./chunk-ZDXNRERM.js";
import "./chunk-IDR6HBXA.js";
import {
  BUILTIN_PACKS,
  BUILTIN_PREFIX,
  findPolicyPath,
  loadOrigin,
  loadPolicy
} from "./chunk-YXWZ77PM.js";
import "./chunk-AZ3UIT6N.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import {
  judge
} from "./chunk-QW6IHFNX.js";
import {
  makeFinding
} from "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// src/commands/test.ts
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";

// src/gate/examples.ts
function exampleFinding(spec) {
  let layer = spec.layer ?? (spec.license !== void 0 ? "license" : spec.package ? "dependency" : "iac");
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
      category: spec.category,
      epss: spec.epss,
      kev: spec.kev,
      license: spec.license,
      suppressed: exampleSuppression(spec.suppressed)
    },
    spec.report ?? "example.json"
  );
}
function exampleSuppression(suppressed) {
  return typeof suppressed == "string" ? { kind: "example", justification: suppressed } : suppressed ? { kind: "example" } : void 0;
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
  --policy FILE   policy file, or built-in:NAME (default: ztgate.yml or .ztgate.yml
                  here, else built-in:default)
  --pack NAME     test a built-in pack (repeatable): ${Object.keys(BUILTIN_PACKS).join(", ")}`,
  async run(args, io) {
    let { values } = parseArgs({
      args,
      options: { policy: { type: "string" }, pack: { type: "string", multiple: !0 } }
    }), tally = { passed: 0, failures: [], untested: [] }, targets = values.pack ? await Promise.all(
      values.pack.map(async (name) => ({ policy: await loadOrigin({ builtin: name }) }))
    ) : [await policyTarget(findPolicyPath(values.policy, io.cwd))], files = 0;
    for (let { policy, path } of targets) {
      await runRuleExamples(policy, tally);
      for (let file of path ? testFilesBeside(path) : [])
        files++, runTestFile(file, policy, tally);
    }
    let lines = tally.failures.map((f) => `FAIL ${printableLine(f)}`);
    for (let rule of tally.untested)
      lines.push(`note: rule ${printableLine(rule)} has no examples`);
    let failed = tally.failures.length;
    return lines.push(
      `ztgate test: ${tally.passed} passed, ${failed} failed (${targets.reduce((n, t) => n + t.policy.rules.length, 0)} rules, ${files} test files)`
    ), (failed > 0 ? io.stderr : io.stdout)(lines.join(`
`) + `
`), failed > 0 ? EXIT.blocked : EXIT.pass;
  }
};
async function policyTarget(path) {
  let file = path && !path.startsWith(BUILTIN_PREFIX) ? { path } : {};
  return { policy: await loadPolicy(path), ...file };
}
function originKey(origin) {
  return "builtin" in origin ? `builtin:${origin.builtin}` : origin.file;
}
async function runRuleExamples(policy, tally) {
  let origins = /* @__PURE__ */ new Map();
  for (let rule of policy.rules) {
    if (rule.examples.length === 0) {
      tally.untested.push(`${rule.id} (${rule.source})`);
      continue;
    }
    let key = originKey(rule.origin), own = origins.get(key) ?? await loadOrigin(rule.origin);
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
export {
  test
};
