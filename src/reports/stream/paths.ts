// Paths of the big arrays a parser can take one element at a time, written as parser authors
// think of them: "matches", "runs[].results", "Results[].Vulnerabilities", "[].Vulnerabilities"
// (a top-level array of results); "vulnerabilities{}" streams the members of an object.

/** A concrete place in a document: object keys and array indices. */
export type Place = (string | number)[];

/** A compiled pattern: object keys, ANY_INDEX for "every element of this array" and, last
 * only, ANY_KEY for "every member of this object". */
export type Pattern = readonly (string | typeof ANY_INDEX | typeof ANY_KEY)[];
export const ANY_INDEX = Symbol("[]");
export const ANY_KEY = Symbol("{}");

export function compilePattern(text: string): Pattern {
  const out: (string | typeof ANY_INDEX | typeof ANY_KEY)[] = [];
  const members = text.endsWith("{}");
  for (const part of (members ? text.slice(0, -2) : text).split(".")) {
    const m = /^([^[\]{}]*)((?:\[\])*)$/.exec(part);
    if (!m) throw new Error(`invalid stream path "${text}"`);
    if (m[1]) out.push(m[1]);
    for (let i = 0; i < (m[2]?.length ?? 0) / 2; i++) out.push(ANY_INDEX);
  }
  if (members) out.push(ANY_KEY);
  return out;
}

function segmentMatches(segment: Pattern[number], key: string | number): boolean {
  if (segment === ANY_INDEX) return typeof key === "number";
  return segment === ANY_KEY ? typeof key === "string" : segment === key;
}

/** The place of the streamed container itself: a members pattern names the object's members. */
export function containerPattern(pattern: Pattern): Pattern {
  return pattern[pattern.length - 1] === ANY_KEY ? pattern.slice(0, -1) : pattern;
}

/** How the value at `place` is read: streamed element by element (an array) or member by
 * member (an object), walked into, or whole. */
export type Role = "stream" | "members" | "walk" | "whole";

export function roleOf(place: Place, patterns: readonly Pattern[]): Role {
  let role: Role = "whole";
  for (const full of patterns) {
    const pattern = containerPattern(full);
    if (place.length > pattern.length) continue;
    let matches = true;
    for (let i = 0; i < place.length; i++) {
      if (!segmentMatches(pattern[i]!, place[i]!)) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;
    if (place.length === pattern.length) return pattern === full ? "stream" : "members";
    role = "walk";
  }
  return role;
}

/** "$.Results[3].Vulnerabilities", for messages. */
export function describePlace(place: Place): string {
  return "$" + place.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("");
}
