import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  loadEvidence
} from "./chunks/chunk-AZ3UIT6N.js";
import "./chunks/chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunks/chunk-2W6IXLVT.js";
import "./chunks/chunk-H2LZCDX7.js";

// src/parse-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (job) => {
  try {
    parentPort?.postMessage({ index: job.index, report: loadEvidence(job.request) });
  } catch (err) {
    let gate = err instanceof GateError, error = {
      gate,
      message: err instanceof Error ? err.message : String(err),
      ...gate ? { file: err.file, line: err.line, column: err.column, code: err.code } : {}
    };
    parentPort?.postMessage({ index: job.index, error });
  }
});
