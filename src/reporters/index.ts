// The reporter registry: every output format, listed explicitly.
import { annotationsReporter } from "./annotations.js";
import { consoleReporter } from "./console.js";
import { html } from "./html.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { openvex } from "./openvex.js";
import { sarif } from "./sarif.js";
import type { Reporter } from "./types.js";

export const REPORTERS = [
  consoleReporter,
  json,
  junit,
  html,
  markdown,
  sarif,
  annotationsReporter,
  openvex,
] as const satisfies readonly Reporter[];

export type { Reporter, ReportContext } from "./types.js";

export function reporterById(id: string): Reporter | undefined {
  return REPORTERS.find((r) => r.id === id);
}
