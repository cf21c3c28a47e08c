// Pass 1 of streaming a report too large to hold as one string: a structural scan over the
// bytes, chunk by chunk. Every value is either walked into (objects and arrays on the way to a
// streamed array), streamed (an array whose elements are only located: their byte ranges are
// recorded, nothing is parsed) or read whole (everything else: its bytes are JSON.parsed).
// The result is the document's skeleton, with each streamed array left empty, plus where the
// streamed elements are. Memory is the skeleton plus 16 bytes per element.
//
// Walking every byte of a streamed array in JavaScript costs about a third of a JSON.parse of
// it, so pretty-printed arrays of objects (what scanners write) are not walked: the end of
// such an array is found from its indentation with one native search (jumpOver), and the
// elements are later cut into blocks the same way. That is a guess, and JSON.parse of each
// block in pass 2 checks it; a wrong guess throws LayoutMismatch and the report is scanned
// again byte by byte (index.ts).
//
// This file is the byte loop and its states; what the containers, keys and values it meets
// become in the skeleton is build.ts.
import { readSync } from "node:fs";
import { GateError } from "../../model/errors.js";
import { SkeletonBuilder } from "./build.js";
import { LayoutJumper } from "./jump.js";
import type { ScanOptions } from "./scan-options.js";
import { LayoutMismatch, NotOneDocument, NotWorthStreaming, type Skeleton } from "./skeleton.js";
import { WholeValues, type Chunk } from "./whole.js";
import { LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET, ValueSkipper } from "./skip.js";

const COMMA = 0x2c;
const COLON = 0x3a;

const CHUNK_BYTES = 8 << 20;

