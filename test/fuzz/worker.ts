// One fuzz target (a parser, or the policy loader) in a worker thread, so the fuzz script can
// run two at a time and notice a hang: it posts before and after every input, and the script
// terminates a worker that goes quiet.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { inputsFor } from "./mutate.js";
import { BUGS, runPolicy, runReport, scratch, type Outcome, type Result } from "./outcome.js";
import { policyInputs, policySeeds } from "./policy-inputs.js";
import { ROOT, seedsByParser } from "./seeds.js";

export const POLICY_TARGET = "policy-loader";
const BATCH = 100;

export interface WorkerJob {
  target: string;
  runs: number;
  seed: number;
  failures: string;
}

export type WorkerMessage =
  | { type: "start"; index: number; description: string }
  | { type: "done"; counts: Partial<Record<Outcome, number>>; bugs: string[]; slowest: number };

interface Case {
  description: string;
  bytes: Uint8Array;
  run(dir: string): Result | Promise<Result>;
}

function cases(target: string): fc.Arbitrary<Case> {
  if (target === POLICY_TARGET) {
    const report = join(ROOT, "fixtures/demo/payments-image.trivy.json");
    return policyInputs(policySeeds()).map(({ text, description }) => ({
      description,
      bytes: new TextEncoder().encode(text),
      run: (dir) => runPolicy(text, report, dir),
    }));
  }
  const seeds = seedsByParser().get(target) ?? [];
  return fc.tuple(inputsFor(seeds), fc.boolean()).map(([input, forced]) => ({
    description: `${forced ? "forced" : "detected"} ${input.description}`,
    bytes: input.bytes,
    run: (dir) => runReport(input.bytes, target, forced, dir),
  }));
}

async function fuzz({ target, runs, seed, failures }: WorkerJob): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("fuzz worker started outside a worker thread");
  const arbitrary = cases(target);
  const counts: Partial<Record<Outcome, number>> = {};
  const bugs: string[] = [];
  let slowest = 0;
  const work = scratch();
  for (let start = 0; start < runs; start += BATCH) {
    const batch = fc.sample(arbitrary, {
      seed: seed + start,
      numRuns: Math.min(BATCH, runs - start),
    });
    for (const [offset, c] of batch.entries()) {
      const index = start + offset;
      port.postMessage({
        type: "start",
        index,
        description: c.description,
      } satisfies WorkerMessage);
      const began = performance.now();
      const r = await c.run(work.dir);
      slowest = Math.max(slowest, performance.now() - began);
      counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
      if (BUGS.includes(r.outcome) && bugs.length < 20) {
        const file = join(failures, `${target}-${index}.bin`);
        writeFileSync(file, c.bytes);
        bugs.push(`${r.outcome}: ${c.description}: ${r.message.split("\n")[0]} (input: ${file})`);
      }
    }
  }
  work.dispose();
  port.postMessage({ type: "done", counts, bugs, slowest } satisfies WorkerMessage);
}

if (parentPort) await fuzz(workerData as WorkerJob);
