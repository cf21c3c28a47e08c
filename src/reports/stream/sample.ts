// What detection sees of a streamed report: the skeleton with every streamed array holding
// its first element again. Detection is exclusive (parsers/detect.ts): it must see the
// findings containers the skeleton emptied (another format's, beside the parser's own) and
// the shape of their entries (a Grype report trimmed to its matches is known by them).
import type { ReportInput } from "../../model/report-input.js";
import { elementBatches, type Batch } from "./elements.js";
import type { Place } from "./paths.js";
import type { Skeleton } from "./skeleton.js";

export function sampleOf(fd: number, skeleton: Skeleton, input: ReportInput): ReportInput {
  // Objects and arrays copied so far: each is copied once, however many streamed arrays lie
  // below it (a cluster report has thousands of Results), and the skeleton stays untouched.
  const copies = new WeakSet<object>();
  let json = skeleton.value;
  for (const array of skeleton.arrays) {
    if (array.empty) continue;
    // One byte per batch: the first batch is the first element alone, however large.
    const first = elementBatches(fd, array, input.path, 1).next();
    if (first.done) continue;
    const sample = Array.isArray(first.value) ? first.value.slice(0, 1) : first.value;
    json = withElements(json, array.place, 0, sample, copies);
  }
  return { ...input, json };
}

/** `node`, copied unless already a copy, in which the array at `place` holds `elements`. */
function withElements(
  node: unknown,
  place: Place,
  depth: number,
  elements: Batch,
  copies: WeakSet<object>,
): unknown {
  if (depth === place.length) return elements;
  const own = node as Record<string | number, unknown>;
  const copy = copies.has(own) ? own : Array.isArray(own) ? [...own] : { ...own };
  copies.add(copy);
  const key = place[depth]!;
  (copy as Record<string | number, unknown>)[key] = withElements(
    own[key],
    place,
    depth + 1,
    elements,
    copies,
  );
  return copy;
}
