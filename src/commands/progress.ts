// A progress line on stderr for slow runs: silent for the first second (most runs finish
// sooner and should print nothing extra), then "parsing 3/40: path", rewritten in place.
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
  return {
    step(index, total, label) {
      if (!enabled || clock() - start < delayMs) return;
      shown = true;
      write(`${CLEAR_LINE}ztgate: parsing ${index + 1}/${total}: ${printableLine(label)}`);
    },
    finish() {
      if (shown) write(CLEAR_LINE);
      shown = false;
    },
  };
}
