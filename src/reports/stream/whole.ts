// Values the scan reads whole (everything outside the streamed arrays): parsed from the bytes
// already read, and counted, so that a report that is mostly such values is read whole
// instead (NotWorthStreaming; see index.ts, readWholeAbove).
import { readSync } from "node:fs";
import { GateError } from "../../model/errors.js";
import { rejectDuplicateKeys } from "./duplicates.js";
import { mb, NotWorthStreaming } from "./skeleton.js";

/**
 * The skeleton of a report that streams has few values read whole (Grype's about 50, a Trivy
 * report's about 10 per result); a format whose findings are not in streamed arrays but in a
 * walked one (a top-level array of findings: gitleaks) has millions, each parsed alone at
 * about 1.5 µs, 3 to 4 times a JSON.parse of the whole report. Past this many, readWholeAbove
 * gives up as it does on bytes.
 */
export const MAX_WORTH_STREAMING_VALUES = 20_000;

export interface WholeOptions {
  file: string;
  /** Largest value read whole; larger ones cannot be parsed as one string. */
  maxWholeBytes: number;
  /** Give up (NotWorthStreaming) past this many bytes read whole (unset: never). */
  readWholeAbove?: number;
}

/** The chunk of the file the scan holds: buf[0, n) is the file from byte `base`. */
export interface Chunk {
  buf: Buffer;
  base: number;
  n: number;
}

export class WholeValues {
  private bytes = 0;
  private values = 0;

  constructor(
    private readonly fd: number,
    private readonly options: WholeOptions,
  ) {}

  /** Throws NotWorthStreaming once the budget is spent, counting `pending` bytes of a value
   * still being read (a huge one gives up before its end). */
  check(pending: number): void {
    const limit = this.options.readWholeAbove;
    if (limit === undefined) return;
    if (this.bytes + pending > limit || this.values > MAX_WORTH_STREAMING_VALUES) {
      throw new NotWorthStreaming();
    }
  }

  /** The value in bytes [start, end) of the file; `place` names it for an error. */
  parse(chunk: Chunk, start: number, end: number, place: () => string): unknown {
    const { file, maxWholeBytes } = this.options;
    this.check(end - start);
    this.bytes += end - start;
    this.values++;
    if (end - start > maxWholeBytes) {
      throw new GateError(
        `cannot be streamed: ${place()} is ${mb(end - start)} and is not one of the arrays ztgate reads element by element (see docs/design.md, Performance)`,
        { file },
      );
    }
    const text = this.decode(chunk, start, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${(err as Error).message} (in the value at byte ${start})`,
        { file },
      );
    }
    rejectDuplicateKeys(this.fd, file, text, value, start);
    return value;
  }

  /**
   * The name of a streamed object's member, from the key's bytes [start, end) quotes
   * included. Not counted as read whole: the members are what streams. A key without escapes
   * is its bytes; the JSON.parse of the member's block checks them all the same.
   */
  memberName(chunk: Chunk, start: number, end: number): string {
    const text = this.decode(chunk, start, end);
    if (!text.includes("\\")) return text.slice(1, -1);
    try {
      return JSON.parse(text) as string;
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${(err as Error).message} (in the key at byte ${start})`,
        { file: this.options.file },
      );
    }
  }

  private decode(chunk: Chunk, start: number, end: number): string {
    if (start >= chunk.base && end <= chunk.base + chunk.n) {
      return chunk.buf.toString("utf8", start - chunk.base, end - chunk.base);
    }
    const bytes = Buffer.alloc(end - start);
    readSync(this.fd, bytes, 0, bytes.length, start);
    return bytes.toString("utf8");
  }
}
