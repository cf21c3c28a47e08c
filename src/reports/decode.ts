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
    const ndjson = tryNdjson(text, path);
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
