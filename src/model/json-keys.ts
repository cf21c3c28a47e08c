// Duplicated keys in JSON objects (issue 13). JSON.parse keeps the last copy of a key written
// twice, a streaming reader may keep the first, and a report that means two things depending
// on who reads it is no evidence: any key written twice in one object is exit 2, wherever it
// is (no real report in fixtures/ has one; see docs/design.md, Decoding).
//
// The check must cost well under the JSON.parse it follows (reports reach 1 GiB), so it does
// not build a set of keys per object: it counts the keys written in the text (one indexOf per
// quote) and the keys the parsed value holds (a walk of its objects). JSON.parse drops exactly
// one key per duplicate, so the counts differ if and only if a key was written twice; only
// then is the text scanned slowly to say which key and where.

import { GateError } from "./errors.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

/** The second copy of a key: the key decoded, and the UTF-16 offset of its opening quote
 * (no key, at offset 0, when the counts differ and the scan finds none: see below). */
export interface DuplicateKey {
  key?: string;
  offset: number;
}

/** The first key written twice in one object of `text` (whose JSON.parse is `value`), in
 * document order; undefined when every object's keys are distinct. */
export function findDuplicateKey(text: string, value: unknown): DuplicateKey | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (keysWritten(text) === keysHeld(value)) return undefined;
  // Counts that differ without a duplicate cannot happen for text JSON.parse accepted; if
  // they ever did, the report is still refused (at its start) rather than passed.
  return locateDuplicateKey(text) ?? { offset: 0 };
}

/** The one message both reading paths give, so a report fails the same way at any size. */
export function duplicateKeyMessage(key: string | undefined): string {
  if (key === undefined) return "has a key twice in one object, so the report is refused";
  const shown = JSON.stringify(key);
  const name = shown.length > 80 ? `${shown.slice(0, 77)}..."` : shown;
  return `has the key ${name} twice in one object: readers disagree on which copy counts, so the report is refused`;
}

/**
 * A whole JSON file ztgate reads besides reports (a baseline, a KEV catalog), parsed and
 * refused like a report when it is not JSON or writes a key twice. `what` names it in the
 * messages ("baseline"); the file is in the error.
 */
export function parseJsonFile(text: string, file: string, what?: string): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const message = `is not valid JSON (${(err as Error).message})`;
    throw new GateError(what ? `${what} ${message}` : message, { file });
  }
  const duplicate = findDuplicateKey(text, doc);
  if (duplicate) {
    const message = duplicateKeyMessage(duplicate.key);
    throw new GateError(what ? message.replace("report", what) : message, {
      file,
      ...lineColumn(text, duplicate.offset),
    });
  }
  return doc;
}

/**
 * How many keys `text` writes, in every object at every depth. Exact for valid JSON only: the
 * first quote outside a string opens one, and a string followed by ":" is a key.
 */
export function keysWritten(text: string): number {
  let keys = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    const close = closingQuote(text, open);
    let i = close + 1;
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
    if (c === COLON) keys++;
    open = text.indexOf('"', i);
  }
  return keys;
}

/** How many keys the objects of a parsed value hold, at every depth (an explicit stack:
 * JSON.parse accepts nesting deeper than the call stack). */
export function keysHeld(value: unknown): number {
  let keys = 0;
  if (typeof value !== "object" || value === null) return 0; // for-in would walk a string
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) {
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    } else {
      const obj = node as Record<string, unknown>;
      // for-in is the fastest walk of JSON.parse's objects (3x Object.keys); their prototype
      // is Object.prototype, whose properties are not enumerable.
      for (const key in obj) {
        keys++;
        const item = obj[key];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    }
  }
  return keys;
}

/** The quote that closes the string opened at `open` (an escaped quote does not). */
function closingQuote(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  while (q !== -1 && text.charCodeAt(q - 1) === BACKSLASH) {
    let k = q - 2;
    while (text.charCodeAt(k) === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) break; // an even run of backslashes escapes only itself
    q = text.indexOf('"', q + 1);
  }
  return q === -1 ? text.length : q;
}

/**
 * The slow, exact scan (the error path only): a set of decoded keys per open object, so "a"
 * and "\u0061" are the same key, as they are to JSON.parse.
 */
export function locateDuplicateKey(text: string): DuplicateKey | undefined {
  const objects: (Set<string> | undefined)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LBRACE) objects.push(new Set());
    else if (c === LBRACKET) objects.push(undefined);
    else if (c === RBRACE || c === RBRACKET) objects.pop();
    else if (c === QUOTE) {
      const close = closingQuote(text, i);
      const keys = objects[objects.length - 1];
      if (keys && isFollowedByColon(text, close + 1)) {
        const raw = text.slice(i + 1, close);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (keys.has(key)) return { key, offset: i };
        keys.add(key);
      }
      i = close;
    }
  }
  return undefined;
}

function isFollowedByColon(text: string, from: number): boolean {
  let i = from;
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
  return c === COLON;
}

/** Line and column (1-based; columns in UTF-16 code units) of `offset` in an LF text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return { line, column: offset - text.slice(0, offset).lastIndexOf("\n") };
}
