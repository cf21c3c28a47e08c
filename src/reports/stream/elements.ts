// Pass 2 of streaming: the elements of one streamed array, read back in blocks of about
// `blockBytes` and parsed with one JSON.parse per block, handed out in batches. Only one
// block of raw bytes and one batch of parsed elements are alive at a time.
import { readSync } from "node:fs";
import { GateError } from "../../model/errors.js";
import { rejectDuplicateKeys } from "./duplicates.js";
import { LayoutMismatch, type Span, type StreamedArray } from "./skeleton.js";

// 1 MiB: as fast as 4 MiB (JSON.parse's per-call cost is small next to a block), and the
// parsed block alive while its findings are built is a quarter the size (SARIF 100k: peak RSS
// 228 → 220 MB, Grype 100k: 280 → 250 MB).
const BLOCK_BYTES = 1 << 20;

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }

/** Elements of an array, or members of an object streamed member by member. */
export type Batch = unknown[] | Record<string, unknown>;

/** How far into the file the batches have read (for the CLI's progress line). */
export interface ReadPosition {
  bytes: number;
}

export function elementBatches(
  fd: number,
  array: StreamedArray,
  file: string,
  blockBytes = BLOCK_BYTES,
  position: ReadPosition = { bytes: 0 },
): Generator<Batch> {
  return array.span
    ? spanBatches(fd, array.span, file, blockBytes, position)
    : rangeBatches(fd, array, file, blockBytes, position);
}

/** Elements whose byte ranges the scan recorded one by one. */
function* rangeBatches(
  fd: number,
  array: StreamedArray,
  file: string,
  blockBytes: number,
  position: ReadPosition,
): Generator<Batch> {
  let buf = Buffer.alloc(blockBytes + 2);
  let i = 0;
  while (i < array.length) {
    const blockStart = array.starts[i]!;
    // Elements are contiguous in the file: take as many whole ones as fit in a block (at
    // least one, however large).
    let j = i + 1;
    while (j < array.length && array.ends[j]! - blockStart <= blockBytes) j++;
    const size = array.ends[j - 1]! - blockStart;
    if (size + 2 > buf.length) buf = Buffer.alloc(size + 2);
    readSync(fd, buf, 1, size, blockStart);
    let block: Block<Batch>;
    try {
      block = parseBlock(buf, size, array.members);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${(err as Error).message} (in the elements from byte ${blockStart})`,
        { file },
      );
    }
    const batch = block.elements;
    // The block's text starts with the "[" written one byte before the first element.
    rejectDuplicateKeys(fd, file, block.text, batch, blockStart - 1);
    const count = Array.isArray(batch) ? batch.length : Object.keys(batch).length;
    if (count !== j - i) {
      throw new GateError(`is not valid JSON: elements from byte ${blockStart} are malformed`, {
        file,
      });
    }
    position.bytes = array.ends[j - 1]!;
    yield batch;
    i = j;
  }
}

/**
 * Elements located as one span (scan.ts, jumpOver): each block ends at the last separator
 * ("},\n    {") in it, so it holds whole elements if the indentation told the truth, and its
 * JSON.parse fails if not. Parsing every block as an array proves the whole span is a list
 * of elements, so a span that parses is exactly the array's elements.
 */
function* spanBatches(
  fd: number,
  span: Span,
  file: string,
  blockBytes: number,
  position: ReadPosition,
): Generator<unknown[]> {
  const { separator } = span;
  let buf = Buffer.alloc(blockBytes + 2);
  let start = span.start;
  while (start < span.end) {
    // Widen the block until it holds a separator (an element larger than a block) or the
    // rest of the span.
    let size = Math.min(blockBytes, span.end - start);
    let cut: number;
    for (;;) {
      if (size + 2 > buf.length) buf = Buffer.alloc(size + 2);
      readSync(fd, buf, 1, size, start);
      if (start + size === span.end) {
        cut = size;
        break;
      }
      const at = buf.subarray(1, size + 1).lastIndexOf(separator);
      if (at >= 0) {
        cut = at + 1; // after the "}"
        break;
      }
      size = Math.min(size * 2, span.end - start);
    }
    let block: Block;
    try {
      block = parseBlock(buf, cut);
    } catch {
      throw new LayoutMismatch();
    }
    rejectDuplicateKeys(fd, file, block.text, block.elements, start - 1);
    position.bytes = start + cut;
    yield block.elements;
    // The separator starts with the block's last byte and ends with the next one's first.
    start += cut - 1 + separator.length - 1;
  }
}

/** A block's text and its elements (the text is kept for the duplicated-key check). */
interface Block<T = unknown[]> {
  text: string;
  elements: T;
}

/** JSON.parse of the `size` bytes at buf[1..] as an array (or, for members, an object): "["
 * and "]" are written around them in the buffer, which is cheaper than adding them to the
 * decoded string. */
function parseBlock(buf: Buffer, size: number): Block;
function parseBlock(buf: Buffer, size: number, members: boolean): Block<Batch>;
function parseBlock(buf: Buffer, size: number, members = false): Block<Batch> {
  buf[0] = members ? OPEN_OBJECT : OPEN;
  buf[size + 1] = members ? CLOSE_OBJECT : CLOSE;
  const text = buf.toString("utf8", 0, size + 2);
  return { text, elements: JSON.parse(text) as Batch };
}
