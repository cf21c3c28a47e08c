// What the three GitHub alert lists (code scanning, Dependabot, secret scanning REST
// responses) share: a JSON array of alerts, and a state that decides whether an alert counts.
// States and reasons are the enums of GitHub's OpenAPI description (@octokit/openapi):
// any other value is an error, never an alert silently counted or silently dropped.
import { GateError } from "../../model/errors.js";
import type { Suppression } from "../../model/finding.js";
import { entries, isObject, str, type Json } from "./fields.js";
import { knownValue } from "./status.js";
import { scannerDay } from "./first-seen.js";

/** An alert list: a non-empty array whose every element is an alert of this kind. */
export function isAlertList(json: unknown, isAlert: (value: unknown) => boolean): boolean {
  return Array.isArray(json) && json.length > 0 && json.every(isAlert);
}

/** The alerts of a list; a non-array body (an API error object) or a non-object is an error. */
export function alertsOf(json: unknown, kind: string, path: string): Json[] {
  if (!Array.isArray(json)) {
    throw new GateError(`a GitHub ${kind} alert list is a JSON array (the REST list response)`, {
      file: path,
    });
  }
  return entries(json, `${kind} alerts`, path);
}

/** How a closed alert was closed, read from the fields its kind writes. */
export interface Closure {
  /** "dismissed", "fixed", "auto dismissed", "resolved". */
  how: string;
  /** The reason in GitHub's words ("false positive"), when the kind gives one. */
  reason?: string;
  comment?: unknown;
  by?: unknown;
  at?: unknown;
}

/**
 * An open alert is undefined (it counts); a closed one is a suppression carrying the reason,
 * comment, who and when, so the policy's suppression setting decides and the output says why.
 */
export function suppressionOf(closure: Closure | undefined): Suppression | undefined {
  if (!closure) return undefined;
  const kind = `github ${closure.how}${closure.reason ? `: ${closure.reason}` : ""}`;
  const who = isObject(closure.by) ? str(closure.by.login) : undefined;
  const when = str(closure.at);
  const parts = [
    str(closure.comment),
    who ? `by ${who}` : undefined,
    when ? `at ${when}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? { kind, justification: parts.join(", ") } : { kind };
}

/** A reason is read only for the state that needs it; there, an unlisted value is an error. */
export function reasonOf(
  known: ReadonlyMap<unknown, string>,
  value: unknown,
  what: string,
  path: string,
): string {
  return knownValue(known, value, what, path);
}

/**
 * The UTC day GitHub opened the alert (`created_at`, required by all three kinds' OpenAPI
 * schemas): deadlines count from it.
 */
export function createdDayOf(alert: Json, kind: string, path: string): string | undefined {
  return scannerDay(alert.created_at, `a ${kind} alert's created_at`, path);
}
