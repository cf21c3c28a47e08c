// Loading and validating a policy (ztgate.yml and the packs it extends). Validation is done
// once, here, with the published JSON Schema; every error names the file, line and column.
import { Ajv, type ErrorObject } from "ajv";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { compileWhen, type Predicate, type When } from "./conditions.js";
import { GateError } from "./errors.js";
import type { Severity } from "./finding.js";
import { BUILTIN_PACKS, DEFAULT_PACK } from "./packs.js";
import schema from "../schema/policy.schema.json";
import { parseYaml, type YamlSource } from "./yaml-source.js";

export type Action = "block" | "warn" | "info" | "ignore";
export type FailOn = "block" | "warn" | "never";

export interface Rule {
  id: string;
  description?: string;
  when: When;
  action: Action;
  /** The file or pack the rule was defined in (for explanations). */
  source: string;
  matches: Predicate;
}

export interface Settings {
  failOn: FailOn;
  unknownSeverity: Severity;
  defaultAction: Action;
}

export interface Policy {
  /** Where the policy came from: a path, or "built-in:NAME". */
  source: string;
  rules: Rule[];
  settings: Settings;
}

/** The policy document as written (after schema validation). */
interface PolicyDocument {
  version: 1;
  extends?: string[];
  rules?: { id: string; description?: string; when: When; action: Action }[];
  settings?: { "fail-on"?: FailOn; "unknown-severity"?: Severity; "default-action"?: Action };
}

export const DEFAULT_SETTINGS: Settings = {
  failOn: "block",
  unknownSeverity: "high",
  defaultAction: "info",
};

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
const validateDocument = ajv.compile<PolicyDocument>(schema);

/** Reads files for the loader; injected so tests and the action can supply their own. */
export type ReadText = (path: string) => string;
const readFromDisk: ReadText = (path) => readFileSync(path, "utf8");

export function loadPolicy(path: string | undefined, read: ReadText = readFromDisk): Policy {
  if (path === undefined) return loadBuiltin(DEFAULT_PACK, new Set());
  return loadFile(resolve(path), path, read, new Set());
}

function loadBuiltin(name: string, seen: Set<string>): Policy {
  const text = BUILTIN_PACKS[name];
  if (text === undefined) throw new GateError(`unknown built-in pack "${name}"`);
  return fromText(text, `built-in:${name}`, undefined, readFromDisk, seen);
}

function loadFile(absolute: string, shown: string, read: ReadText, seen: Set<string>): Policy {
  let text: string;
  try {
    text = read(absolute);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
    throw new GateError(`policy ${why}`, { file: shown });
  }
  return fromText(text, shown, dirname(absolute), read, seen);
}

function fromText(
  text: string,
  file: string,
  dir: string | undefined,
  read: ReadText,
  seen: Set<string>,
): Policy {
  if (seen.has(file)) throw new GateError("extends itself (a cycle of extends)", { file });
  const source = parseYaml(text, file);
  const doc = validate(source);
  const nextSeen = new Set(seen).add(file);
  const bases = (doc.extends ?? []).map((ref) => {
    if (ref in BUILTIN_PACKS) return loadBuiltin(ref, nextSeen);
    if (!dir) throw new GateError(`built-in pack extends unknown pack "${ref}"`, { file });
    return loadFile(resolve(dir, ref), ref, read, nextSeen);
  });
  const own: Rule[] = (doc.rules ?? []).map((r, i) => compileRule(r, file, source, i));
  return {
    source: file,
    rules: mergeRules([...bases.map((b) => b.rules), own]),
    settings: {
      ...bases.reduce((acc, b) => ({ ...acc, ...b.settings }), DEFAULT_SETTINGS),
      ...definedSettings(doc),
    },
  };
}

function definedSettings(doc: PolicyDocument): Partial<Settings> {
  const s = doc.settings ?? {};
  const out: Partial<Settings> = {};
  if (s["fail-on"]) out.failOn = s["fail-on"];
  if (s["unknown-severity"]) out.unknownSeverity = s["unknown-severity"];
  if (s["default-action"]) out.defaultAction = s["default-action"];
  return out;
}

/** Later layers override earlier rules with the same id, keeping the earlier position. */
function mergeRules(layers: Rule[][]): Rule[] {
  const byId = new Map<string, Rule>();
  for (const layer of layers) for (const rule of layer) byId.set(rule.id, rule);
  return [...byId.values()];
}

function compileRule(
  r: NonNullable<PolicyDocument["rules"]>[number],
  file: string,
  source: YamlSource,
  index: number,
): Rule {
  try {
    return { ...r, source: file, matches: compileWhen(r.when) };
  } catch (err) {
    const at = source.locate(`/rules/${index}/when`);
    throw new GateError(`rule "${r.id}": ${(err as Error).message}`, { file, ...at });
  }
}

function validate(source: YamlSource): PolicyDocument {
  if (validateDocument(source.value)) {
    checkUniqueRuleIds(source.value, source);
    return source.value;
  }
  const error = validateDocument.errors?.[0];
  if (!error) throw new GateError("invalid policy", { file: source.file });
  const { pointer, message } = describeSchemaError(error);
  throw new GateError(message, { file: source.file, ...source.locate(pointer) });
}

function checkUniqueRuleIds(doc: PolicyDocument, source: YamlSource): void {
  const seen = new Set<string>();
  (doc.rules ?? []).forEach((rule, i) => {
    if (seen.has(rule.id)) {
      throw new GateError(`duplicate rule id "${rule.id}"`, {
        file: source.file,
        ...source.locate(`/rules/${i}/id`),
      });
    }
    seen.add(rule.id);
  });
}

function describeSchemaError(error: ErrorObject): { pointer: string; message: string } {
  const where = error.instancePath || "/";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return {
        pointer: `${error.instancePath}/${String(params.additionalProperty)}`,
        message: `unknown key "${String(params.additionalProperty)}" at ${where}`,
      };
    case "required":
      return {
        pointer: error.instancePath,
        message: `missing required key "${String(params.missingProperty)}" at ${where}`,
      };
    case "enum":
      return {
        pointer: error.instancePath,
        message: `${where} must be one of: ${(params.allowedValues as unknown[]).join(", ")}`,
      };
    default:
      return { pointer: error.instancePath, message: `${where} ${error.message ?? "is invalid"}` };
  }
}
