// The byte-level inner loop of the scan: skipping over a value read whole (only strings and
// bracket depth matter) and over strings (their closing quote, escapes included), with the
// state carried from one chunk of the file to the next.
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const LBRACE = 0x7b;
export const RBRACE = 0x7d;
export const LBRACKET = 0x5b;
export const RBRACKET = 0x5d;

const STRUCTURAL = new Uint8Array(256);
for (const c of [QUOTE, LBRACE, RBRACE, LBRACKET, RBRACKET]) STRUCTURAL[c] = 1;

export class ValueSkipper {
  private depth = 0;
  /** The previous chunk ended inside a string of the value. */
  private inString = false;
  /** The previous chunk ended inside a string on an unpaired backslash. */
  private escape = false;

  /** A value read whole starts: its "{" or "[" has just been read. */
  enter(): void {
    this.depth = 1;
    this.inString = false;
  }

  /**
   * Index just past the bracket that closes the value, or -1 when the value goes on past
   * buf[n) into the next chunk.
   */
  skipNested(buf: Buffer, n: number, from: number): number {
    let i = from;
    if (this.inString) {
      const q = this.skipString(buf, n, i);
      if (q < 0) return -1;
      this.inString = false;
      i = q + 1;
    }
    while (i < n) {
      // Most bytes outside strings are indentation, keys' punctuation and numbers: skip them
      // with one table lookup each.
      while (i < n && STRUCTURAL[buf[i]!] === 0) i++;
      if (i === n) break;
      const c = buf[i]!;
      if (c === QUOTE) {
        const q = this.skipString(buf, n, i + 1);
        if (q < 0) {
          this.inString = true;
          return -1;
        }
        i = q + 1;
        continue;
      }
      if (c === LBRACE || c === LBRACKET) this.depth++;
      else if ((c === RBRACE || c === RBRACKET) && --this.depth === 0) return i + 1;
      i++;
    }
    return -1;
  }

  /** Index of the quote that closes the string, or -1 when it goes on into the next chunk. */
  skipString(buf: Buffer, n: number, from: number): number {
    let i = from;
    if (this.escape) {
      this.escape = false;
      i++;
    }
    for (;;) {
      let q = i < n ? buf.indexOf(QUOTE, i) : -1;
      if (q >= n) q = -1;
      const stop = q === -1 ? n : q;
      let run = 0;
      for (let k = stop - 1; k >= i && buf[k] === BACKSLASH; k--) run++;
      if (q === -1) {
        this.escape = run % 2 === 1;
        return -1;
      }
      if (run % 2 === 0) return q;
      i = q + 1;
    }
  }
}
