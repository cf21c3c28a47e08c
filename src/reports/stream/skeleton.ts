// What the structural scan (scan.ts) produces: the document's skeleton and, for each streamed
// array, the byte ranges of its elements, which elements.ts then parses in batches.
import type { Place } from "./paths.js";

/**
 * Where a pretty-printed array's elements are, found from its indentation alone (scan.ts,
 * jumpOver): the bytes from the first element's start to the last one's end. Elements
 * are cut into blocks at `separator` ("},\n    {" for objects indented by 4), and each
 * block's JSON.parse verifies the cut (elements.ts).
 */
export interface Span {
  start: number;
  end: number;
  separator: Buffer;
}

/**
 * The elements of one streamed array: the byte range of each, in document order, or, for a
 * pretty-printed array of objects, one span (then `length` stays 0). The members of a
 * streamed object are its elements too, each range from the key's opening quote to the end
 * of the value, so that a block of them parses as an object.
 */
export class StreamedArray {
  starts = new Float64Array(1024);
  ends = new Float64Array(1024);
  length = 0;
  span?: Span;
  /** A streamed object's member names so far: a name met twice is a duplicated key, however
   * far apart the two are (they may be in different blocks). */
  readonly names?: Set<string>;
  constructor(
    readonly place: Place,
    /** An object streamed member by member, not an array. */
    readonly members = false,
  ) {
    if (members) this.names = new Set();
  }

  get empty(): boolean {
    return this.length === 0 && !this.span;
  }

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

/**
 * An array located by its indentation (a Span) turned out not to be laid out as it looked:
 * the caller scans the report again without taking that shortcut. Thrown instead of any error
 * met after such a shortcut, since the shortcut itself may be what went wrong.
 */
export class LayoutMismatch extends Error {
  constructor() {
    super("a streamed array is not laid out as its indentation suggested");
  }
}

/**
 * The scan read more of the document whole than ScanOptions.readWholeAbove: the format keeps
 * its bulk outside the arrays that stream, so streaming would not save the memory it is for,
 * and the caller reads the report whole instead (once, rather than after a scan).
 */
export class NotWorthStreaming extends Error {
  constructor() {
    super("most of the document is read whole");
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
