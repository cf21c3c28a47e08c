// Reports too large to hold as one string (V8 caps strings at ~512 MiB) are streamed: the
// skeleton of the document is built normally, and the big arrays a parser declares in
// `stream.arrays` are handed to it a batch of elements at a time (DESIGN §4 parsers; see
// docs/design.md, Performance). A report that cannot be streamed is exit 2 with its size.
import { closeSync, openSync, readSync } from "node:fs";
import type { ReportInput } from "../../model/report-input.js";
import { GateError } from "../../model/errors.js";
import type { Finding } from "../../model/finding.js";
import type { Parser } from "../parsers/types.js";
import { elementBatches, type Batch, type ReadPosition } from "./elements.js";
import { setMember } from "./frames.js";
import {
  compilePattern,
  containerPattern,
  describePlace,
  type Pattern,
  type Place,
} from "./paths.js";
import { sampleOf } from "./sample.js";
import { scanDocument } from "./scan.js";
import {
  LayoutMismatch,
  mb,
  NotOneDocument,
  NotWorthStreaming,
  type Skeleton,
} from "./skeleton.js";

/** Largest value read whole while streaming: below V8's string limit with room to spare. */
export const MAX_WHOLE_BYTES = 256 * 2 ** 20;

export interface StreamedReport {
  parser: Parser;
  /** The skeleton: the document with every streamed array empty. */
  input: ReportInput;
  findings: Finding[];
}

/** Reports up to this size that are mostly read whole by the scan are read whole instead. */
export const READ_WHOLE_FALLBACK_BYTES = 128 * 2 ** 20;

/** V8's maximum string length: a report up to this size can still be read whole. */
export const MAX_STRING_BYTES = 0x1fffffe8;

/** Tests make these small to exercise what only large reports otherwise reach. */
export interface StreamLimits {
  /** Formats that cannot be streamed are read whole up to this size (V8's string limit). */
  readWholeUpTo?: number;
  /** So are reports the scan reads mostly whole (see readWholeAbove), unless false. */
  readWholeFallback?: boolean;
  /** Bytes of elements parsed per batch. */
  blockBytes?: number;
}

/** Called after each streamed batch: bytes of the file read so far, findings so far. */
export type OnStreamProgress = (bytesRead: number, findings: number) => void;

/**
 * The findings of a large report, streamed; undefined when its format cannot be streamed but
 * the file is small enough to read whole (the caller then does), and GateError when it is not.
 */
export function streamReport(
  path: string,
  size: number,
  parsers: readonly Parser[],
  detect: (input: ReportInput) => Parser,
  limits: StreamLimits = {},
  /** Where to read the report, when not at `path` (its name in messages and findings). */
  file = path,
  onProgress?: OnStreamProgress,
): StreamedReport | undefined {
  try {
    return streamOnce(path, size, parsers, detect, limits, true, file, onProgress);
  } catch (err) {
    // Arrays located by their indentation were not laid out as they looked (or the report
    // is broken, and the shortcut cannot tell): scan it again byte by byte, which finds the
    // elements, or the error, exactly. Parsers are pure, so nothing of the first try remains.
    if (!(err instanceof LayoutMismatch)) throw err;
    return streamOnce(path, size, parsers, detect, limits, false, file, onProgress);
  }
}

function streamOnce(
  path: string,
  size: number,
  parsers: readonly Parser[],
  detect: (input: ReportInput) => Parser,
  limits: StreamLimits,
  byLayout: boolean,
  file: string,
  onProgress: OnStreamProgress | undefined,
): StreamedReport | undefined {
  const readWholeUpTo = limits.readWholeUpTo ?? MAX_STRING_BYTES;
  const fd = openSync(file, "r");
  try {
    const start = jsonStart(fd);
    if (start === undefined) {
      if (size <= readWholeUpTo) return undefined;
      throw new GateError(
        `is ${mb(size)} of UTF-16 or XML: too large to read whole, and only UTF-8 JSON is streamed`,
        { file: path },
      );
    }
    const patterns = parsers.flatMap((p) => (p.stream?.arrays ?? []).map(compilePattern));
    let skeleton: Skeleton;
    try {
      skeleton = scanDocument(fd, {
        file: path,
        start,
        patterns,
        maxWholeBytes: MAX_WHOLE_BYTES,
        byLayout,
        readWholeAbove: readWholeAbove(size, readWholeUpTo, limits),
      });
    } catch (err) {
      if (err instanceof NotWorthStreaming) return undefined;
      if (!(err instanceof NotOneDocument)) throw err;
      if (size <= readWholeUpTo) return undefined;
      throw new GateError(
        `is ${mb(size)} of several JSON values (NDJSON): too large to read whole, and only single JSON documents are streamed`,
        { file: path },
      );
    }
    try {
      return parseSkeleton(fd, path, size, skeleton, detect, readWholeUpTo, limits, onProgress);
    } catch (err) {
      // Until every located array has parsed, the skeleton itself is unconfirmed: an error
      // may be the wrong skeleton's (the first try is then discarded).
      if (skeleton.arrays.some((a) => a.span)) throw new LayoutMismatch();
      throw err;
    }
  } finally {
    closeSync(fd);
  }
}

