// A finding's licence as written by a scanner ("MIT OR GPL-3.0-only", "Apache 2.0", "NOASSERTION")
// read into an SPDX expression tree. Parsing is spdx-expression-parse's; a text it refuses is
// given to spdx-correct (licence names: "MIT License", "Apache 2.0"); what neither reads, and
// NOASSERTION / NONE / missing, is `unknown`, which no allow list ever accepts.
import parseSpdx from "spdx-expression-parse";
import correctSpdx from "spdx-correct";

/** One licence of an expression: its SPDX id as read (canonical) and an exception, if any. */
export interface LicenseLeaf {
  license: string;
  exception?: string;
}

/** A part that could not be read as a licence, and why. */
export interface UnknownLeaf {
  unknown: string;
}

export type LicenseTree =
  LicenseLeaf | UnknownLeaf | { conjunction: "and" | "or"; left: LicenseTree; right: LicenseTree };

export interface ReadLicense {
  tree: LicenseTree;
  /** Some name in it was read by spdx-correct ("MIT License" → MIT). */
  corrected: boolean;
}

// What the scanner writes when it does not know; never a licence.
const NOT_A_LICENSE = new Set(["noassertion", "none", "unknown", "unknown-license", ""]);

// Texts longer than this are not licence expressions; refused before the parser sees them.
const MAX_TEXT = 2000;

export function readLicense(text: string | undefined): ReadLicense {
  const written = text?.trim() ?? "";
  if (written === "") return unknown("no licence given");
  if (NOT_A_LICENSE.has(written.toLowerCase())) return unknown(written);
  if (written.length > MAX_TEXT) return unknown("too long to be a licence");
  const parsed = tryParse(written);
  if (parsed) return { tree: parsed, corrected: false };
  const parts = topLevelParts(written);
  if (parts) return joined(parts.texts.map(readLicense), parts.conjunction);
  const corrected = correctedName(written);
  const reparsed = corrected ? tryParse(corrected) : undefined;
  if (reparsed) return { tree: reparsed, corrected: true };
  return unknown(`"${written}" is not an SPDX expression or a known licence name`);
}

function unknown(why: string): ReadLicense {
  return { tree: { unknown: why }, corrected: false };
}

function joined(reads: ReadLicense[], conjunction: "and" | "or"): ReadLicense {
  const tree = reads.map((r) => r.tree).reduce((left, right) => ({ conjunction, left, right }));
  return { tree, corrected: reads.some((r) => r.corrected) };
}

/**
 * "(A) AND (B name) AND (C)" split at its top level, when the parser refused it as a whole
 * (a part is a name, not an id: CycloneDX lists several licences so, cyclonedx-licenses.ts), so
 * each part is read alone and one unreadable part does not hide a denied one beside it. Only
 * one operator at the top level: mixing them would need SPDX's precedence, so it is not split.
 */
function topLevelParts(text: string): { texts: string[]; conjunction: "and" | "or" } | undefined {
  const texts: string[] = [];
  const operators = new Set<string>();
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    if (depth < 0) return undefined;
    if (depth !== 0 || c !== " ") continue;
    const op = / (AND|OR) /i.exec(text.slice(i, i + 5));
    if (op?.index !== 0) continue;
    texts.push(text.slice(start, i));
    operators.add(op[1]!.toLowerCase());
    start = i + op[0].length;
    i = start - 1;
  }
  if (depth !== 0 || texts.length === 0 || operators.size !== 1) return undefined;
  texts.push(text.slice(start));
  const conjunction = operators.has("and") ? "and" : "or";
  return { texts: texts.map(unwrapped), conjunction };
}

/** "(A B)" → "A B": only when one pair of parentheses encloses the whole part. */
function unwrapped(part: string): string {
  const t = part.trim();
  if (!t.startsWith("(") || !t.endsWith(")")) return t;
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++) {
    depth += t[i] === "(" ? 1 : t[i] === ")" ? -1 : 0;
    if (depth === 0) return t;
  }
  return t.slice(1, -1);
}

