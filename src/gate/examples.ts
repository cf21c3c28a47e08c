// Rule examples and *.test.yml cases: small findings written in YAML with the verdict the
// policy must give them. `ztgate test` runs them; every built-in rule has some (a test checks).
import type { Assignment } from "../policy/assets.js";
import { judge } from "./judge.js";
import { makeFinding } from "../model/make-finding.js";
import type { Finding, Suppression } from "../model/finding.js";
import type { ExampleFindingSpec, ExampleSpec, Policy, Rule } from "../policy/types.js";

export type { ExampleFindingSpec, ExampleSpec };

export function exampleFinding(spec: ExampleFindingSpec): Finding {
  const layer =
    spec.layer ?? (spec.license !== undefined ? "license" : spec.package ? "dependency" : "iac");
  return makeFinding(
    {
      tool: spec.tool ?? "example",
      layer,
      id: spec.id,
      aliases: spec.aliases,
      title: spec.title ?? spec.id,
      severity: spec.severity ?? "high",
      fix: spec.fixable === undefined ? undefined : { available: spec.fixable, versions: [] },
      package: spec.package ? { name: spec.package, version: spec.version } : undefined,
      location: spec.path ? { path: spec.path } : undefined,
      target: spec.target,
      cwe: spec.cwe,
      category: spec.category,
      epss: spec.epss,
      kev: spec.kev,
      license: spec.license,
      suppressed: exampleSuppression(spec.suppressed),
    },
    spec.report ?? "example.json",
  );
}

function exampleSuppression(suppressed: boolean | string | undefined): Suppression | undefined {
  if (typeof suppressed === "string") return { kind: "example", justification: suppressed };
  return suppressed ? { kind: "example" } : undefined;
}

/** What went wrong with one example, in words; empty when it holds. */
export function checkExample(example: ExampleSpec, policy: Policy, rule?: Rule): string[] {
  const finding = exampleFinding(example.finding);
  let forced: Assignment | undefined;
  if (example.asset !== undefined) {
    const asset = policy.assets.find((a) => a.spec.name === example.asset);
    if (!asset) return [`unknown asset "${example.asset}"`];
    forced = { asset: asset.spec.name, classification: asset.spec.classification };
  } else if (example.classification !== undefined) {
    forced = { classification: example.classification };
  }
  const judged = judge(finding, policy, { waivers: [], forced });
  const problems: string[] = [];
  if (rule) {
    const wanted = example.matches ?? true;
    const matched = judged.matchedRules.includes(rule.id);
    if (matched !== wanted) {
      problems.push(
        `rule ${wanted ? "did not match" : "matched"} (expected ${wanted ? "a match" : "no match"})`,
      );
    }
  }
  if (example.verdict !== undefined && judged.verdict !== example.verdict) {
    problems.push(`expected verdict ${example.verdict}, got ${judged.verdict} (${judged.reason})`);
  }
  if (example.rule !== undefined && judged.rule !== example.rule) {
    problems.push(`expected rule ${example.rule} to decide, got ${judged.rule ?? "none"}`);
  }
  return problems;
}

export function describeExample(example: ExampleSpec, index: number): string {
  return example.name ? `#${index + 1} "${example.name}"` : `#${index + 1} (${example.finding.id})`;
}
