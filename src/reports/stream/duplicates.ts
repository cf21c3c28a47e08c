// Duplicated keys met while streaming (src/json-keys.ts has the rule and the check): the same
// message as reading whole gives, at the same line and column, counted from the file's bytes
// since the text is never held whole.
import { readSync } from "node:fs";
import { GateError } from "../../model/errors.js";
import { duplicateKeyMessage, findDuplicateKey } from "../../model/json-keys.js";

/** Throws when `text` (whose JSON.parse is `value`), the decoded bytes of the file from byte
 * `at` on, writes a key twice in one object. */
export function rejectDuplicateKeys(
  fd: number,
  file: string,
  text: string,
  value: unknown,
  at: number,
): void {
  const duplicate = findDuplicateKey(text, value);
  if (!duplicate) return;
  const byte = at + Buffer.byteLength(text.slice(0, duplicate.offset));
  throw duplicateKeyError(fd, file, duplicate.key, byte);
}

/** The GateError for a second copy of `key` whose opening quote is at byte `byte`. */
export function duplicateKeyError(
  fd: number,
  file: string,
  key: string | undefined,
  byte: number,
): GateError {
  return new GateError(duplicateKeyMessage(key), { file, ...placeOfByte(fd, byte) });
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The line and column of byte `offset` as reading whole counts them (decode.ts): CRLF and a
 * lone CR each end one line, a UTF-8 byte order mark is not a column, and columns are UTF-16
 * code units (every byte that starts a character is one, a 4-byte character is two). One pass
 * over the bytes before it: only on the way to an error.
 */
export function placeOfByte(fd: number, offset: number): { line: number; column: number } {
  const buf = Buffer.alloc(Math.min(1 << 20, Math.max(offset, 3)));
  let line = 1;
  let units = 0;
  let afterCr = false;
  let position = 0;
  while (position < offset) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, offset - position), position);
    if (n === 0) break;
    let i = 0;
    if (position === 0 && n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
    for (; i < n; i++) {
      const c = buf[i]!;
      if (c === LF || c === CR) {
        if (!(c === LF && afterCr)) line++;
        units = 0;
        afterCr = c === CR;
        continue;
      }
      afterCr = false;
      if ((c & 0xc0) !== 0x80) units += c >= 0xf0 ? 2 : 1;
    }
    position += n;
  }
  return { line, column: units + 1 };
}
