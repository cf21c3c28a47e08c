// Errors that mean "the gate cannot decide" (exit 2). They always name the file they are
// about, and the line and column where there is one, so a user can fix the input.
import { printableLine } from "./safe-text.js";

export interface ErrorPlace {
  file?: string;
  line?: number;
  column?: number;
}

export class GateError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** The scanner's own error code, for reports that are only an error object. */
  readonly code?: string;

  constructor(message: string, place: ErrorPlace = {}, code?: string) {
    super(message);
    this.name = "GateError";
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.code = code;
  }

  /** "file:line:col: message", the shape editors and CI logs link. */
  describe(): string {
    if (!this.file) return this.message;
    const at = [this.file, this.line, this.line !== undefined ? this.column : undefined]
      .filter((p) => p !== undefined)
      .join(":");
    return `${at}: ${this.message}`;
  }
}

/**
 * The message as it is shown anywhere (CLI, action, summary): one line under the output rule.
 * It quotes file names and report text, which are untrusted: a name carrying
 * "\n::add-mask::..." must not start a line of its own.
 */
export function errorMessage(err: unknown): string {
  if (err instanceof GateError) return printableLine(err.describe());
  if (err instanceof Error) return printableLine(err.message);
  return printableLine(String(err));
}
