// `ztgate test`: runs the examples of every rule (against the policy that defines the rule, so
// a stricter local rule cannot break a pack's examples) and every *.test.yml case beside the
// policy (against the whole policy). Exit 1 when any fails, naming the rule and the example.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { checkExample, describeExample, type ExampleSpec } from "../gate/examples.js";
import { BUILTIN_PREFIX, type Origin, type Policy } from "../policy/load.js";
import { loadOrigin, loadPolicy } from "../io/policy-file.js";
import { validateTestFile } from "../policy/document.js";
import { BUILTIN_PACKS } from "../policy/packs.js";
import { findPolicyPath } from "../run.js";
import { GateError } from "../model/errors.js";
import { parseYaml } from "../policy/yaml-source.js";
import { printableLine } from "../model/safe-text.js";
import { EXIT, type Command } from "./types.js";

interface Tally {
  passed: number;
  failures: string[];
  untested: string[];
}

export const test: Command = {
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
    const { values } = parseArgs({
      args,
      options: { policy: { type: "string" }, pack: { type: "string", multiple: true } },
    });
    const tally: Tally = { passed: 0, failures: [], untested: [] };
    const targets: { policy: Policy; path?: string }[] = values.pack
      ? await Promise.all(
          values.pack.map(async (name) => ({ policy: await loadOrigin({ builtin: name }) })),
        )
      : [await policyTarget(findPolicyPath(values.policy, io.cwd))];
    let files = 0;
    for (const { policy, path } of targets) {
      await runRuleExamples(policy, tally);
      for (const file of path ? testFilesBeside(path) : []) {
        files++;
        runTestFile(file, policy, tally);
      }
    }
    // Failures and rule ids quote the policy: each one printable line.
    const lines = tally.failures.map((f) => `FAIL ${printableLine(f)}`);
    for (const rule of tally.untested)
      lines.push(`note: rule ${printableLine(rule)} has no examples`);
    const failed = tally.failures.length;
    lines.push(
      `ztgate test: ${tally.passed} passed, ${failed} failed` +
        ` (${targets.reduce((n, t) => n + t.policy.rules.length, 0)} rules, ${files} test files)`,
    );
    (failed > 0 ? io.stderr : io.stdout)(lines.join("\n") + "\n");
    return failed > 0 ? EXIT.blocked : EXIT.pass;
  },
};

async function policyTarget(path: string | undefined): Promise<{ policy: Policy; path?: string }> {
  // Test files sit beside a policy file; a built-in pack has none.
  const file = path && !path.startsWith(BUILTIN_PREFIX) ? { path } : {};
  return { policy: await loadPolicy(path), ...file };
}

function originKey(origin: Origin): string {
  return "builtin" in origin ? `builtin:${origin.builtin}` : origin.file;
}

async function runRuleExamples(policy: Policy, tally: Tally): Promise<void> {
  const origins = new Map<string, Policy>();
  for (const rule of policy.rules) {
    if (rule.examples.length === 0) {
      tally.untested.push(`${rule.id} (${rule.source})`);
      continue;
    }
    const key = originKey(rule.origin);
    const own = origins.get(key) ?? (await loadOrigin(rule.origin));
    origins.set(key, own);
    rule.examples.forEach((example, i) => {
      const where = `rule ${rule.id} (${rule.source}) example ${describeExample(example, i)}`;
      record(tally, where, checkExample(example, own, rule));
    });
  }
}

function testFilesBeside(policyPath: string): string[] {
  const dir = dirname(policyPath);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".test.yml"))
    .sort()
    .map((name) => join(dir, name));
}

function runTestFile(file: string, policy: Policy, tally: Tally): void {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new GateError(`cannot read test file (${(err as Error).message})`, { file });
  }
  const doc = validateTestFile(parseYaml(text, file));
  doc.tests.forEach((example: ExampleSpec, i) => {
    record(tally, `${file} test ${describeExample(example, i)}`, checkExample(example, policy));
  });
}

function record(tally: Tally, where: string, problems: string[]): void {
  if (problems.length === 0) tally.passed++;
  else tally.failures.push(`${where}: ${problems.join("; ")}`);
}