function tryParse(text: string): LicenseTree | undefined {
  try {
    return canonicalTree(parseSpdx(text));
  } catch {
    return undefined;
  }
}

function canonicalTree(node: parseSpdx.Info): LicenseTree {
  if ("conjunction" in node) {
    const { conjunction, left, right } = node;
    return { conjunction, left: canonicalTree(left), right: canonicalTree(right) };
  }
  const license = canonicalId(node.license, node.plus ?? false);
  return node.exception ? { license, exception: node.exception } : { license };
}

// The GNU licences' deprecated ids (GPL-2.0, LGPL-2.1+) name the -only / -or-later ones: read
// them as those, so `deny: [GPL-2.0-only]` reaches a report that still writes "GPL-2.0".
const GNU_DEPRECATED = /^(?:A?GPL|LGPL|GFDL)-\d\.\d$/i;

/** The id a deny or allow list is compared with: deprecated GNU ids made explicit. */
export function canonicalId(id: string, plus = false): string {
  if (GNU_DEPRECATED.test(id)) return `${id}-${plus ? "or-later" : "only"}`;
  return plus ? `${id}+` : id;
}

/** The leaves of a tree, left to right (for explanations). */
export function leavesOf(tree: LicenseTree): (LicenseLeaf | UnknownLeaf)[] {
  return "conjunction" in tree ? [...leavesOf(tree.left), ...leavesOf(tree.right)] : [tree];
}

/** The expression as read, in SPDX's words (unknown parts shown as "?"). */
export function treeText(tree: LicenseTree, parent?: "and" | "or"): string {
  if ("unknown" in tree) return "?";
  if (!("conjunction" in tree)) return leafText(tree);
  const { conjunction: op, left, right } = tree;
  const text = `${treeText(left, op)} ${op.toUpperCase()} ${treeText(right, op)}`;
  return parent === undefined || parent === op ? text : `(${text})`;
}

/** A leaf as SPDX writes it: "GPL-2.0-only WITH Classpath-exception-2.0". */
export function leafText(leaf: LicenseLeaf): string {
  return leaf.exception ? `${leaf.license} WITH ${leaf.exception}` : leaf.license;
}

// spdx-correct reads one licence name; given an expression it keeps one part and drops the rest
// ("(GPL-2.0-only) AND (PD)" → "GPL-2.0-only"), so only a lone name is corrected.
const NOT_ONE_NAME = /[()&]|\b(?:and|or|with)\b/i;

/**
 * The SPDX id spdx-correct makes of a licence name ("MIT License", "Apache 2.0"), only when the
 * id accounts for every word of the name: spdx-correct also finds an id inside a longer text
 * ("Not MIT" → MIT) and guesses versions ("BSD" → BSD-2-Clause) or cuts variants
 * ("BSD-2-Clause-Chemeris" → BSD-2-Clause), and a guess could pass an allow list the real
 * licence would not.
 */
function correctedName(name: string): string | undefined {
  if (NOT_ONE_NAME.test(name)) return undefined;
  const corrected = correctSpdx(name, { upgrade: true });
  if (!corrected) return undefined;
  const idWords = new Set(wordsOf(corrected));
  const unaccounted = wordsOf(name).some((w) => !NAME_NOISE.has(w) && !idWords.has(w));
  const given = new Set(name.match(/[1-9]/g) ?? []);
  const guessed = (corrected.match(/[1-9]/g) ?? []).some((d) => !given.has(d));
  return unaccounted || guessed ? undefined : corrected;
}

// Words a licence name adds to its id ("Apache License, Version 2.0").
const NAME_NOISE = new Set(["license", "licence", "version", "v", "the"]);

/** "GPLv2+" → gpl, v, 2; "Apache-2.0" → apache, 2, 0: letters and digits apart, lowercased. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+|[0-9]+/g) ?? [];
}
