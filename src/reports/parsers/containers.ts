// Findings containers: where in a document a format keeps what becomes findings, written as
// paths ("matches[]", "results.failed_checks[]", "advisories{}", "[].Vulnerabilities[]").
// `name[]` steps into every element of the array `name`, `name{}` into every member value of
// the object `name`, a bare `name` to that member (`*` to every member), and a leading `[]`
// or `{}` into the document itself. A container is present when its path reaches at least one
// value; a value of another type is someone else's container, not this one.
import { isObject } from "./fields.js";

type Step = { key: string } | { each: "[]" | "{}" | "*" };

const compiled = new Map<string, readonly Step[]>();

function stepsOf(path: string): readonly Step[] {
  let steps = compiled.get(path);
  if (!steps) {
    steps = path.split(".").flatMap((part): Step[] => {
      const m = /^([^[\]{}]*)(\[\]|\{\})?$/.exec(part);
      if (!m) throw new Error(`invalid container path "${path}"`);
      const name = m[1] ?? "";
      const out: Step[] = name === "*" ? [{ each: "*" }] : name ? [{ key: name }] : [];
      if (m[2]) out.push({ each: m[2] as "[]" | "{}" });
      return out;
    });
    compiled.set(path, steps);
  }
  return steps;
}

/** True when the path reaches a value that is given (not undefined, null or empty). */
export function holds(doc: unknown, path: string): boolean {
  return reaches(doc, stepsOf(path), 0);
}

function reaches(node: unknown, steps: readonly Step[], at: number): boolean {
  if (at === steps.length) return given(node);
  const step = steps[at]!;
  if ("key" in step) {
    return (
      isObject(node) && Object.hasOwn(node, step.key) && reaches(node[step.key], steps, at + 1)
    );
  }
  if (step.each === "[]") {
    if (!Array.isArray(node)) return false;
    // for...of with an early return: a present container is usually found at its first element.
    for (const item of node) if (reaches(item, steps, at + 1)) return true;
    return false;
  }
  if (!isObject(node)) return false;
  for (const key in node) if (reaches(node[key], steps, at + 1)) return true;
  return false;
}

function given(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return !isObject(value) || Object.keys(value).length > 0;
}
