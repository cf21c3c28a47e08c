// YAML with positions: parse once, keep the document so validation errors found later (ajv's
// JSON pointers) can be turned back into a line and column in the user's file.
import {
  isNode,
  LineCounter,
  parseDocument,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from "yaml";
import { GateError } from "./errors.js";

export interface YamlSource {
  file: string;
  value: unknown;
  /** Line and column of the node at a JSON pointer ("/rules/0/when"), or of its nearest parent. */
  locate(pointer: string): { line: number; column: number };
}

// Bounds that keep a hostile policy from exhausting memory: alias expansion is capped and
// duplicate keys, unknown tags and any parse warning are errors, not silent choices.
const MAX_ALIAS_COUNT = 100;
const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  uniqueKeys: true,
  prettyErrors: true,
  strict: true,
  version: "1.2",
  schema: "core",
};

export function parseYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    // prettyErrors adds "at line L, column C:" and a code excerpt; we report the place ourselves.
    const message = (problem.message.split("\n")[0] ?? "").replace(
      / at line \d+, column \d+:?$/,
      "",
    );
    throw new GateError(`invalid YAML: ${message}`, {
      file,
      line: pos?.line,
      column: pos?.col,
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    throw new GateError(`invalid YAML: ${(err as Error).message}`, { file });
  }
  const locate = (pointer: string) => {
    const path = pointer
      .split("/")
      .slice(1)
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { file, value, locate };
}
