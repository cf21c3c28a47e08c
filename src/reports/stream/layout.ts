// Finding a pretty-printed array's elements by their layout instead of walking its bytes
// (see scan.ts, jumpOver, and elements.ts): the byte sequences that separate and close the
// elements, and a native search for them. A guess that JSON.parse then checks.
import { readSync } from "node:fs";

/**
 * The separator between the array's elements ("},\n    {": the whitespace before the first
 * one repeated) and what closes the array ("}\n  ]": the indentation of the line of its
 * "["), or undefined when the array is not laid out one element per line.
 */
export function arrayLayout(
  fd: number,
  fileStart: number,
  open: number,
  first: number,
): { separator: Buffer; close: Buffer } | undefined {
  const gap = first - open - 1;
  if (gap < 1 || gap > 256) return undefined;
  const before = Math.max(fileStart, open - 256);
  const bytes = Buffer.alloc(first - before);
  readSync(fd, bytes, 0, bytes.length, before);
  const lead = bytes.subarray(open + 1 - before); // between "[" and the first "{"
  if (lead[0] !== 0x0a && !(lead[0] === 0x0d && lead[1] === 0x0a)) return undefined;
  const line = bytes.lastIndexOf(0x0a, open - before);
  if (line < 0 && before > fileStart) return undefined;
  let indent = line + 1;
  while (bytes[indent] === 0x20 || bytes[indent] === 0x09) indent++;
  const eol = lead[0] === 0x0d ? "\r\n" : "\n";
  return {
    separator: Buffer.concat([Buffer.from("},"), lead, Buffer.from("{")]),
    close: Buffer.concat([
      Buffer.from("}" + eol),
      bytes.subarray(line + 1, indent),
      Buffer.from("]"),
    ]),
  };
}

/** The first position of `needle` in the file from `position` on, or -1; each read overlaps
 * the last by the needle's length, so a needle across two reads is found. */
export function searchFile(fd: number, buf: Buffer, needle: Buffer, position: number): number {
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, position);
    const at = indexOfNeedle(buf, n, needle, 0);
    if (at >= 0) return position + at;
    if (n < buf.length) return -1;
    position += n - needle.length;
  }
}

/**
 * Where `needle` first starts in buf[from, n), or -1. Found from its last byte (Buffer.indexOf
 * of one byte is a memchr, and "]" is rarer than "}"); Buffer.indexOf of the whole needle is
 * slower when it is long ("}\n      ]"): past 6 bytes it becomes a Boyer-Moore-Horspool search
 * that moves one byte at a time through indentation, 5 to 10 times slower on these reports.
 */
export function indexOfNeedle(buf: Buffer, n: number, needle: Buffer, from: number): number {
  const last = needle.length - 1;
  for (let q = from + last; q < n; q++) {
    q = buf.indexOf(needle[last]!, q);
    if (q < 0 || q >= n) return -1;
    let k = 1;
    while (k <= last && buf[q - k] === needle[last - k]) k++;
    if (k > last) return q - last;
  }
  return -1;
}
