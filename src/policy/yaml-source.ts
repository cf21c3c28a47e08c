// YAML with positions: parse once, keep the document so validation errors found later (ajv's
// JSON pointers) can be turned back into a line and column in the user's file.
import {
  Composer,
  isAlias,
  isCollection,
  isNode,
  isPair,
  LineCounter,
  Parser,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  visit,
  type YAMLError,
  YAMLParseError,
} from "yaml";
import { GateError } from "../model/errors.js";

export interface YamlSource {
  file: string;
  value: unknown;
  /** Line and column of the node at a JSON pointer ("/rules/0/when"), or of its nearest parent. */
  locate(pointer: string): { line: number; column: number };
}

// Bounds that keep a hostile policy from exhausting memory or the stack: size, nesting and
// alias expansion are capped, and duplicate keys, unknown tags and any parse warning are
// errors, not silent choices. A real policy is a few kilobytes and a handful of levels deep.
export const MAX_YAML_BYTES = 1024 * 1024;
export const MAX_YAML_DEPTH = 64;
const MAX_ALIAS_COUNT = 100;
const COMPOSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  uniqueKeys: true,
  strict: true,
  version: "1.2",
  schema: "core",
};

export function parseYaml(text: string, file: string): YamlSource {
  checkSize(text, file);
  const lineCounter = new LineCounter();
  const doc = composeChecked(text, file, lineCounter);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw yamlError(problem, lineCounter, file);
  rejectComplexKeys(doc, lineCounter, file);
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

// A policy's keys are plain words. A collection or alias as a key ("? [a, b]: x", "*a: x")
// would be stringified by the library with a process warning; it is refused instead.
function rejectComplexKeys(doc: Document, lineCounter: LineCounter, file: string): void {
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !(isCollection(pair.key) || isAlias(pair.key))) return undefined;
      const at =
        isNode(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]) : undefined;
      throw new GateError("invalid YAML: a key must be a plain value, not a list, map or alias", {
        file,
        line: at?.line,
        column: at?.col,
      });
    },
  });
}

function checkSize(text: string, file: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_YAML_BYTES) {
    throw new GateError(
      `is ${bytes} bytes: a policy may be at most ${MAX_YAML_BYTES} bytes (1 MiB)`,
      { file },
    );
  }
}

// The text is lexed into a syntax tree once (as parseDocument would do internally), its depth is
// checked, and the same tokens are composed into the document: reading it twice cost a 10,000-
// rule policy a second (issue 19, P6). Depth is checked before composing because the yaml
// library composes documents recursively; the syntax tree is walked with an explicit stack.
// Flow brackets are counted before even that, because building the syntax tree of "[[[[..."
// takes time that grows with the square of its depth.
function composeChecked(text: string, file: string, lineCounter: LineCounter): Document {
  const tooDeep = ({ line, col }: { line: number; col: number }) =>
    new GateError(`invalid YAML: nested deeper than ${MAX_YAML_DEPTH} levels`, {
      file,
      line,
      column: col,
    });
  const flowAt = deepFlowOffset(text, MAX_YAML_DEPTH * 4);
  if (flowAt !== undefined) throw tooDeep(textPos(text, flowAt));
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  for (const token of tokens) {
    const stack: [CstToken, number][] = [[token as CstToken, 0]];
    for (let top = stack.pop(); top; top = stack.pop()) {
      const [node, depth] = top;
      if (depth > MAX_YAML_DEPTH) throw tooDeep(lineCounter.linePos(node.offset ?? 0));
      if (node.value) stack.push([node.value, depth]);
      for (const item of node.items ?? []) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  // What parseDocument does with the tokens: the first document, a second one an error.
  let doc: Document | undefined;
  for (const next of new Composer(COMPOSE_OPTIONS).compose(tokens, true, text.length)) {
    if (doc) {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          "MULTIPLE_DOCS",
          "Source contains multiple documents; please use YAML.parseAllDocuments()",
        ),
      );
      break;
    }
    doc = next;
  }
  // compose(…, forceDoc = true) always yields a document.
  return doc as Document;
}

/** Line and column of an offset, before the syntax tree (and its line counter) exists. */
function textPos(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, col: offset - before.lastIndexOf("\n") };
}

/** A parse error or warning at its line and column (where the library knows its offset). */
function yamlError(problem: YAMLError, lineCounter: LineCounter, file: string): GateError {
  const pos = problem.pos[0] === -1 ? undefined : lineCounter.linePos(problem.pos[0]);
  return new GateError(`invalid YAML: ${problem.message.split("\n")[0] ?? ""}`, {
    file,
    line: pos?.line,
    column: pos?.col,
  });
}

/** The few fields of yaml's CST tokens the depth check reads. */
interface CstToken {
  offset?: number;
  value?: CstToken;
  items?: { key?: CstToken | null; value?: CstToken }[];
}

/**
 * Where open flow brackets ("[" or "{") first exceed `limit`. Quotes are deliberately not
 * tracked: a stray apostrophe in a plain scalar must not hide brackets from this check, and no
 * real policy has hundreds of unclosed brackets inside strings.
 */
function deepFlowOffset(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}
