// Several reports parsed on several cores: worker threads (one per core, at most one per
// report) each read and parse whole reports, and the parsed reports come back in the order
// they were given, so every output is the one the in-process loop writes. A report's error is
// raised as it would be in-process: the first failing report in argument order decides the
// message. Used only where it pays (several reports, enough bytes, cores that are free: a
// worker costs a start-up and a copy of its findings), and when workers cannot start or die,
// everything is parsed in-process instead.
import { existsSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { GateError } from "../model/errors.js";
import type { EvidenceReport, ReportRequest } from "../reports/read.js";

/** Below this many bytes in all, reports are parsed in-process: a worker first loads the whole
 * bundle again (a judgement, not a measurement: docs/design.md). */
export const WORKERS_FROM_BYTES = 8 * 2 ** 20;

export interface WorkerOptions {
  /** dist/parse-worker.js beside the CLI; absent or missing (the sources under test): in-process. */
  script?: string;
  /** ZTGATE_PARSE_WORKERS: "0" never uses workers, "always" at any size and load (tests). */
  setting?: string;
  onReport?: (index: number, total: number, path: string) => void;
}

/** Parsed reports in argument order, from workers where that pays; undefined: load in-process. */
export async function loadInWorkers(
  requests: readonly ReportRequest[],
  options: WorkerOptions,
): Promise<EvidenceReport[] | undefined> {
  const { script } = options;
  if (requests.length < 2 || options.setting === "0" || !script || !existsSync(script)) {
    return undefined;
  }
  if (options.setting !== "always" && totalBytes(requests) < WORKERS_FROM_BYTES) return undefined;
  // "always" also on one core, so that tests exercise the workers wherever they run.
  const cores = options.setting === "always" ? Math.max(2, availableParallelism()) : freeCores();
  const count = Math.min(cores, requests.length);
  if (count < 2) return undefined;
  let outcomes: Outcome[];
  try {
    // Loaded here, not at start-up: most runs never start a worker.
    const { Worker } = await import("node:worker_threads");
    outcomes = await runPool(Worker, script, requests, options.onReport, count);
  } catch {
    // The workers, not a report, failed (no threads, out of memory): the same work in-process.
    return undefined;
  }
  // In argument order, as the in-process loop would meet them: the first error is raised.
  return outcomes.map((o) => {
    if ("report" in o) return o.report;
    const { error } = o;
    if (error.gate) {
      throw new GateError(error.message, error, error.code);
    }
    throw new Error(error.message);
  });
}

type Outcome =
  | { report: EvidenceReport }
  | {
      error: {
        gate: boolean;
        message: string;
        file?: string;
        line?: number;
        column?: number;
        code?: string;
      };
    };

/**
 * Cores no other process is using (by the last minute's load average), at most all of them.
 * Workers only pay on a core that is free: with every core busy (a shared CI machine, a test
 * suite beside), five 10k-finding reports took 30 % more CPU and 50 % more wall time in
 * workers than in-process (their start-up and the structured clone of every finding).
 * Windows reports no load average (0): its cores count as free.
 */
function freeCores(): number {
  const cores = availableParallelism();
  return Math.max(0, Math.min(cores, Math.floor(cores - loadavg()[0]! + 0.5)));
}

function totalBytes(requests: readonly ReportRequest[]): number {
  let total = 0;
  for (const r of requests) {
    try {
      total += statSync(r.file ?? r.path).size;
    } catch {
      // Unreadable: loading it in-process names the file.
    }
  }
  return total;
}

/** Each worker takes the next report when it is done with one; rejects if a worker fails. */
function runPool(
  Worker: typeof import("node:worker_threads").Worker,
  script: string,
  requests: readonly ReportRequest[],
  onReport: WorkerOptions["onReport"],
  count: number,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(requests.length);
  const workers: InstanceType<typeof Worker>[] = [];
  let next = 0;
  let done = 0;
  return new Promise<Outcome[]>((resolve, reject) => {
    const stop = (fail?: unknown) => {
      for (const w of workers) void w.terminate();
      if (fail === undefined) resolve(outcomes);
      else reject(fail);
    };
    const give = (worker: InstanceType<typeof Worker>) => {
      if (next >= requests.length) return;
      const index = next++;
      onReport?.(index, requests.length, requests[index]!.path);
      worker.postMessage({ index, request: requests[index] });
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script);
      workers.push(worker);
      worker.on("message", (m: { index: number } & Outcome) => {
        outcomes[m.index] = "report" in m ? { report: m.report } : { error: m.error };
        if (++done === requests.length) stop();
        else give(worker);
      });
      worker.on("error", stop);
      worker.on("exit", (code) => {
        if (done < requests.length) stop(new Error(`parse worker exited with code ${code}`));
      });
      give(worker);
    }
  });
}
