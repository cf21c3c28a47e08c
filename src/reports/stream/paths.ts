// Paths of the big arrays a parser can take one element at a time, written as parser authors
// think of them: "matches", "runs[].results", "Results[].Vulnerabilities", "[].Vulnerabilities"
// (a top-level array of results).

/** A concrete place in a document: object keys and array indices. */
export type Place = (string | number)[];

/** A compiled pattern: object keys, and ANY_INDEX for "every element of this array". */
export type Pattern = readonly (string | typeof ANY_INDEX)[];
export const ANY_INDEX = Symbol("[]");

export function compilePattern(text: string): Pattern {
  const out: (string | typeof ANY_INDEX)[] = [];
  for (const part of text.split(".")) {
    const m = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    if (!m) throw new Error(`invalid stream path "${text}"`);
    if (m[1]) out.push(m[1]);
    for (let i = 0; i < (m[2]?.length ?? 0) / 2; i++) out.push(ANY_INDEX);
  }
  return out;
}

function segmentMatches(segment: string | typeof ANY_INDEX, key: string | number): boolean {
  return segment === ANY_INDEX ? typeof key === "number" : segment === key;
}

/** How the value at `place` is read: streamed element by element, walked into, or whole. */
export type Role = "stream" | "walk" | "whole";

export function roleOf(place: Place, patterns: readonly Pattern[]): Role {
  let role: Role = "whole";
  for (const pattern of patterns) {
    if (place.length > pattern.length) continue;
    let matches = true;
    for (let i = 0; i < place.length; i++) {
      if (!segmentMatches(pattern[i]!, place[i]!)) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;
    if (place.length === pattern.length) return "stream";
    role = "walk";
  }
  return role;
}

/** "$.Results[3].Vulnerabilities", for messages. */
export function describePlace(place: Place): string {
  return "$" + place.map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`)).join("");
}
