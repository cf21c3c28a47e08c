// Pass 2 of streaming: the elements of one streamed array, read back from their recorded byte
// ranges in blocks and parsed one at a time, handed out in batches. Only one block of raw
// bytes and one batch of parsed elements are alive at a time.
import { readSync } from "node:fs";
import { GateError } from "../errors.js";
import type { StreamedArray } from "./skeleton.js";

const BLOCK_BYTES = 4 << 20;

export function* elementBatches(
  fd: number,
  array: StreamedArray,
  file: string,
  blockBytes = BLOCK_BYTES,
): Generator<unknown[]> {
  let buf = Buffer.alloc(blockBytes);
  let i = 0;
  while (i < array.length) {
    const blockStart = array.starts[i]!;
    // Elements are contiguous in the file: take as many whole ones as fit in a block (at
    // least one, however large).
    let j = i + 1;
    while (j < array.length && array.ends[j]! - blockStart <= blockBytes) j++;
    const blockEnd = array.ends[j - 1]!;
    if (blockEnd - blockStart > buf.length) buf = Buffer.alloc(blockEnd - blockStart);
    readSync(fd, buf, 0, blockEnd - blockStart, blockStart);
    // The block is "element, element, ..." exactly as in the file: one JSON.parse of it as an
    // array is much cheaper than one per element.
    const text = buf.toString("utf8", 0, blockEnd - blockStart);
    let batch: unknown[];
    try {
      batch = JSON.parse(`[${text}]`) as unknown[];
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${(err as Error).message} (in the elements from byte ${blockStart})`,
        { file },
      );
    }
    if (batch.length !== j - i) {
      throw new GateError(`is not valid JSON: elements from byte ${blockStart} are malformed`, {
        file,
      });
    }
    yield batch;
    i = j;
  }
}
