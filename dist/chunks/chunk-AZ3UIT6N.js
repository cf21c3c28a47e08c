import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  LAYERS,
  PARSERS,
  detectParser,
  duplicateKeyMessage,
  findDuplicateKey,
  isObject,
  lineColumn,
  str
} from "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// src/reports/read.ts
import { readFileSync, statSync } from "node:fs";

// src/reports/decode.ts
function decodeText(bytes, path) {
  let text;
  if (bytes[0] === 255 && bytes[1] === 254 ? text = new TextDecoder("utf-16le").decode(bytes.subarray(2)) : bytes[0] === 254 && bytes[1] === 255 ? text = new TextDecoder("utf-16be").decode(bytes.subarray(2)) : bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? text = new TextDecoder("utf-8").decode(bytes.subarray(3)) : looksUtf16WithoutBom(bytes) ? text = new TextDecoder(bytes[0] === 0 ? "utf-16be" : "utf-16le").decode(bytes) : text = new TextDecoder("utf-8").decode(bytes), text.includes("\0"))
    throw new GateError("is a binary file, not a scanner report", { file: path });
  return text.includes("\r") ? text.replace(/\r\n?/g, `
`) : text;
}
function looksUtf16WithoutBom(bytes) {
  return bytes.length >= 4 && bytes[0] === 0 != (bytes[1] === 0);
}
function decodeReport(bytes, path) {
  let text = decodeText(bytes, path), trimmed = text.trim();
  if (trimmed === "")
    throw new GateError("is empty: an empty report is not a pass", { file: path });
  if (trimmed.startsWith("<")) return { path, text, syntax: "xml", json: void 0 };
  let json;
  try {
    json = JSON.parse(text);
  } catch (err) {
    let ndjson = tryNdjson(text, path) ?? tryConcatenated(text, path);
    if (ndjson) return { path, text, syntax: "ndjson", json: ndjson };
    throw jsonError(err, text, path);
  }
  let duplicate = duplicateKeyError(text, json, text, 0, path);
  if (duplicate) throw duplicate;
  return { path, text, syntax: "json", json };
}
function tryNdjson(text, path) {
  let values = [], duplicate;
  for (let start = 0; start < text.length; ) {
    let newline = text.indexOf(`
`, start), end = newline < 0 ? text.length : newline, line = text.slice(start, end);
    if (line.trim() !== "") {
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        return;
      }
      duplicate ??= duplicateKeyError(line, value, text, start, path), values.push(value);
    }
    start = end + 1;
  }
  if (!(values.length < 2)) {
    if (duplicate) throw duplicate;
    return values;
  }
}
function tryConcatenated(text, path) {
  let spans = jsonValueSpans(text);
  if (!spans || spans.length < 2) return;
  let values = [], duplicate;
  for (let [start, end] of spans) {
    let part = text.slice(start, end), value;
    try {
      value = JSON.parse(part);
    } catch {
      return;
    }
    duplicate ??= duplicateKeyError(part, value, text, start, path), values.push(value);
  }
  if (duplicate) throw duplicate;
  return values;
}
function jsonValueSpans(text) {
  let spans = [], i = 0;
  for (; ; ) {
    for (; i < text.length && isJsonSpace(text.charCodeAt(i)); ) i++;
    if (i === text.length) return spans;
    let first = text[i];
    if (first !== "{" && first !== "[") return;
    let start = i, depth = 0;
    for (; i < text.length; i++) {
      let c = text[i];
      if (c === '"')
        for (i++; i < text.length && text[i] !== '"'; i++) text[i] === "\\" && i++;
      else if (c === "{" || c === "[") depth++;
      else if ((c === "}" || c === "]") && (depth--, depth === 0))
        break;
    }
    if (depth !== 0) return;
    spans.push([start, ++i]);
  }
}
function isJsonSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
function duplicateKeyError(part, value, text, at, path) {
  let duplicate = findDuplicateKey(part, value);
  if (!duplicate) return;
  let place = lineColumn(text, at + duplicate.offset);
  return new GateError(duplicateKeyMessage(duplicate.key), { file: path, ...place });
}
function jsonError(err, text, path) {
  let message = err instanceof Error ? err.message : String(err), m = /position (\d+)/.exec(message), offset = m ? Number(m[1]) : /end of JSON/.test(message) ? text.trimEnd().length : void 0;
  if (offset === void 0) return new GateError(`is not valid JSON (${message})`, { file: path });
  let reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/ at position \d+.*$/s, "");
  return new GateError(`is not valid JSON: ${reason}`, { file: path, ...lineColumn(text, offset) });
}