/** Detects the format on the skeleton and runs its parser on each batch of elements. */
function parseSkeleton(
  fd: number,
  path: string,
  size: number,
  skeleton: Skeleton,
  detect: (input: ReportInput) => Parser,
  readWholeUpTo: number,
  limits: StreamLimits,
  onProgress: OnStreamProgress | undefined,
): StreamedReport | undefined {
  const input: ReportInput = { path, text: "", syntax: "json", json: skeleton.value };
  // Detected on the skeleton with a first element in each streamed array: exclusivity needs
  // the containers the skeleton emptied.
  const parser = detect(sampleOf(fd, skeleton, input));
  // Formats that cannot be streamed (their parser may read the text) are read whole when
  // they fit in a string.
  if (!parser.stream && size <= readWholeUpTo) return undefined;
  const own = (parser.stream?.arrays ?? []).map(compilePattern);
  for (const array of skeleton.arrays) {
    if (!array.empty && !own.some((p) => matchesExactly(p, array.place))) {
      throw new GateError(
        `is ${mb(size)}, too large to read whole, and ${parser.id} reports cannot be streamed at ${describePlace(array.place)}`,
        { file: path },
      );
    }
  }
  const position = { bytes: 0 };
  const reduce = parser.stream?.members;
  if (reduce) {
    const json = gathered(fd, skeleton, path, limits.blockBytes, position, reduce, onProgress);
    return { parser, input, findings: parser.parse({ ...input, json }) };
  }
  // Findings outside the streamed arrays (usually none), then each batch of elements placed
  // alone in a copy of the skeleton, so the parser sees the shape it always sees.
  const parse = parser.stream?.batch ?? ((i: ReportInput) => parser.parse(i));
  const findings = parse(input);
  for (const array of skeleton.arrays) {
    for (const batch of elementBatches(fd, array, path, limits.blockBytes, position)) {
      const json = withBatch(skeleton.value, array.place, 0, batch);
      for (const f of parse({ ...input, json })) findings.push(f);
      onProgress?.(position.bytes, findings.length);
    }
  }
  const merge = parser.stream?.merge;
  return { parser, input, findings: merge ? merge(findings) : findings };
}

/**
 * The skeleton with each streamed object holding all its members, each batch reduced by the
 * parser as it is read (only the reduced members are kept; the same member order as
 * JSON.parse gives, since an object orders its keys by the same rules however it is built).
 * Names are unique: the scan rejected a name met twice.
 */
function gathered(
  fd: number,
  skeleton: Skeleton,
  path: string,
  blockBytes: number | undefined,
  position: ReadPosition,
  reduce: NonNullable<NonNullable<Parser["stream"]>["members"]>,
  onProgress: OnStreamProgress | undefined,
): unknown {
  let json = skeleton.value;
  for (const array of skeleton.arrays) {
    if (array.empty) continue; // as in the skeleton (the one check above let only own ones by)
    const members: Record<string, unknown> = {};
    for (const batch of elementBatches(fd, array, path, blockBytes, position)) {
      const reduced = reduce(array.place, batch as Record<string, unknown>) as Record<
        string,
        unknown
      >;
      for (const name of Object.keys(reduced)) setMember(members, name, reduced[name]);
      onProgress?.(position.bytes, 0);
    }
    json = withBatch(json, array.place, 0, members);
  }
  return json;
}

/**
 * Streaming is for memory: when a quarter of the report is outside the arrays that stream (a
 * format without `stream`, or one whose bulk is elsewhere), reading it whole costs one parse
 * instead of a scan and a parse, and holds not much more. Only up to READ_WHOLE_FALLBACK_BYTES:
 * past it, a report is streamed whenever it can be, however much of it is read whole.
 */
function readWholeAbove(size: number, readWholeUpTo: number, limits: StreamLimits) {
  if (limits.readWholeFallback === false) return undefined;
  if (size > Math.min(readWholeUpTo, READ_WHOLE_FALLBACK_BYTES)) return undefined;
  return size / 4;
}

/** Where the JSON text starts (after a UTF-8 byte order mark); undefined for UTF-16 and XML,
 * which are only ever read whole. */
function jsonStart(fd: number): number | undefined {
  const head = Buffer.alloc(4);
  const n = readSync(fd, head, 0, 4, 0);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16 || (n >= 2 && (head[0] === 0 || head[1] === 0))) return undefined;
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  let first = bom;
  while (first < n && [0x20, 0x0a, 0x0d, 0x09].includes(head[first]!)) first++;
  return head[first] === 0x3c ? undefined : bom;
}

function matchesExactly(members: Pattern, place: Place): boolean {
  const pattern = containerPattern(members);
  return (
    pattern.length === place.length &&
    pattern.every((s, i) => (typeof s === "string" ? s === place[i] : typeof place[i] === "number"))
  );
}

/** A shallow copy of the skeleton in which the array at `place` holds `batch` and the arrays
 * on the way to it hold only the element that leads there. */
function withBatch(node: unknown, place: Place, depth: number, batch: Batch): unknown {
  if (depth === place.length) return batch;
  const key = place[depth]!;
  if (typeof key === "number") {
    return [withBatch((node as unknown[])[key], place, depth + 1, batch)];
  }
  const obj = node as Record<string, unknown>;
  return { ...obj, [key]: withBatch(obj[key], place, depth + 1, batch) };
}
