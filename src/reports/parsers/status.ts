// Reading a field whose value decides whether a finding counts (a status, a kind, a level):
// every value the scanner writes is listed, and any other one is an error naming the file,
// never a finding silently skipped or a suppression silently believed.
import { GateError } from "../../model/errors.js";

/** The meaning of `value` in `known`; an unlisted value is a GateError naming the file. */
export function knownValue<T>(
  known: ReadonlyMap<unknown, T>,
  value: unknown,
  what: string,
  file: string,
): T {
  const meaning = known.get(value);
  if (meaning !== undefined) return meaning;
  const expected = [...known.keys()].map((k) => shown(k)).join(", ");
  throw new GateError(`${what} has an unknown value ${shown(value)} (expected ${expected})`, {
    file,
  });
}

/** A report's value for a message: JSON-quoted (no line breaks) and clipped. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? "(none)";
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