// src/reports/parsers/error-report.ts
function rejectErrorReport(input) {
  let found = errorOf(input.json);
  if (found)
    throw new GateError(
      `is an error report, not scan results: ${found.code}${found.message ? ` (${found.message})` : ""}`,
      { file: input.path },
      found.code
    );
}
function errorOf(json) {
  if (isObject(json) && isObject(json.error) && Object.keys(json).length <= 2) {
    let e = json.error;
    return { code: str(e.code) ?? "error", message: firstLine(str(e.summary) ?? str(e.message)) };
  }
  if (isObject(json) && isObject(json.error) && typeof json.statusCode == "number") {
    let summary = str(json.error.summary) || str(json.message);
    return { code: str(json.error.code) ?? `E${json.statusCode}`, message: firstLine(summary) };
  }
  let snykError = (Array.isArray(json) ? json : [json]).find(isSnykError);
  if (snykError)
    return { code: str(snykError.code) ?? "snyk-error", message: firstLine(str(snykError.error)) };
  if (Array.isArray(json) || isObject(json) && json.type === "error") {
    let lines = (Array.isArray(json) ? json : [json]).filter(isObject), error = lines.find((l) => l.type === "error"), hasData = lines.some((l) => l.type === "auditAdvisory" || l.type === "auditSummary");
    if (error && !hasData) {
      let data = str(error.data) ?? "";
      return { code: /\b(E[A-Z0-9_]{3,})\b/.exec(data)?.[1] ?? "yarn-error", message: firstLine(data) };
    }
  }
}
function isSnykError(value) {
  return isObject(value) && value.ok === !1 && typeof value.error == "string" && !("vulnerabilities" in value);
}
function firstLine(text) {
  return text?.split(`
`)[0]?.slice(0, 200);
}

// src/reports/stream/index.ts
import { closeSync, openSync, readSync as readSync6 } from "node:fs";

// src/reports/stream/elements.ts
import { readSync as readSync2 } from "node:fs";

// src/reports/stream/duplicates.ts
import { readSync } from "node:fs";
function rejectDuplicateKeys(fd, file, text, value, at) {
  let duplicate = findDuplicateKey(text, value);
  if (!duplicate) return;
  let byte = at + Buffer.byteLength(text.slice(0, duplicate.offset));
  throw duplicateKeyError2(fd, file, duplicate.key, byte);
}
function duplicateKeyError2(fd, file, key, byte) {
  return new GateError(duplicateKeyMessage(key), { file, ...placeOfByte(fd, byte) });
}
var LF = 10, CR = 13;
function placeOfByte(fd, offset) {
  let buf = Buffer.alloc(Math.min(1048576, Math.max(offset, 3))), line = 1, units = 0, afterCr = !1, position = 0;
  for (; position < offset; ) {
    let n = readSync(fd, buf, 0, Math.min(buf.length, offset - position), position);
    if (n === 0) break;
    let i = 0;
    for (position === 0 && n >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 && (i = 3); i < n; i++) {
      let c = buf[i];
      if (c === LF || c === CR) {
        c === LF && afterCr || line++, units = 0, afterCr = c === CR;
        continue;
      }
      afterCr = !1, (c & 192) !== 128 && (units += c >= 240 ? 2 : 1);
    }
    position += n;
  }
  return { line, column: units + 1 };
}

