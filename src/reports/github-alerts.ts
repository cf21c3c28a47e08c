// GitHub's own alerts as report sources (`github:code-scanning`, `github:dependabot`,
// `github:secret-scanning`): which format parses each, which layer it is evidence for, the
// token permission its list needs, and whether the list takes a ref. The pages the API
// returned become one alert list that goes through the same parser as a recorded response,
// named by the source so every error says where the alerts came from.
import { GateError } from "../model/errors.js";
import type { Layer } from "../model/vocabulary.js";
import { parseEvidence, type EvidenceReport } from "./read.js";

export interface AlertSource {
  /** The parser's id (reports/parsers). */
  format: string;
  layer: Layer;
  /** The fine-grained permission (and the workflow `permissions:` key) the list needs. */
  permission: string;
  /** The list response's path under /repos/OWNER/REPO. */
  path: string;
  /** Code scanning lists alerts of a ref; the other two only of the default branch. */
  takesRef: boolean;
  /** Query parameters besides per_page and ref. */
  query?: string;
}

/** Every source, listed explicitly; the keys are the names --github-alerts accepts. */
export const ALERT_SOURCES = {
  "code-scanning": {
    format: "github-code-scanning",
    layer: "code",
    permission: "security-events: read",
    path: "code-scanning/alerts",
    takesRef: true,
  },
  dependabot: {
    format: "github-dependabot",
    layer: "dependency",
    permission: "vulnerability-alerts: read (Dependabot alerts: read)",
    path: "dependabot/alerts",
    takesRef: false,
  },
  "secret-scanning": {
    format: "github-secret-scanning",
    layer: "secret",
    permission: "secret-scanning-alerts: read",
    path: "secret-scanning/alerts",
    takesRef: false,
    // The API then leaves the secret out of its answer: ztgate never holds the value.
    query: "hide_secret=true",
  },
} as const satisfies Record<string, AlertSource>;

export type AlertKind = keyof typeof ALERT_SOURCES;

const KINDS = Object.keys(ALERT_SOURCES) as AlertKind[];

/** "code-scanning,dependabot" (commas or white space) → kinds; an unknown name is an error. */
export function parseAlertKinds(text: string, what: string): AlertKind[] {
  const names = text.split(/[\s,]+/).filter(Boolean);
  const unknown = names.find((n) => !(KINDS as string[]).includes(n));
  if (unknown !== undefined) {
    throw new GateError(`${what} names "${unknown}": it takes ${KINDS.join(", ")}`);
  }
  return [...new Set(names as AlertKind[])];
}

/** The name a source's alerts go by in findings and messages. */
export const alertSourceName = (kind: AlertKind) => `github:${kind}`;

/** What reading one source came to: its alerts, or why there are none. */
export type AlertRead = {
  kind: AlertKind;
  /** What was read: "refs/pull/42/head", or "the default branch". */
  read: string;
} & ({ alerts: unknown[]; pages: number } | { problem: string });

/** What reading a source came to, on one line: for the log and the evaluation's warnings. */
export function alertReadLine(r: AlertRead): string {
  const name = alertSourceName(r.kind);
  if ("problem" in r) return `${name} was not read: ${r.problem}`;
  const why = ALERT_SOURCES[r.kind].takesRef
    ? ""
    : " (this API lists only the default branch's alerts)";
  return `${name}: ${r.alerts.length} alert(s) read through the GitHub API for ${r.read}${why}, ${r.pages} page(s)`;
}

/** The alerts of every page, as one list, through the source's parser. */
export function alertEvidence(kind: AlertKind, alerts: unknown[]): EvidenceReport {
  const path = alertSourceName(kind);
  const text = JSON.stringify(alerts);
  return parseEvidence({ path, text, syntax: "json", json: alerts }, ALERT_SOURCES[kind].format);
}
