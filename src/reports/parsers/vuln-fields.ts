// Helpers shared by the vulnerability parsers (dependency and image scanners): the small
// normalisations every one of them needs, written once.
import { normaliseCwe } from "../../model/make-finding.js";
import { severityFromCvss, severityFromWord } from "../../model/severity-words.js";
import type { Fix } from "../../model/finding.js";
import type { Severity } from "../../model/vocabulary.js";

export function maxOf(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((x): x is number => x !== undefined);
  return defined.length > 0 ? Math.max(...defined) : undefined;
}

/** "CWE-79", 79, "79" or null entries → unique "CWE-79" strings. */
export function cweList(values: readonly unknown[]): string[] {
  const cwes: string[] = [];
  for (const value of values) {
    const cwe = normaliseCwe(value);
    if (cwe) cwes.push(cwe);
  }
  return cwes;
}

/** The tool's word when it has one, else the CVSS score's rating, else `unknown`. */
export function severityOf(word: unknown, cvss: number | undefined): Severity {
  const fromWord = severityFromWord(word);
  return fromWord === "unknown" ? severityFromCvss(cvss) : fromWord;
}

/** A fix is available exactly when the tool names at least one fixed version. */
export function fixFrom(versions: string[]): Fix {
  return { available: versions.length > 0, versions };
}

/** Tools without a title field: the first sentence or line of the description, kept short. */
export function titleOf(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  // Up to the first line break or the end of the first sentence, without splitting the whole
  // description (this runs once per finding).
  const cut = /\n|\.\s/.exec(description);
  const end = cut === null ? description.length : cut.index + (cut[0] === "\n" ? 0 : 1);
  const first = description.slice(0, end).trim();
  if (!first) return undefined;
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}

/** "https://github.com/advisories/GHSA-xxxx-xxxx-xxxx" → "GHSA-xxxx-xxxx-xxxx". */
export function ghsaIn(text: string | undefined): string | undefined {
  return /GHSA(?:-[0-9a-z]{4}){3}/i.exec(text ?? "")?.[0];
}
