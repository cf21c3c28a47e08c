// What detection sees of a streamed report: the skeleton with every streamed array holding
// its first element again. Detection is exclusive (parsers/detect.ts): it must see the
// findings containers the skeleton emptied (another format's, beside the parser's own) and
// the shape of their entries (a Grype report trimmed to its matches is known by them).
import type { ReportInput } from "../decode.js";
import { elementBatches } from "./elements.js";
import type { Place } from "./paths.js";
import type { Skeleton } from "./skeleton.js";

export function sampleOf(fd: number, skeleton: Skeleton, input: ReportInput): ReportInput {
  let json = skeleton.value;
  for (const array of skeleton.arrays) {
    if (array.empty) continue;
    // One byte per batch: the first batch is the first element alone, however large.
    const first = elementBatches(fd, array, input.path, 1).next();
    if (!first.done) json = withElements(json, array.place, 0, first.value.slice(0, 1));
  }
  return { ...input, json };
}

/** A copy of `node` in which the array at `place` holds `elements` (the rest left as it is). */
function withElements(node: unknown, place: Place, depth: number, elements: unknown[]): unknown {
  if (depth === place.length) return elements;
  const key = place[depth]!;
  if (typeof key === "number") {
    const copy = [...(node as unknown[])];
    copy[key] = withElements(copy[key], place, depth + 1, elements);
    return copy;
  }
  const obj = node as Record<string, unknown>;
  return { ...obj, [key]: withElements(obj[key], place, depth + 1, elements) };
}
