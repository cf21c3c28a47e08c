// What the structural scan (scan.ts) is told about the report it scans.
import type { Pattern } from "./paths.js";

export interface ScanOptions {
  file: string;
  /** Where the JSON text starts (after a byte order mark). */
  start: number;
  patterns: readonly Pattern[];
  /** Largest value read whole; larger ones cannot be parsed as one string. */
  maxWholeBytes: number;
  /** Bytes read at a time (tests make it tiny to cross every boundary). */
  chunkBytes?: number;
  /** Throw NotWorthStreaming once more than this many bytes, or more than
   * MAX_WORTH_STREAMING_VALUES values (keys included), are read whole (unset: never; see
   * whole.ts). */
  readWholeAbove?: number;
  /** Locate pretty-printed arrays of objects by their indentation (see jumpOver); on unless
   * false, which is how a report is scanned again after a LayoutMismatch. */
  byLayout?: boolean;
}
