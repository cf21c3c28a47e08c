// The skeleton the structural scan (scan.ts) builds as it meets containers, keys and values:
// the stack of containers it is inside, which of them are walked or streamed (paths.ts), and
// where each value read whole or streamed element goes. Called once per container, key or
// value, never per byte: the byte loop and its states stay in scan.ts.
import { duplicateKeyError } from "./duplicates.js";
import { assignTo, placeKey, type Container, type Frame } from "./frames.js";
import { describePlace, roleOf } from "./paths.js";
import type { ScanOptions } from "./scan-options.js";
import { StreamedArray, type Skeleton } from "./skeleton.js";
import { LBRACE, LBRACKET, RBRACE, RBRACKET } from "./skip.js";
import type { Chunk, WholeValues } from "./whole.js";

export class SkeletonBuilder {
  private readonly stack: Frame[] = [];
  private readonly arrays: StreamedArray[] = [];
  private root: unknown;
  /** Start of the key of the streamed object's member being read. */
  private memberStart = 0;

  constructor(
    private readonly fd: number,
    private readonly options: ScanOptions,
    /** The chunk the scan holds (it moves the same object on). */
    private readonly chunk: Chunk,
    /** Parses and counts the values (and keys) read whole. */
    private readonly whole: WholeValues,
  ) {}

  /** The container the scan is inside, innermost. */
  get top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  get depth(): number {
    return this.stack.length;
  }

  /**
   * At a value starting with `c` at byte `at`: when it is an object or array walked into or
   * streamed, enters it and returns true; false when it is to be read whole.
   */
  open(c: number, at: number): boolean {
    const top = this.top;
    if (top?.streamed || (c !== LBRACE && c !== LBRACKET)) return false;
    const place = top ? [...top.place, placeKey(top)] : [];
    const role = roleOf(place, this.options.patterns);
    const members = role === "members" && c === LBRACE;
    if (role !== "walk" && !(role === "stream" && c === LBRACKET) && !members) return false;
    const container: Container = c === LBRACE ? {} : [];
    const frame: Frame = { container, place, key: "", openAt: at };
    if (role !== "walk") {
      frame.streamed = new StreamedArray(place, members);
      this.arrays.push(frame.streamed);
    }
    this.assign(container);
    this.stack.push(frame);
    return true;
  }

  /** Leaves the innermost container at its closing `c`; false when `c` does not close it. */
  close(c: number): boolean {
    const top = this.stack.pop();
    const want = top && Array.isArray(top.container) ? RBRACKET : RBRACE;
    return !!top && c === want;
  }

  /** The key in bytes [start, end), quotes included, of the innermost object. */
  key(start: number, end: number): void {
    const top = this.top!;
    const names = top.streamed?.names;
    if (names) {
      // A member of a streamed object: its range starts at the key (see StreamedArray).
      const name = this.whole.memberName(this.chunk, start, end);
      if (names.has(name)) {
        throw duplicateKeyError(this.fd, this.options.file, name, start);
      }
      names.add(name);
      this.memberStart = start;
      return;
    }
    const key = this.parseRange(start, end) as string;
    // Every member of a walked object is in the skeleton (streamed arrays as empty ones), so
    // a key already there was written twice (src/json-keys.ts).
    if (Object.hasOwn(top.container, key)) {
      throw duplicateKeyError(this.fd, this.options.file, key, start);
    }
    top.key = key;
  }

  /** The value in bytes [start, end): located when it is a streamed element, else parsed. */
  value(start: number, end: number): void {
    const top = this.top;
    if (top?.streamed) {
      top.streamed.push(top.streamed.members ? this.memberStart : start, end);
      top.key = "";
    } else {
      this.assign(this.parseRange(start, end));
    }
  }

  skeleton(): Skeleton {
    return { value: this.root, arrays: this.arrays };
  }

  /** Puts a value into the container on top of the stack (or makes it the document). */
  private assign(value: unknown): void {
    if (!assignTo(this.top, value)) this.root = value;
  }

  private parseRange(start: number, end: number): unknown {
    return this.whole.parse(this.chunk, start, end, () => {
      const top = this.top;
      return top ? describePlace([...top.place, placeKey(top)]) : "$";
    });
  }
}
