// What the structural scan (scan.ts) produces: the document's skeleton and, for each streamed
// array, the byte ranges of its elements, which elements.ts then parses in batches.
import type { Place } from "./paths.js";

/** Byte ranges of the elements of one streamed array, in document order. */
export class StreamedArray {
  starts = new Float64Array(1024);
  ends = new Float64Array(1024);
  length = 0;
  constructor(readonly place: Place) {}

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
}

/** More than one JSON value (NDJSON): only a single document can be streamed. */
export class NotOneDocument extends Error {
  constructor() {
    super("more than one JSON value");
  }
}

export interface Skeleton {
  /** The document with every streamed array empty. */
  value: unknown;
  arrays: StreamedArray[];
}

export function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}
