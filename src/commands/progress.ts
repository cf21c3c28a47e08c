// A progress line on stderr for slow runs: silent for the first second (most runs finish
// sooner and should print nothing extra), then "parsing 3/40: path", rewritten in place, and
// for a large report "reading 1/1: path: 240.0 of 800.0 MB, 35,000 findings so far".
// Only ever enabled for a terminal stderr, so logs and captured output never contain it.
export interface ProgressOptions {
  write: (text: string) => void;
  enabled: boolean;
  /** Milliseconds from any fixed origin; injected so tests need no real time. */
  clock: () => number;
  delayMs?: number;
}

export interface Progress {
  step(index: number, total: number, label: string): void;
  /** Within the current report: bytes read of its size, and findings so far. */
  read(bytes: number, size: number, findings: number): void;
  finish(): void;
}

import { printableLine } from "../model/safe-text.js";

const CLEAR_LINE = "\r\u001b[2K";

export function createProgress({
  write,
  enabled,
  clock,
  delayMs = 1000,
}: ProgressOptions): Progress {
  const start = clock();
  let shown = false;
  let current = "";
  return {
    step(index, total, label) {
      current = `${index + 1}/${total}: ${printableLine(label)}`;
      if (!enabled || clock() - start < delayMs) return;
      shown = true;
      write(`${CLEAR_LINE}ztgate: parsing ${current}`);
    },
    read(bytes, size, findings) {
      if (!enabled || clock() - start < delayMs) return;
      shown = true;
      const read =
        size > 0
          ? `${megabytes(bytes).replace(" MB", "")} of ${megabytes(size)}`
          : megabytes(bytes);
      write(
        `${CLEAR_LINE}ztgate: reading ${current}: ${read}, ` +
          `${findings.toLocaleString("en-US")} findings so far`,
      );
    },
    finish() {
      if (shown) write(CLEAR_LINE);
      shown = false;
    },
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
