// The containers the scan (scan.ts) is inside, innermost last, and how a value read whole is
// put into the skeleton it builds.
import type { Place } from "./paths.js";
import type { StreamedArray } from "./skeleton.js";

export type Container = Record<string, unknown> | unknown[];

export interface Frame {
  container: Container;
  place: Place;
  /** The key whose value comes next (objects). */
  key: string;
  /** Set when this array's elements are streamed rather than parsed. */
  streamed?: StreamedArray;
  /** Where the container's "[" or "{" is in the file. */
  openAt: number;
}

/** Puts a value into the container on top of the stack; false when there is none (the value
 * is then the document). */
export function assignTo(top: Frame | undefined, value: unknown): boolean {
  if (!top) return false;
  if (Array.isArray(top.container)) top.container.push(value);
  else setMember(top.container, top.key, value);
  return true;
}

/** `object[key] = value` as JSON.parse does it: "__proto__" is an own member (assigning it
 * would set the prototype). */
export function setMember(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key !== "__proto__") object[key] = value;
  else
    Object.defineProperty(object, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
}

/** The key or index of the value that comes next in `frame`. */
export function placeKey(frame: Frame): string | number {
  if (Array.isArray(frame.container)) return frame.container.length;
  return frame.key;
}
