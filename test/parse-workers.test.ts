// Several reports parsed in worker threads (src/io/parse-workers.ts, dist/parse-worker.js)
// come back exactly as the in-process loop reads them, in argument order, with the same
// error for a bad report; without a worker script, or when told not to, nothing is parsed
// there. Real reports of several formats, XML among them.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadInWorkers } from "../src/io/parse-workers.js";
import { GateError } from "../src/model/errors.js";
import { loadEvidence, type ReportRequest } from "../src/reports/read.js";

const ROOT = join(import.meta.dirname, "..");
const WORKER = join(ROOT, "dist", "parse-worker.js");
const REAL = [
  "grype/many_vulns.json",
  "trivy/dd-samples__k-client_trivy-report.json",
  "cyclonedx/log4j.xml",
  "checkov/checkov-report-multiple-check_type.json",
  "sarif/codeQL-output.sarif",
];
const requests: ReportRequest[] = REAL.map((p) => ({ path: join(ROOT, "fixtures/real", p) }));

function inProcess(reqs: readonly ReportRequest[]) {
  return reqs.map((r) => loadEvidence(r));
}

describe("parse workers", () => {
  it("return every report as in-process loading does, in argument order", async () => {
    const reversed = [...requests].reverse();
    for (const reqs of [requests, reversed]) {
      const loaded = await loadInWorkers(reqs, { script: WORKER, setting: "always" });
      expect(loaded).toBeDefined();
      expect(loaded).toEqual(inProcess(reqs));
    }
  });

  it("raise the error of the first bad report in argument order, as in-process", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ztgate-workers-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"matches": [{"vulnerability": {}}]}');
    const reqs = [requests[0]!, { path: bad }, { path: join(dir, "missing.json") }];
    let expected: unknown;
    try {
      inProcess(reqs);
    } catch (err) {
      expected = err;
    }
    expect(expected).toBeInstanceOf(GateError);
    const got = await loadInWorkers(reqs, { script: WORKER, setting: "always" }).catch((e) => e);
    expect(got).toBeInstanceOf(GateError);
    expect((got as GateError).describe()).toBe((expected as GateError).describe());
  });

  it("leave small, single, unscripted or disabled runs to the in-process loop", async () => {
    const cases = [
      { reqs: requests, options: { script: WORKER } }, // a few KB: not worth a worker
      { reqs: requests.slice(0, 1), options: { script: WORKER, setting: "always" } },
      { reqs: requests, options: { script: join(ROOT, "no-such-worker.js"), setting: "always" } },
      { reqs: requests, options: { setting: "always" } },
      { reqs: requests, options: { script: WORKER, setting: "0" } },
    ];
    for (const { reqs, options } of cases)
      expect(await loadInWorkers(reqs, options)).toBeUndefined();
  });
});
