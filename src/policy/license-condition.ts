// The `license` condition: `license: unknown`, or `license: { deny: [...], allow: [...] }` over
// the finding's SPDX expression (license-expression.ts). An expression is acceptable when the
// component can be used under licences none denied and all allowed: `A OR B` when either branch
// is, `A AND B` when both are. The condition matches what is not acceptable. A part that cannot
// be read is unknown (three-valued: `unknown AND denied` is still denied, `unknown OR allowed`
// still allowed). What stays unknown always matches a condition with an allow list (nothing
// unknown is shown to be allowed), and a deny list when matching cannot loosen the verdict
// (as a version that cannot be compared); `license: unknown` matches any unreadable part.
import type { Finding } from "../model/finding.js";
import { compileGlob } from "./glob-pattern.js";
import {
  canonicalId,
  leafText,
  leavesOf,
  readLicense,
  treeText,
  type LicenseLeaf,
  type LicenseTree,
  type ReadLicense,
} from "./license-expression.js";
import { matchesWhenUnknown } from "./versions.js";
import parseSpdx from "spdx-expression-parse";
import correctSpdx from "spdx-correct";

export type LicenseCondition = "unknown" | { deny?: string[]; allow?: string[] };

/** What the condition makes of one finding, and why in words (for `explain`). */
export interface LicenseOutcome {
  matches: boolean;
  why: string;
}

type Acceptable = boolean | "unknown";

/** Only licence findings have a licence to judge; a CVE in a GPL package is not one. */
export function isLicenseFinding(f: Finding): boolean {
  return f.layer === "license" || f.license !== undefined;
}

/** A compiled `license` condition: whether it matches, and why (only `explain` asks why). */
export interface LicenseTest {
  matches(finding: Finding, defaultAction: string): boolean;
  explain(finding: Finding, defaultAction: string): LicenseOutcome;
}

export function compileLicense(condition: LicenseCondition, action: string): LicenseTest {
  if (condition === "unknown") {
    const unread = (f: Finding) =>
      leavesOf(cachedRead(f.license).tree).flatMap((l) => ("unknown" in l ? [l.unknown] : []));
    return {
      matches: (f) => hasUnknown(cachedRead(f.license).tree),
      explain(f) {
        const why = unread(f);
        return why.length === 0
          ? { matches: false, why: `licence ${shown(f, cachedRead(f.license))} is known` }
          : { matches: true, why: `licence is unknown: ${why.join("; ")}` };
      },
    };
  }
  const deny = patternTest(condition.deny ?? [], "deny");
  const allow = condition.allow ? patternTest(condition.allow, "allow") : undefined;
  const acceptable = (leaf: LicenseLeaf) =>
    !namesOf(leaf).some(deny) && (!allow || namesOf(leaf).some(allow));
  // Judged once per licence text for this condition: a BOM repeats a few licences many times.
  const judgedByText = new Map<string | undefined, Acceptable>();
  const verdictOf = (f: Finding): Acceptable => {
    let verdict = judgedByText.get(f.license);
    if (verdict === undefined) {
      verdict = judged(cachedRead(f.license).tree, acceptable);
      if (judgedByText.size >= CACHE_LIMIT) judgedByText.clear();
      judgedByText.set(f.license, verdict);
    }
    return verdict;
  };
  const unknownMatches = (defaultAction: string) =>
    allow !== undefined || matchesWhenUnknown(action, defaultAction);
  return {
    matches(f, defaultAction) {
      const verdict = verdictOf(f);
      return verdict === "unknown" ? unknownMatches(defaultAction) : !verdict;
    },
    explain(f, defaultAction) {
      const read = cachedRead(f.license);
      const verdict = verdictOf(f);
      const licence = `licence ${shown(f, read)}`;
      if (verdict === true) return { matches: false, why: `${licence} is acceptable` };
      if (verdict === false) {
        const rejected = leavesOf(read.tree).filter((l) => "license" in l && !acceptable(l));
        const names = rejected.map((l) => leafText(l as LicenseLeaf)).join(", ");
        return { matches: true, why: `${licence} cannot be used without ${names}` };
      }
      if (allow) return { matches: true, why: `${licence} is unknown: not shown to be allowed` };
      const strict = unknownMatches(defaultAction);
      const how = strict ? "the rule matched conservatively" : "the rule did not match";
      return { matches: strict, why: `${licence} is unknown: ${how}` };
    },
  };
}

function hasUnknown(tree: LicenseTree): boolean {
  if ("unknown" in tree) return true;
  return "conjunction" in tree && (hasUnknown(tree.left) || hasUnknown(tree.right));
}

/** The licence as written, and as read when that differs. */
function shown(f: Finding, read: ReadLicense): string {
  const written = f.license ?? "(none)";
  const as = treeText(read.tree);
  return as === written ? written : `${written} (read as ${as})`;
}

/** Three-valued: `A OR B` needs one acceptable branch, `A AND B` both. */
function judged(tree: LicenseTree, acceptable: (leaf: LicenseLeaf) => boolean): Acceptable {
  if ("unknown" in tree) return "unknown";
  if (!("conjunction" in tree)) return acceptable(tree);
  const left = judged(tree.left, acceptable);
  const right = judged(tree.right, acceptable);
  if (tree.conjunction === "or") {
    if (left === true || right === true) return true;
    return left === false && right === false ? false : "unknown";
  }
  if (left === false || right === false) return false;
  return left === true && right === true ? true : "unknown";
}

/** The names a leaf answers to: its id, its id without "+", and with its exception. */
function namesOf(leaf: LicenseLeaf): string[] {
  const names = [leaf.license];
  if (leaf.license.endsWith("+")) names.push(leaf.license.slice(0, -1));
  if (leaf.exception) names.push(leafText(leaf));
  return names;
}

const GLOB = /[*?[\]{}]/;

/**
 * Globs over licence ids, case-insensitive (SPDX ids are). A literal must be an SPDX licence id
 * (or "ID WITH EXCEPTION", LicenseRef-...): a misspelt id in a deny list would deny nothing.
 */
function patternTest(patterns: string[], key: string): (name: string) => boolean {
  const literals = new Set(
    patterns.filter((p) => !GLOB.test(p)).map((p) => literalId(p, key).toLowerCase()),
  );
  const globs = patterns.filter((p) => GLOB.test(p)).map((p) => compileGlob(p, { nocase: true }));
  return (name) => literals.has(name.toLowerCase()) || globs.some((g) => g.match(name));
}

function literalId(pattern: string, key: string): string {
  let tree: parseSpdx.Info;
  try {
    tree = parseSpdx(pattern);
  } catch {
    const hint = correctSpdx(pattern, { upgrade: true });
    const dym = hint ? ` (did you mean ${hint}?)` : "";
    throw new Error(`license ${key}: "${pattern}" is not an SPDX licence id${dym}`);
  }
  if ("conjunction" in tree) {
    throw new Error(`license ${key}: "${pattern}" is an expression; list licence ids one by one`);
  }
  const id = canonicalId(tree.license, tree.plus ?? false);
  return tree.exception ? `${id} WITH ${tree.exception}` : id;
}

// Reports repeat a few licences over many components: each text is read once.
const READ_CACHE = new Map<string, ReadLicense>();
const CACHE_LIMIT = 10_000;

function cachedRead(text: string | undefined): ReadLicense {
  if (text === undefined) return readLicense(undefined);
  let read = READ_CACHE.get(text);
  if (!read) {
    read = readLicense(text);
    if (READ_CACHE.size >= CACHE_LIMIT) READ_CACHE.clear();
    READ_CACHE.set(text, read);
  }
  return read;
}
