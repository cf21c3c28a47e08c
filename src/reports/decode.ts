// Text decoding happens once, here, before any parser sees a report (DESIGN §4): byte order
// marks (UTF-8, UTF-16 LE/BE, as PowerShell redirects write), CRLF, and JSON vs NDJSON vs XML.
import { GateError } from "../model/errors.js";
import type { ReportInput } from "../model/report-input.js";
import { duplicateKeyMessage, findDuplicateKey, lineColumn } from "../model/json-keys.js";

export type { ReportInput };

export function decodeText(bytes: Uint8Array, path: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder("utf-8").decode(bytes.subarray(3));
  } else if (looksUtf16WithoutBom(bytes)) {
    text = new TextDecoder(bytes[0] === 0 ? "utf-16be" : "utf-16le").decode(bytes);
  } else {
    text = new TextDecoder("utf-8").decode(bytes);
  }
  if (text.includes("\u0000")) {
    throw new GateError("is a binary file, not a scanner report", { file: path });
  }
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

// JSON always starts with an ASCII character, so a zero byte in one of the first two positions
// means UTF-16 written without a byte order mark.
function looksUtf16WithoutBom(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && (bytes[0] === 0) !== (bytes[1] === 0);
}

export function decodeReport(bytes: Uint8Array, path: string): ReportInput {
  const text = decodeText(bytes, path);
  const trimmed = text.trim();
  if (trimmed === "")
    throw new GateError("is empty: an empty report is not a pass", { file: path });
  if (trimmed.startsWith("<")) return { path, text, syntax: "xml", json: undefined };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const ndjson = tryNdjson(text, path) ?? tryConcatenated(text, path);
    if (ndjson) return { path, text, syntax: "ndjson", json: ndjson };
    throw jsonError(err, text, path);
  }
  const duplicate = duplicateKeyError(text, json, text, 0, path);
  if (duplicate) throw duplicate;
  return { path, text, syntax: "json", json };
}

/** Several JSON values, one per line (yarn audit, gitleaks --report-format jsonl...). */
function tryNdjson(text: string, path: string): unknown[] | undefined {
  const values: unknown[] = [];
  let duplicate: GateError | undefined;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line.trim() !== "") {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return undefined;
      }
      duplicate ??= duplicateKeyError(line, value, text, start, path);
      values.push(value);
    }
    start = end + 1;
  }
  if (values.length < 2) return undefined;
  // Only once every line parses: a file that is not NDJSON gets the JSON error instead.
  if (duplicate) throw duplicate;
  return values;
}

/**
 * Several JSON values one after another, pretty-printed (govulncheck -json): each value read
 * whole, with the same duplicate-key check as any other report. Only when every value is an
 * object or an array and there are two or more; otherwise the file gets the JSON error.
 */
function tryConcatenated(text: string, path: string): unknown[] | undefined {
  const spans = jsonValueSpans(text);
  if (!spans || spans.length < 2) return undefined;
  const values: unknown[] = [];
  let duplicate: GateError | undefined;
  for (const [start, end] of spans) {
    const part = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(part);
    } catch {
      return undefined;
    }
    duplicate ??= duplicateKeyError(part, value, text, start, path);
    values.push(value);
  }
  if (duplicate) throw duplicate;
  return values;
}

/**
 * Where each top-level object or array of `text` starts and ends, found by counting brackets
 * outside strings; undefined when something else stands between them (a bare scalar, an
 * unclosed value). JSON.parse then checks each span: this only cuts.
 */
export function jsonValueSpans(text: string): [number, number][] | undefined {
  const spans: [number, number][] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
    if (i === text.length) return spans;
    const first = text[i];
    if (first !== "{" && first !== "[") return undefined;
    const start = i;
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      } else if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        depth--;
        if (depth === 0) break;
      }
    }
    if (depth !== 0) return undefined;
    spans.push([start, ++i]);
  }
}

/** JSON's four whitespace characters: space, tab, LF, CR. */
function isJsonSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The values of a report decoded as a stream (NDJSON or concatenated): for tests and tools. */
export function streamValues(text: string): unknown[] {
  return (jsonValueSpans(text) ?? []).map(([s, e]) => JSON.parse(text.slice(s, e)) as unknown);
}

/** A key written twice in `part` (the JSON text at `at` in `text`), as a GateError at the
 * second copy; see src/json-keys.ts. */
function duplicateKeyError(
  part: string,
  value: unknown,
  text: string,
  at: number,
  path: string,
): GateError | undefined {
  const duplicate = findDuplicateKey(part, value);
  if (!duplicate) return undefined;
  const place = lineColumn(text, at + duplicate.offset);
  return new GateError(duplicateKeyMessage(duplicate.key), { file: path, ...place });
}

/** Turns V8's "at position N" into a line and column. */
function jsonError(err: unknown, text: string, path: string): GateError {
  const message = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(message);
  // Truncated files ("Unexpected end of JSON input") carry no position: point at the end.
  const offset = m ? Number(m[1]) : /end of JSON/.test(message) ? text.trimEnd().length : undefined;
  if (offset === undefined) return new GateError(`is not valid JSON (${message})`, { file: path });
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/ at position \d+.*$/s, "");
  return new GateError(`is not valid JSON: ${reason}`, { file: path, ...lineColumn(text, offset) });
}
