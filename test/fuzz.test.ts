// A fixed-seed sample of the fuzzer (npm run fuzz runs thousands per parser): hostile variants
// of every parser's real reports, and of the real policies, must end in exit 0, 1 or 2 with
// the file named, never a crash or a changed prototype. fast-check shrinks a failure to a
// small input and prints it with the seed that reproduces it.
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { PARSERS } from "../src/reports/parsers/index.js";
import { inputsFor } from "./fuzz/mutate.js";
import { BUGS, runPolicy, runReport, scratch } from "./fuzz/outcome.js";
import { policyInputs, policySeeds } from "./fuzz/policy-inputs.js";
import { ROOT, seedsByParser } from "./fuzz/seeds.js";

const SEED = 20261122;
const RUNS = 12;
const seeds = seedsByParser();
const work = scratch();
afterAll(() => work.dispose());

function expectNoBug(r: { outcome: string; message: string }, description: string): void {
  if (BUGS.includes(r.outcome as never)) {
    throw new Error(`${r.outcome} on ${description}: ${r.message}`);
  }
}

describe("hostile reports end in exit 0, 1 or 2 naming the file", () => {
  it.each(PARSERS.map((p) => [p.id]))("%s", async (id) => {
    await fc.assert(
      fc.asyncProperty(inputsFor(seeds.get(id) ?? []), fc.boolean(), async (input, forced) => {
        expectNoBug(await runReport(input.bytes, id, forced, work.dir), input.description);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("hostile policies end in exit 0, 1 or 2 naming the file", () => {
  it("policy loader", async () => {
    const report = `${ROOT}/fixtures/demo/payments-image.trivy.json`;
    await fc.assert(
      fc.asyncProperty(policyInputs(policySeeds()), async (input) => {
        expectNoBug(await runPolicy(input.text, report, work.dir), input.description);
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });
});
