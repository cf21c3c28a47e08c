// Compiling the parts of one policy document that can fail on their content (a rule's `when`,
// a waiver, a control or asset glob), each error located at its line and column in the source.
import { compileWhen } from "./conditions.js";
import { GateError } from "../model/errors.js";
import type { Origin, Rule } from "./types.js";
import type { PolicyDocument, RuleDocument } from "./document.js";
import { compileWaiver, type CompiledWaiver } from "./waivers.js";
import type { YamlSource } from "./yaml-source.js";

export function compileRule(
  r: RuleDocument,
  file: string,
  origin: Origin,
  source: YamlSource,
  index: number,
): Rule {
  try {
    const { examples, ...rest } = r;
    return {
      ...rest,
      source: file,
      origin,
      examples: examples ?? [],
      matches: compileWhen(r.when, { action: r.action }),
      asksSuppressed: r.when.suppressed !== undefined,
    };
  } catch (err) {
    const at = source.locate(`/rules/${index}/when`);
    throw new GateError(`rule "${r.id}": ${(err as Error).message}`, { file, ...at });
  }
}

/** Runs a compile step; its plain errors (a bad glob...) become GateErrors at `pointer`. */
export function locatedErrors<T>(source: YamlSource, pointer: string, compile: () => T): T {
  try {
    return compile();
  } catch (err) {
    if (err instanceof GateError) throw err;
    throw new GateError((err as Error).message, { file: source.file, ...source.locate(pointer) });
  }
}

export function compileWaivers(doc: PolicyDocument, source: YamlSource): CompiledWaiver[] {
  return (doc.waivers ?? []).map((w, i) => {
    const at = source.locate(`/waivers/${i}`);
    try {
      return compileWaiver(w, `${source.file}:${at.line}`);
    } catch (err) {
      const message = `waiver for "${w.id}": ${(err as Error).message}`;
      throw new GateError(message, { file: source.file, ...at });
    }
  });
}
