// Evaluations of real and synthetic findings for reporter tests, made by the real pipeline.
import { join } from "node:path";
import { evaluate, type Evaluation } from "../../src/gate/evaluate.js";
import { makeFinding, type FindingInput } from "../../src/model/make-finding.js";
import { type Policy } from "../../src/policy/load.js";
import { loadPolicy } from "../../src/io/policy-file.js";
import { runCheck } from "../../src/run.js";

/** The built-in policy, loaded once for the synchronous helpers. */
const BUILTIN = await loadPolicy(undefined);

export const ROOT = join(import.meta.dirname, "../..");
export const NOW = new Date("2026-11-22T00:00:00Z");

/** The built-in default policy over report files (paths relative to fixtures/, FORMAT:PATH forces). */
export function evaluateFixtures(...files: string[]): Evaluation {
  return evaluateReports(BUILTIN, files);
}

/** A policy from fixtures/policies/NAME/ztgate.yml (undefined: built-in) over report files. */
export async function evaluateWithPolicy(
  policy: string | undefined,
  ...files: string[]
): Promise<Evaluation> {
  const loaded = await loadPolicy(policy && join(ROOT, "fixtures/policies", policy, "ztgate.yml"));
  return evaluateReports(loaded, files);
}

function evaluateReports(policy: Policy, files: string[]): Evaluation {
  return runCheck({
    root: ROOT,
    reports: files.map((f) => {
      const forced = /^([a-z-]+):(.+)$/.exec(f);
      return forced
        ? { format: forced[1], path: join(ROOT, "fixtures", forced[2]!) }
        : { path: join(ROOT, "fixtures", f) };
    }),
    policy,
    now: NOW,
  }).evaluation;
}

/** `n` synthetic findings (critical, fixable: blocked by the default policy). */
export function syntheticEvaluation(n: number, overrides: Partial<FindingInput> = {}): Evaluation {
  const findings = Array.from({ length: n }, (_, i) =>
    makeFinding(
      {
        tool: "trivy",
        layer: "dependency",
        id: `CVE-2026-${String(10000 + i)}`,
        title: `Synthetic vulnerability number ${i} with a long enough title to take some room`,
        severity: "critical",
        fix: { available: true, versions: ["9.9.9"] },
        package: { name: `pkg-${i}`, version: "1.0.0" },
        location: { path: `services/app-${i % 50}/package-lock.json`, startLine: i + 1 },
        ...overrides,
      },
      "reports/synthetic.json",
    ),
  );
  return evaluate(findings, BUILTIN, NOW);
}