const enum State {
  Value, // a value starts next (or, right after "[", the array ends)
  AfterValue, // "," or the end of the enclosing container
  Key, // a key starts next (or, right after "{", the object ends)
  KeyString, // inside a key
  Colon,
  Whole, // inside an object or array read whole
  WholeString, // inside a string read whole
  WholeScalar, // inside a number or literal read whole
  Done,
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isScalarEnd = (c: number) => c === COMMA || c === RBRACE || c === RBRACKET || isSpace(c);

export function scanDocument(fd: number, options: ScanOptions): Skeleton {
  return new Scanner(fd, options).run();
}

class Scanner {
  private state = State.Value;
  private allowClose = false;
  /** Start of the value (or key) being read whole. */
  private valueStart = 0;
  /** Strings and nesting inside a value read whole, across chunks. */
  private readonly skipper = new ValueSkipper();
  /** The bytes read last; the builder and the jumper read values and layout from it. */
  private readonly chunk: Chunk;
  private readonly jumper: LayoutJumper;
  /** Parses and counts the values (and keys) read whole. */
  private readonly whole: WholeValues;
  private readonly builder: SkeletonBuilder;
  /** An array was located by its indentation: errors may come from that guess. */
  private jumped = false;

  constructor(
    private readonly fd: number,
    private readonly options: ScanOptions,
  ) {
    this.chunk = { buf: Buffer.alloc(options.chunkBytes ?? CHUNK_BYTES), base: 0, n: 0 };
    this.whole = new WholeValues(fd, options);
    this.jumper = new LayoutJumper(fd, options.start);
    this.builder = new SkeletonBuilder(fd, options, this.chunk, this.whole);
  }

  run(): Skeleton {
    try {
      return this.scan();
    } catch (err) {
      // Reading whole is right whatever the layout: no need to scan again for that.
      if (this.jumped && !(err instanceof NotWorthStreaming)) throw new LayoutMismatch();
      throw err;
    }
  }

  private scan(): Skeleton {
    const { chunk } = this;
    let position = this.options.start;
    for (;;) {
      const n = readSync(this.fd, chunk.buf, 0, chunk.buf.length, position);
      if (n === 0) break;
      chunk.base = position;
      chunk.n = n;
      position = this.scanChunk();
      // A value read whole that is still going on counts too: give up before its end.
      this.whole.check(this.readingWhole() ? position - this.valueStart : 0);
    }
    if (this.state === State.WholeScalar && this.builder.depth === 0) {
      this.endWhole(position);
    }
    if (this.state !== State.Done) {
      throw new GateError(`is not valid JSON: unexpected end of input at byte ${position}`, {
        file: this.options.file,
      });
    }
    return this.builder.skeleton();
  }

  /** Scans the chunk in `buf`; returns where in the file to read on from. */
  private scanChunk(): number {
    const { buf, base, n } = this.chunk;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case State.Whole: {
          const end = this.skipper.skipNested(buf, n, i);
          if (end < 0) return base + n;
          i = end;
          this.endWhole(base + end);
          break;
        }
        case State.WholeString:
        case State.KeyString: {
          const q = this.skipper.skipString(buf, n, i);
          if (q < 0) return base + n;
          i = q + 1;
          if (this.state === State.KeyString) this.endKey(base + i);
          else this.endWhole(base + i);
          break;
        }
        case State.WholeScalar:
          while (i < n && !isScalarEnd(buf[i]!)) i++;
          if (i < n) this.endWhole(base + i);
          break;
        default: {
          const c = buf[i]!;
          if (isSpace(c)) {
            i++;
            continue;
          }
          if (c === LBRACE && this.state === State.Value) {
            const after = this.jumpOver(i);
            if (after >= base + n) return after;
            if (after >= 0) {
              i = after - base;
              continue;
            }
          }
          i = this.structural(c, i);
        }
      }
    }
    return base + n;
  }

  /** One significant byte outside any value being read whole. */
  private structural(c: number, i: number): number {
    switch (this.state) {
      case State.Value:
        if (this.allowClose && c === RBRACKET) return this.close(c, i);
        this.startValue(c, i);
        return i + 1;
      case State.Key:
        if (this.allowClose && c === RBRACE) return this.close(c, i);
        if (c !== QUOTE) this.unexpected(c, i);
        this.valueStart = this.chunk.base + i;
        this.state = State.KeyString;
        return i + 1;
      case State.Colon:
        if (c !== COLON) this.unexpected(c, i);
        this.state = State.Value;
        this.allowClose = false;
        return i + 1;
      case State.AfterValue: {
        const top = this.builder.top;
        if (!top) return this.unexpected(c, i);
        if (c === COMMA) {
          this.state = Array.isArray(top.container) ? State.Value : State.Key;
          this.allowClose = false;
          return i + 1;
        }
        return this.close(c, i);
      }
      case State.Done:
        throw new NotOneDocument();
      default:
        return this.unexpected(c, i);
    }
  }

  private startValue(c: number, i: number): void {
    this.valueStart = this.chunk.base + i;
    if (this.builder.open(c, this.valueStart)) {
      this.state = c === LBRACE ? State.Key : State.Value;
      this.allowClose = true;
    } else if (c === LBRACE || c === LBRACKET) {
      this.state = State.Whole;
      this.skipper.enter();
    } else if (c === QUOTE) {
      this.state = State.WholeString;
    } else if (c === RBRACE || c === RBRACKET || c === COMMA || c === COLON) {
      this.unexpected(c, i);
    } else {
      this.state = State.WholeScalar;
    }
  }

  private close(c: number, i: number): number {
    if (!this.builder.close(c)) return this.unexpected(c, i);
    this.afterValue();
    return i + 1;
  }

  private afterValue(): void {
    this.state = this.builder.depth === 0 ? State.Done : State.AfterValue;
    this.allowClose = false;
  }

  /**
   * At the first element of a streamed array, when it is an object: finds the array's end
   * from the indentation instead of walking the elements (jump.ts). Returns the position
   * after the last element, or -1 when the array does not look pretty-printed (it is then
   * walked as before).
   */
  private jumpOver(i: number): number {
    const top = this.builder.top;
    const array = top?.streamed;
    if (!top || !array?.empty || array.members || this.options.byLayout === false) return -1;
    const span = this.jumper.span(this.chunk, top.openAt, this.chunk.base + i);
    if (!span) return -1;
    array.span = span;
    this.jumped = true;
    this.state = State.AfterValue;
    this.allowClose = false;
    return span.end;
  }

  private endKey(end: number): void {
    this.builder.key(this.valueStart, end);
    this.state = State.Colon;
  }

  private endWhole(end: number): void {
    this.builder.value(this.valueStart, end);
    this.afterValue();
  }

  /** Inside a value read whole (not a streamed element, which is only located). */
  private readingWhole(): boolean {
    const { state } = this;
    const inValue =
      state === State.Whole || state === State.WholeString || state === State.WholeScalar;
    return inValue && !this.builder.top?.streamed;
  }

  private unexpected(c: number, i: number): never {
    throw new GateError(
      `is not valid JSON: unexpected "${String.fromCharCode(c)}" at byte ${this.chunk.base + i}`,
      { file: this.options.file },
    );
  }
}