// src/reports/stream/skeleton.ts
var StreamedArray = class {
  constructor(place, members = !1) {
    this.place = place;
    this.members = members;
    members && (this.names = /* @__PURE__ */ new Set());
  }
  place;
  members;
  starts = new Float64Array(1024);
  ends = new Float64Array(1024);
  length = 0;
  span;
  /** A streamed object's member names so far: a name met twice is a duplicated key, however
   * far apart the two are (they may be in different blocks). */
  names;
  get empty() {
    return this.length === 0 && !this.span;
  }
  push(start, end) {
    if (this.length === this.starts.length) {
      let grow = (a) => {
        let b = new Float64Array(a.length * 2);
        return b.set(a), b;
      };
      this.starts = grow(this.starts), this.ends = grow(this.ends);
    }
    this.starts[this.length] = start, this.ends[this.length++] = end;
  }
}, LayoutMismatch = class extends Error {
  constructor() {
    super("a streamed array is not laid out as its indentation suggested");
  }
}, NotWorthStreaming = class extends Error {
  constructor() {
    super("most of the document is read whole");
  }
}, NotOneDocument = class extends Error {
  constructor() {
    super("more than one JSON value");
  }
};
function mb(bytes) {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

// src/reports/stream/elements.ts
var BLOCK_BYTES = 1 << 20, OPEN = 91, CLOSE = 93, OPEN_OBJECT = 123, CLOSE_OBJECT = 125;
function elementBatches(fd, array, file, blockBytes = BLOCK_BYTES, position = { bytes: 0 }) {
  return array.span ? spanBatches(fd, array.span, file, blockBytes, position) : rangeBatches(fd, array, file, blockBytes, position);
}
function* rangeBatches(fd, array, file, blockBytes, position) {
  let buf = Buffer.alloc(blockBytes + 2), i = 0;
  for (; i < array.length; ) {
    let blockStart = array.starts[i], j = i + 1;
    for (; j < array.length && array.ends[j] - blockStart <= blockBytes; ) j++;
    let size = array.ends[j - 1] - blockStart;
    size + 2 > buf.length && (buf = Buffer.alloc(size + 2)), readSync2(fd, buf, 1, size, blockStart);
    let block;
    try {
      block = parseBlock(buf, size, array.members);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${err.message} (in the elements from byte ${blockStart})`,
        { file }
      );
    }
    let batch = block.elements;
    if (rejectDuplicateKeys(fd, file, block.text, batch, blockStart - 1), (Array.isArray(batch) ? batch.length : Object.keys(batch).length) !== j - i)
      throw new GateError(`is not valid JSON: elements from byte ${blockStart} are malformed`, {
        file
      });
    position.bytes = array.ends[j - 1], yield batch, i = j;
  }
}
function* spanBatches(fd, span, file, blockBytes, position) {
  let { separator } = span, buf = Buffer.alloc(blockBytes + 2), start = span.start;
  for (; start < span.end; ) {
    let size = Math.min(blockBytes, span.end - start), cut;
    for (; ; ) {
      if (size + 2 > buf.length && (buf = Buffer.alloc(size + 2)), readSync2(fd, buf, 1, size, start), start + size === span.end) {
        cut = size;
        break;
      }
      let at = buf.subarray(1, size + 1).lastIndexOf(separator);
      if (at >= 0) {
        cut = at + 1;
        break;
      }
      size = Math.min(size * 2, span.end - start);
    }
    let block;
    try {
      block = parseBlock(buf, cut);
    } catch {
      throw new LayoutMismatch();
    }
    rejectDuplicateKeys(fd, file, block.text, block.elements, start - 1), position.bytes = start + cut, yield block.elements, start += cut - 1 + separator.length - 1;
  }
}
function parseBlock(buf, size, members = !1) {
  buf[0] = members ? OPEN_OBJECT : OPEN, buf[size + 1] = members ? CLOSE_OBJECT : CLOSE;
  let text = buf.toString("utf8", 0, size + 2);
  return { text, elements: JSON.parse(text) };
}

// src/reports/stream/frames.ts
function assignTo(top, value) {
  return top ? (Array.isArray(top.container) ? top.container.push(value) : setMember(top.container, top.key, value), !0) : !1;
}
function setMember(object, key, value) {
  key !== "__proto__" ? object[key] = value : Object.defineProperty(object, key, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
}
function placeKey(frame) {
  return Array.isArray(frame.container) ? frame.container.length : frame.key;
}

// src/reports/stream/paths.ts
var ANY_INDEX = /* @__PURE__ */ Symbol("[]"), ANY_KEY = /* @__PURE__ */ Symbol("{}");
function compilePattern(text) {
  let out = [], members = text.endsWith("{}");
  for (let part of (members ? text.slice(0, -2) : text).split(".")) {
    let m = /^([^[\]{}]*)((?:\[\])*)$/.exec(part);
    if (!m) throw new Error(`invalid stream path "${text}"`);
    m[1] && out.push(m[1]);
    for (let i = 0; i < (m[2]?.length ?? 0) / 2; i++) out.push(ANY_INDEX);
  }
  return members && out.push(ANY_KEY), out;
}
function segmentMatches(segment, key) {
  return segment === ANY_INDEX ? typeof key == "number" : segment === ANY_KEY ? typeof key == "string" : segment === key;
}
function containerPattern(pattern) {
  return pattern[pattern.length - 1] === ANY_KEY ? pattern.slice(0, -1) : pattern;
}
function roleOf(place, patterns) {
  let role = "whole";
  for (let full of patterns) {
    let pattern = containerPattern(full);
    if (place.length > pattern.length) continue;
    let matches = !0;
    for (let i = 0; i < place.length; i++)
      if (!segmentMatches(pattern[i], place[i])) {
        matches = !1;
        break;
      }
    if (matches) {
      if (place.length === pattern.length) return pattern === full ? "stream" : "members";
      role = "walk";
    }
  }
  return role;
}
function describePlace(place) {
  return "$" + place.map((k) => typeof k == "number" ? `[${k}]` : `.${k}`).join("");
}

// src/reports/stream/sample.ts
function sampleOf(fd, skeleton, input) {
  let copies = /* @__PURE__ */ new WeakSet(), json = skeleton.value;
  for (let array of skeleton.arrays) {
    if (array.empty) continue;
    let first = elementBatches(fd, array, input.path, 1).next();
    if (first.done) continue;
    let sample = Array.isArray(first.value) ? first.value.slice(0, 1) : first.value;
    json = withElements(json, array.place, 0, sample, copies);
  }
  return { ...input, json };
}
function withElements(node, place, depth, elements, copies) {
  if (depth === place.length) return elements;
  let own = node, copy = copies.has(own) ? own : Array.isArray(own) ? [...own] : { ...own };
  copies.add(copy);
  let key = place[depth];
  return copy[key] = withElements(
    own[key],
    place,
    depth + 1,
    elements,
    copies
  ), copy;
}

// src/reports/stream/scan.ts
import { readSync as readSync5 } from "node:fs";

// src/reports/stream/skip.ts
var STRUCTURAL = new Uint8Array(256);
for (let c of [34, 123, 125, 91, 93]) STRUCTURAL[c] = 1;
var ValueSkipper = class {
  depth = 0;
  /** The previous chunk ended inside a string of the value. */
  inString = !1;
  /** The previous chunk ended inside a string on an unpaired backslash. */
  escape = !1;
  /** A value read whole starts: its "{" or "[" has just been read. */
  enter() {
    this.depth = 1, this.inString = !1;
  }
  /**
   * Index just past the bracket that closes the value, or -1 when the value goes on past
   * buf[n) into the next chunk.
   */
  skipNested(buf, n, from) {
    let i = from;
    if (this.inString) {
      let q = this.skipString(buf, n, i);
      if (q < 0) return -1;
      this.inString = !1, i = q + 1;
    }
    for (; i < n; ) {
      for (; i < n && STRUCTURAL[buf[i]] === 0; ) i++;
      if (i === n) break;
      let c = buf[i];
      if (c === 34) {
        let q = this.skipString(buf, n, i + 1);
        if (q < 0)
          return this.inString = !0, -1;
        i = q + 1;
        continue;
      }
      if (c === 123 || c === 91) this.depth++;
      else if ((c === 125 || c === 93) && --this.depth === 0) return i + 1;
      i++;
    }
    return -1;
  }
  /** Index of the quote that closes the string, or -1 when it goes on into the next chunk. */
  skipString(buf, n, from) {
    let i = from;
    for (this.escape && (this.escape = !1, i++); ; ) {
      let q = i < n ? buf.indexOf(34, i) : -1;
      q >= n && (q = -1);
      let stop = q === -1 ? n : q, run = 0;
      for (let k = stop - 1; k >= i && buf[k] === 92; k--) run++;
      if (q === -1)
        return this.escape = run % 2 === 1, -1;
      if (run % 2 === 0) return q;
      i = q + 1;
    }
  }
};

// src/reports/stream/build.ts
var SkeletonBuilder = class {
  constructor(fd, options, chunk, whole) {
    this.fd = fd;
    this.options = options;
    this.chunk = chunk;
    this.whole = whole;
  }
  fd;
  options;
  chunk;
  whole;
  stack = [];
  arrays = [];
  root;
  /** Start of the key of the streamed object's member being read. */
  memberStart = 0;
  /** The container the scan is inside, innermost. */
  get top() {
    return this.stack[this.stack.length - 1];
  }
  get depth() {
    return this.stack.length;
  }
  /**
   * At a value starting with `c` at byte `at`: when it is an object or array walked into or
   * streamed, enters it and returns true; false when it is to be read whole.
   */
  open(c, at) {
    let top = this.top;
    if (top?.streamed || c !== 123 && c !== 91) return !1;
    let place = top ? [...top.place, placeKey(top)] : [], role = roleOf(place, this.options.patterns), members = role === "members" && c === 123;
    if (role !== "walk" && !(role === "stream" && c === 91) && !members) return !1;
    let container = c === 123 ? {} : [], frame = { container, place, key: "", openAt: at };
    return role !== "walk" && (frame.streamed = new StreamedArray(place, members), this.arrays.push(frame.streamed)), this.assign(container), this.stack.push(frame), !0;
  }
  /** Leaves the innermost container at its closing `c`; false when `c` does not close it. */
  close(c) {
    let top = this.stack.pop(), want = top && Array.isArray(top.container) ? 93 : 125;
    return !!top && c === want;
  }
  /** The key in bytes [start, end), quotes included, of the innermost object. */
  key(start, end) {
    let top = this.top, names = top.streamed?.names;
    if (names) {
      let name = this.whole.memberName(this.chunk, start, end);
      if (names.has(name))
        throw duplicateKeyError2(this.fd, this.options.file, name, start);
      names.add(name), this.memberStart = start;
      return;
    }
    let key = this.parseRange(start, end);
    if (Object.hasOwn(top.container, key))
      throw duplicateKeyError2(this.fd, this.options.file, key, start);
    top.key = key;
  }
  /** The value in bytes [start, end): located when it is a streamed element, else parsed. */
  value(start, end) {
    let top = this.top;
    top?.streamed ? (top.streamed.push(top.streamed.members ? this.memberStart : start, end), top.key = "") : this.assign(this.parseRange(start, end));
  }
  skeleton() {
    return { value: this.root, arrays: this.arrays };
  }
  /** Puts a value into the container on top of the stack (or makes it the document). */
  assign(value) {
    assignTo(this.top, value) || (this.root = value);
  }
  parseRange(start, end) {
    return this.whole.parse(this.chunk, start, end, () => {
      let top = this.top;
      return top ? describePlace([...top.place, placeKey(top)]) : "$";
    });
  }
};

// src/reports/stream/layout.ts
import { readSync as readSync3 } from "node:fs";
function arrayLayout(fd, fileStart, open, first) {
  let gap = first - open - 1;
  if (gap < 1 || gap > 256) return;
  let before = Math.max(fileStart, open - 256), bytes = Buffer.alloc(first - before);
  readSync3(fd, bytes, 0, bytes.length, before);
  let lead = bytes.subarray(open + 1 - before);
  if (lead[0] !== 10 && !(lead[0] === 13 && lead[1] === 10)) return;
  let line = bytes.lastIndexOf(10, open - before);
  if (line < 0 && before > fileStart) return;
  let indent = line + 1;
  for (; bytes[indent] === 32 || bytes[indent] === 9; ) indent++;
  let eol = lead[0] === 13 ? `\r
` : `
`;
  return {
    separator: Buffer.concat([Buffer.from("},"), lead, Buffer.from("{")]),
    close: Buffer.concat([
      Buffer.from("}" + eol),
      bytes.subarray(line + 1, indent),
      Buffer.from("]")
    ])
  };
}
function searchFile(fd, buf, needle, position) {
  for (; ; ) {
    let n = readSync3(fd, buf, 0, buf.length, position), at = indexOfNeedle(buf, n, needle, 0);
    if (at >= 0) return position + at;
    if (n < buf.length) return -1;
    position += n - needle.length;
  }
}
function indexOfNeedle(buf, n, needle, from) {
  let last = needle.length - 1;
  for (let q = from + last; q < n; q++) {
    if (q = buf.indexOf(needle[last], q), q < 0 || q >= n) return -1;
    let k = 1;
    for (; k <= last && buf[q - k] === needle[last - k]; ) k++;
    if (k > last) return q - last;
  }
  return -1;
}

// src/reports/stream/jump.ts
var LayoutJumper = class {
  constructor(fd, fileStart) {
    this.fd = fd;
    this.fileStart = fileStart;
  }
  fd;
  fileStart;
  /** For reading on past the chunk, which stays as it is for the scan. */
  searchBuf;
  /**
   * The span of an array whose "[" is at `openAt` and whose first element's "{" is at
   * `start` (in the chunk), or undefined when the array does not look pretty-printed. A
   * pretty-printer puts the array's "]" on a line of its own, indented like the line of its
   * "[", right after the last element's "}"; and no line inside the array is indented that
   * little. Raw newlines cannot occur inside JSON strings, so "}\n<indent>]" is found by a
   * native search (see indexOfNeedle).
   */
  span(chunk, openAt, start) {
    let layout = arrayLayout(this.fd, this.fileStart, openAt, start);
    if (!layout) return;
    let at = this.find(chunk, layout.close, start);
    if (!(at < 0))
      return { start, end: at + 1, separator: layout.separator };
  }
  /** The first position of `needle` in the file at or after `from` (which is in the chunk),
   * or -1. */
  find({ buf, base, n }, needle, from) {
    let at = indexOfNeedle(buf, n, needle, from - base);
    return at >= 0 ? base + at : n < buf.length ? -1 : (this.searchBuf ??= Buffer.alloc(Math.max(buf.length, 65536)), searchFile(this.fd, this.searchBuf, needle, base + n - needle.length));
  }
};

// src/reports/stream/whole.ts
import { readSync as readSync4 } from "node:fs";
var MAX_WORTH_STREAMING_VALUES = 2e4, WholeValues = class {
  constructor(fd, options) {
    this.fd = fd;
    this.options = options;
  }
  fd;
  options;
  bytes = 0;
  values = 0;
  /** Throws NotWorthStreaming once the budget is spent, counting `pending` bytes of a value
   * still being read (a huge one gives up before its end). */
  check(pending) {
    let limit = this.options.readWholeAbove;
    if (limit !== void 0 && (this.bytes + pending > limit || this.values > MAX_WORTH_STREAMING_VALUES))
      throw new NotWorthStreaming();
  }
  /** The value in bytes [start, end) of the file; `place` names it for an error. */
  parse(chunk, start, end, place) {
    let { file, maxWholeBytes } = this.options;
    if (this.check(end - start), this.bytes += end - start, this.values++, end - start > maxWholeBytes)
      throw new GateError(
        `cannot be streamed: ${place()} is ${mb(end - start)} and is not one of the arrays ztgate reads element by element (see docs/design.md, Performance)`,
        { file }
      );
    let text = this.decode(chunk, start, end), value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${err.message} (in the value at byte ${start})`,
        { file }
      );
    }
    return rejectDuplicateKeys(this.fd, file, text, value, start), value;
  }
  /**
   * The name of a streamed object's member, from the key's bytes [start, end) quotes
   * included. Not counted as read whole: the members are what streams. A key without escapes
   * is its bytes; the JSON.parse of the member's block checks them all the same.
   */
  memberName(chunk, start, end) {
    let text = this.decode(chunk, start, end);
    if (!text.includes("\\")) return text.slice(1, -1);
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${err.message} (in the key at byte ${start})`,
        { file: this.options.file }
      );
    }
  }
  decode(chunk, start, end) {
    if (start >= chunk.base && end <= chunk.base + chunk.n)
      return chunk.buf.toString("utf8", start - chunk.base, end - chunk.base);
    let bytes = Buffer.alloc(end - start);
    return readSync4(this.fd, bytes, 0, bytes.length, start), bytes.toString("utf8");
  }
};

// src/reports/stream/scan.ts
var COMMA = 44, COLON = 58, CHUNK_BYTES = 8 << 20;
var isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9, isScalarEnd = (c) => c === COMMA || c === 125 || c === 93 || isSpace(c);
function scanDocument(fd, options) {
  return new Scanner(fd, options).run();
}
var Scanner = class {
  constructor(fd, options) {
    this.fd = fd;
    this.options = options;
    this.chunk = { buf: Buffer.alloc(options.chunkBytes ?? CHUNK_BYTES), base: 0, n: 0 }, this.whole = new WholeValues(fd, options), this.jumper = new LayoutJumper(fd, options.start), this.builder = new SkeletonBuilder(fd, options, this.chunk, this.whole);
  }
  fd;
  options;
  state = 0 /* Value */;
  allowClose = !1;
  /** Start of the value (or key) being read whole. */
  valueStart = 0;
  /** Strings and nesting inside a value read whole, across chunks. */
  skipper = new ValueSkipper();
  /** The bytes read last; the builder and the jumper read values and layout from it. */
  chunk;
  jumper;
  /** Parses and counts the values (and keys) read whole. */
  whole;
  builder;
  /** An array was located by its indentation: errors may come from that guess. */
  jumped = !1;
  run() {
    try {
      return this.scan();
    } catch (err) {
      throw this.jumped && !(err instanceof NotWorthStreaming) ? new LayoutMismatch() : err;
    }
  }
  scan() {
    let { chunk } = this, position = this.options.start;
    for (; ; ) {
      let n = readSync5(this.fd, chunk.buf, 0, chunk.buf.length, position);
      if (n === 0) break;
      chunk.base = position, chunk.n = n, position = this.scanChunk(), this.whole.check(this.readingWhole() ? position - this.valueStart : 0);
    }
    if (this.state === 7 /* WholeScalar */ && this.builder.depth === 0 && this.endWhole(position), this.state !== 8 /* Done */)
      throw new GateError(`is not valid JSON: unexpected end of input at byte ${position}`, {
        file: this.options.file
      });
    return this.builder.skeleton();
  }
  /** Scans the chunk in `buf`; returns where in the file to read on from. */
  scanChunk() {
    let { buf, base, n } = this.chunk, i = 0;
    for (; i < n; )
      switch (this.state) {
        case 5 /* Whole */: {
          let end = this.skipper.skipNested(buf, n, i);
          if (end < 0) return base + n;
          i = end, this.endWhole(base + end);
          break;
        }
        case 6 /* WholeString */:
        case 3 /* KeyString */: {
          let q = this.skipper.skipString(buf, n, i);
          if (q < 0) return base + n;
          i = q + 1, this.state === 3 /* KeyString */ ? this.endKey(base + i) : this.endWhole(base + i);
          break;
        }
        case 7 /* WholeScalar */:
          for (; i < n && !isScalarEnd(buf[i]); ) i++;
          i < n && this.endWhole(base + i);
          break;
        default: {
          let c = buf[i];
          if (isSpace(c)) {
            i++;
            continue;
          }
          if (c === 123 && this.state === 0 /* Value */) {
            let after = this.jumpOver(i);
            if (after >= base + n) return after;
            if (after >= 0) {
              i = after - base;
              continue;
            }
          }
          i = this.structural(c, i);
        }
      }
    return base + n;
  }
  /** One significant byte outside any value being read whole. */
  structural(c, i) {
    switch (this.state) {
      case 0 /* Value */:
        return this.allowClose && c === 93 ? this.close(c, i) : (this.startValue(c, i), i + 1);
      case 2 /* Key */:
        return this.allowClose && c === 125 ? this.close(c, i) : (c !== 34 && this.unexpected(c, i), this.valueStart = this.chunk.base + i, this.state = 3 /* KeyString */, i + 1);
      case 4 /* Colon */:
        return c !== COLON && this.unexpected(c, i), this.state = 0 /* Value */, this.allowClose = !1, i + 1;
      case 1 /* AfterValue */: {
        let top = this.builder.top;
        return top ? c === COMMA ? (this.state = Array.isArray(top.container) ? 0 /* Value */ : 2 /* Key */, this.allowClose = !1, i + 1) : this.close(c, i) : this.unexpected(c, i);
      }
      case 8 /* Done */:
        throw new NotOneDocument();
      default:
        return this.unexpected(c, i);
    }
  }
  startValue(c, i) {
    this.valueStart = this.chunk.base + i, this.builder.open(c, this.valueStart) ? (this.state = c === 123 ? 2 /* Key */ : 0 /* Value */, this.allowClose = !0) : c === 123 || c === 91 ? (this.state = 5 /* Whole */, this.skipper.enter()) : c === 34 ? this.state = 6 /* WholeString */ : c === 125 || c === 93 || c === COMMA || c === COLON ? this.unexpected(c, i) : this.state = 7 /* WholeScalar */;
  }
  close(c, i) {
    return this.builder.close(c) ? (this.afterValue(), i + 1) : this.unexpected(c, i);
  }
  afterValue() {
    this.state = this.builder.depth === 0 ? 8 /* Done */ : 1 /* AfterValue */, this.allowClose = !1;
  }
  /**
   * At the first element of a streamed array, when it is an object: finds the array's end
   * from the indentation instead of walking the elements (jump.ts). Returns the position
   * after the last element, or -1 when the array does not look pretty-printed (it is then
   * walked as before).
   */
  jumpOver(i) {
    let top = this.builder.top, array = top?.streamed;
    if (!top || !array?.empty || array.members || this.options.byLayout === !1) return -1;
    let span = this.jumper.span(this.chunk, top.openAt, this.chunk.base + i);
    return span ? (array.span = span, this.jumped = !0, this.state = 1 /* AfterValue */, this.allowClose = !1, span.end) : -1;
  }
  endKey(end) {
    this.builder.key(this.valueStart, end), this.state = 4 /* Colon */;
  }
  endWhole(end) {
    this.builder.value(this.valueStart, end), this.afterValue();
  }
  /** Inside a value read whole (not a streamed element, which is only located). */
  readingWhole() {
    let { state } = this;
    return (state === 5 /* Whole */ || state === 6 /* WholeString */ || state === 7 /* WholeScalar */) && !this.builder.top?.streamed;
  }
  unexpected(c, i) {
    throw new GateError(
      `is not valid JSON: unexpected "${String.fromCharCode(c)}" at byte ${this.chunk.base + i}`,
      { file: this.options.file }
    );
  }
};

// src/reports/stream/index.ts
var MAX_WHOLE_BYTES = 256 * 2 ** 20, READ_WHOLE_FALLBACK_BYTES = 128 * 2 ** 20, MAX_STRING_BYTES = 536870888;
function streamReport(path, size, parsers, detect, limits = {}, file = path, onProgress) {
  try {
    return streamOnce(path, size, parsers, detect, limits, !0, file, onProgress);
  } catch (err) {
    if (!(err instanceof LayoutMismatch)) throw err;
    return streamOnce(path, size, parsers, detect, limits, !1, file, onProgress);
  }
}
function streamOnce(path, size, parsers, detect, limits, byLayout, file, onProgress) {
  let readWholeUpTo = limits.readWholeUpTo ?? MAX_STRING_BYTES, fd = openSync(file, "r");
  try {
    let start = jsonStart(fd);
    if (start === void 0) {
      if (size <= readWholeUpTo) return;
      throw new GateError(
        `is ${mb(size)} of UTF-16 or XML: too large to read whole, and only UTF-8 JSON is streamed`,
        { file: path }
      );
    }
    let patterns = parsers.flatMap((p) => (p.stream?.arrays ?? []).map(compilePattern)), skeleton;
    try {
      skeleton = scanDocument(fd, {
        file: path,
        start,
        patterns,
        maxWholeBytes: MAX_WHOLE_BYTES,
        byLayout,
        readWholeAbove: readWholeAbove(size, readWholeUpTo, limits)
      });
    } catch (err) {
      if (err instanceof NotWorthStreaming) return;
      if (!(err instanceof NotOneDocument)) throw err;
      if (size <= readWholeUpTo) return;
      throw new GateError(
        `is ${mb(size)} of several JSON values (NDJSON): too large to read whole, and only single JSON documents are streamed`,
        { file: path }
      );
    }
    try {
      return parseSkeleton(fd, path, size, skeleton, detect, readWholeUpTo, limits, onProgress);
    } catch (err) {
      throw skeleton.arrays.some((a) => a.span) ? new LayoutMismatch() : err;
    }
  } finally {
    closeSync(fd);
  }
}
function parseSkeleton(fd, path, size, skeleton, detect, readWholeUpTo, limits, onProgress) {
  let input = { path, text: "", syntax: "json", json: skeleton.value }, parser = detect(sampleOf(fd, skeleton, input));
  if (!parser.stream && size <= readWholeUpTo) return;
  let own = (parser.stream?.arrays ?? []).map(compilePattern);
  for (let array of skeleton.arrays)
    if (!array.empty && !own.some((p) => matchesExactly(p, array.place)))
      throw new GateError(
        `is ${mb(size)}, too large to read whole, and ${parser.id} reports cannot be streamed at ${describePlace(array.place)}`,
        { file: path }
      );
  let position = { bytes: 0 }, reduce = parser.stream?.members;
  if (reduce) {
    let json = gathered(fd, skeleton, path, limits.blockBytes, position, reduce, onProgress);
    return { parser, input, findings: parser.parse({ ...input, json }) };
  }
  let parse = parser.stream?.batch ?? ((i) => parser.parse(i)), findings = parse(input);
  for (let array of skeleton.arrays)
    for (let batch of elementBatches(fd, array, path, limits.blockBytes, position)) {
      let json = withBatch(skeleton.value, array.place, 0, batch);
      for (let f of parse({ ...input, json })) findings.push(f);
      onProgress?.(position.bytes, findings.length);
    }
  let merge = parser.stream?.merge;
  return { parser, input, findings: merge ? merge(findings) : findings };
}
function gathered(fd, skeleton, path, blockBytes, position, reduce, onProgress) {
  let json = skeleton.value;
  for (let array of skeleton.arrays) {
    if (array.empty) continue;
    let members = {};
    for (let batch of elementBatches(fd, array, path, blockBytes, position)) {
      let reduced = reduce(array.place, batch);
      for (let name of Object.keys(reduced)) setMember(members, name, reduced[name]);
      onProgress?.(position.bytes, 0);
    }
    json = withBatch(json, array.place, 0, members);
  }
  return json;
}
function readWholeAbove(size, readWholeUpTo, limits) {
  if (limits.readWholeFallback !== !1 && !(size > Math.min(readWholeUpTo, READ_WHOLE_FALLBACK_BYTES)))
    return size / 4;
}
function jsonStart(fd) {
  let head = Buffer.alloc(4), n = readSync6(fd, head, 0, 4, 0);
  if (head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255 || n >= 2 && (head[0] === 0 || head[1] === 0)) return;
  let bom = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0, first = bom;
  for (; first < n && [32, 10, 13, 9].includes(head[first]); ) first++;
  return head[first] === 60 ? void 0 : bom;
}
function matchesExactly(members, place) {
  let pattern = containerPattern(members);
  return pattern.length === place.length && pattern.every((s, i) => typeof s == "string" ? s === place[i] : typeof place[i] == "number");
}
function withBatch(node, place, depth, batch) {
  if (depth === place.length) return batch;
  let key = place[depth];
  if (typeof key == "number")
    return [withBatch(node[key], place, depth + 1, batch)];
  let obj = node;
  return { ...obj, [key]: withBatch(obj[key], place, depth + 1, batch) };
}

// src/reports/read.ts
var STREAM_ABOVE_BYTES = 16 * 2 ** 20;
function parseReportArg(arg) {
  let m = /^([a-z][a-z0-9-]+):(.+)$/.exec(arg);
  return m && m[1] && m[2] && m[1].length > 1 ? { format: m[1], path: m[2] } : { path: arg };
}
function reportSize(file, path = file) {
  try {
    let stat = statSync(file);
    if (stat.isDirectory()) throw new GateError("is a directory, not a report", { file: path });
    return stat.size;
  } catch (err) {
    throw readError(err, path);
  }
}
function readError(err, path) {
  if (err instanceof GateError) return err;
  let code = err.code, why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
  return new GateError(`report ${why}: a missing report is not a pass`, { file: path });
}
function readReport(request) {
  let { path } = request, file = request.file ?? path;
  reportSize(file, path);
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw readError(err, path);
  }
  return decodeReport(bytes, path);
}
function parseEvidence(input, forcedFormat) {
  let { report, parser } = parseWith(input, forcedFormat);
  return evidenceOf(parser, input, report);
}
function parseWith(input, forcedFormat) {
  rejectErrorReport(input);
  let parser = detectParser(input, forcedFormat);
  return { report: reportOf(parser, input, parser.parse(input)), parser };
}
function reportOf(parser, input, findings) {
  parser.checkTotals?.(input, findings);
  let createdAt = parser.timestamp?.(input)?.toISOString();
  return { path: input.path, format: parser.id, findings, ...createdAt ? { createdAt } : {} };
}
var NO_SUBJECT = { images: [], digests: [], revisions: [] };
function evidenceOf(parser, input, report) {
  return {
    ...report,
    layers: reportLayers(parser, input, report.findings),
    subject: parser.subject?.(input) ?? NO_SUBJECT,
    timestamped: parser.timestamp !== void 0
  };
}
function reportLayers(parser, input, findings) {
  let scanned = parser.coverage?.(input) ?? (parser.layers.length === 1 ? parser.layers : []), found = /* @__PURE__ */ new Set([...scanned, ...findings.map((f) => f.layer)]);
  return LAYERS.filter((l) => found.has(l));
}
function loadReport(request) {
  return loadWith(request, STREAM_ABOVE_BYTES).report;
}
function loadEvidence(request, onProgress) {
  return loadEvidenceStreamingAbove(request, STREAM_ABOVE_BYTES, {}, onProgress);
}
function loadEvidenceStreamingAbove(request, streamAbove, limits = {}, onProgress) {
  let { report, parser, input } = loadWith(request, streamAbove, limits, onProgress);
  return evidenceOf(parser, input, report);
}
function loadWith(request, streamAbove, limits = {}, onProgress) {
  let size = reportSize(request.file ?? request.path, request.path);
  if (size > streamAbove) {
    let detect = (skeleton) => (rejectErrorReport(skeleton), detectParser(skeleton, request.format)), streamed = streamReport(
      request.path,
      size,
      PARSERS,
      detect,
      limits,
      request.file,
      onProgress
    );
    if (streamed) {
      let { parser, input: input2, findings } = streamed;
      return { report: reportOf(parser, input2, findings), parser, input: input2 };
    }
  }
  let input = readReport(request);
  return { ...parseWith(input, request.format), input };
}

export {
  decodeText,
  decodeReport,
  parseReportArg,
  parseEvidence,
  loadReport,
  loadEvidence
};
