// The entry of a parse worker (io/parse-workers.ts): reads and parses the reports it is sent,
// one at a time, on another core, and posts each parsed report back, or the error that stopped
// it (a GateError's message and place, to be raised again as the same GateError).
import { parentPort } from "node:worker_threads";
import { GateError } from "./model/errors.js";
import { loadEvidence, type ReportRequest } from "./reports/read.js";

parentPort?.on("message", (job: { index: number; request: ReportRequest }) => {
  try {
    parentPort?.postMessage({ index: job.index, report: loadEvidence(job.request) });
  } catch (err) {
    const gate = err instanceof GateError;
    const error = {
      gate,
      message: err instanceof Error ? err.message : String(err),
      ...(gate ? { file: err.file, line: err.line, column: err.column, code: err.code } : {}),
    };
    parentPort?.postMessage({ index: job.index, error });
  }
});
