// The reporter registry: every output format, listed explicitly.
import { annotationsReporter } from "./annotations.js";
import { consoleReporter } from "./console.js";
import { json } from "./json.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import type { Reporter } from "./types.js";

export const REPORTERS = [
  consoleReporter,
  json,
  markdown,
  sarif,
  annotationsReporter,
] as const satisfies readonly Reporter[];

export type { Reporter, ReportContext } from "./types.js";

export function reporterById(id: string): Reporter | undefined {
  return REPORTERS.find((r) => r.id === id);
}
