// Seeds for the fuzzer: the real reports of fixtures/real (and the small reports of fixtures/demo
// and test/data), grouped by the parser that reads them. Large reports are pruned to a few
// elements per array so that thousands of mutations of them stay fast; their shape is what
// matters, not their length.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeReport, type ReportInput } from "../../src/reports/decode.js";
import { PARSERS } from "../../src/reports/parsers/index.js";
import { FORCED } from "../helpers/formats.js";

export const ROOT = join(import.meta.dirname, "../..");
const SEED_DIRS = ["fixtures/real", "fixtures/demo", "test/data"];
const MAX_ARRAY = 3;
const MAX_STRING = 300;

export interface Seed {
  /** The fixture it came from, relative to the repository. */
  file: string;
  syntax: ReportInput["syntax"];
  /** The pruned document (JSON and NDJSON); undefined for XML. */
  json: unknown;
  /** The pruned document serialised the way the scanner writes it. */
  text: string;
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(json|jsonl|sarif|xml)$/.test(name) && name !== "MANIFEST.json") yield path;
  }
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, MAX_ARRAY).map(prune);
  if (typeof value === "string") return value.slice(0, MAX_STRING);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prune(v)]));
  }
  return value;
}

export function serialise(json: unknown, syntax: ReportInput["syntax"]): string {
  if (syntax === "ndjson" && Array.isArray(json)) {
    return json.map((line) => JSON.stringify(line)).join("\n") + "\n";
  }
  return JSON.stringify(json, null, 1);
}

function toSeed(path: string): Seed | undefined {
  let input: ReportInput;
  try {
    input = decodeReport(readFileSync(path), path);
  } catch {
    return undefined; // the deliberately broken files of test/data are not seeds
  }
  const file = relative(ROOT, path);
  if (input.syntax === "xml") {
    return { file, syntax: "xml", json: undefined, text: input.text.slice(0, 20_000) };
  }
  const json = prune(input.json);
  return { file, syntax: input.syntax, json, text: serialise(json, input.syntax) };
}

/** Parser id → its seeds: the files it detects, plus those that must be forced on it. */
export function seedsByParser(): Map<string, Seed[]> {
  const byParser = new Map<string, Seed[]>(PARSERS.map((p) => [p.id, []]));
  for (const dir of SEED_DIRS) {
    for (const path of files(join(ROOT, dir))) {
      const seed = toSeed(path);
      if (!seed) continue;
      const input = decodeReport(readFileSync(path), path);
      const forced = FORCED[relative(join(ROOT, "fixtures/real"), path)]?.format;
      const parser = forced ?? PARSERS.find((p) => p.detect(input))?.id;
      if (parser) byParser.get(parser)?.push(seed);
    }
  }
  return byParser;
}
