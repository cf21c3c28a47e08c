// The scan's shortcut over a pretty-printed array of objects (scan.ts, jumpOver): where the
// array ends, found from its indentation with a native search instead of walking its bytes.
import { arrayLayout, indexOfNeedle, searchFile } from "./layout.js";
import type { Span } from "./skeleton.js";

/** The chunk the scan holds: buf[0, n) is the file from byte `base`. */
export interface ScanChunk {
  buf: Buffer;
  base: number;
  n: number;
}

export class LayoutJumper {
  /** For reading on past the chunk, which stays as it is for the scan. */
  private searchBuf?: Buffer;

  constructor(
    private readonly fd: number,
    private readonly fileStart: number,
  ) {}

  /**
   * The span of an array whose "[" is at `openAt` and whose first element's "{" is at
   * `start` (in the chunk), or undefined when the array does not look pretty-printed. A
   * pretty-printer puts the array's "]" on a line of its own, indented like the line of its
   * "[", right after the last element's "}"; and no line inside the array is indented that
   * little. Raw newlines cannot occur inside JSON strings, so "}\n<indent>]" is found by a
   * native search (see indexOfNeedle).
   */
  span(chunk: ScanChunk, openAt: number, start: number): Span | undefined {
    const layout = arrayLayout(this.fd, this.fileStart, openAt, start);
    if (!layout) return undefined;
    const at = this.find(chunk, layout.close, start);
    if (at < 0) return undefined;
    return { start, end: at + 1, separator: layout.separator };
  }

  /** The first position of `needle` in the file at or after `from` (which is in the chunk),
   * or -1. */
  private find({ buf, base, n }: ScanChunk, needle: Buffer, from: number): number {
    const at = indexOfNeedle(buf, n, needle, from - base);
    if (at >= 0) return base + at;
    if (n < buf.length) return -1; // the chunk ends the file
    this.searchBuf ??= Buffer.alloc(Math.max(buf.length, 1 << 16));
    return searchFile(this.fd, this.searchBuf, needle, base + n - needle.length);
  }
}
