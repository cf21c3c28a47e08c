// Cross-scanner dedupe: findings with the same fingerprint (same advisory, package and
// version, or same check at the same place) from several reports become one finding that
// lists every tool and report in `foundBy`. Nothing is dropped: fields are merged.
import { earliest } from "./utc-day.js";
import { identifiersOf } from "./identifiers.js";
import { severityRank, type Severity } from "./vocabulary.js";
import { unique } from "./make-finding.js";
import type { Finding, KindCopy } from "./finding.js";

/**
 * `unknownAs`: the severity the policy judges an unknown one as (settings.unknown-severity), so
 * that a copy saying "low" does not outrank one the policy would judge high.
 */
export function dedupe(findings: readonly Finding[], unknownAs: Severity = "unknown"): Finding[] {
  const rank = (s: Severity) => severityRank(s === "unknown" ? unknownAs : s);
  const byFingerprint = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byFingerprint.get(f.fingerprint);
    byFingerprint.set(f.fingerprint, seen ? merge(seen, f, rank) : f);
  }
  return [...byFingerprint.values()];
}

function merge(a: Finding, b: Finding, rank: (s: Severity) => number): Finding {
  // The more severe reading wins: two scanners disagreeing is not a reason to be lenient.
  const primary = rank(b.severity) > rank(a.severity) ? b : a;
  const other = primary === a ? b : a;
  const foundBy = [...a.foundBy];
  for (const s of b.foundBy) {
    if (!foundBy.some((x) => x.tool === s.tool && x.report === s.report)) foundBy.push(s);
  }
  const fixVersions = unique([...(a.fix?.versions ?? []), ...(b.fix?.versions ?? [])]);
  const fixAvailable = (a.fix?.available ?? false) || (b.fix?.available ?? false);
  const ruleId = primary.ruleId ?? other.ruleId;
  return {
    ...other,
    // Every field is present on a finding (makeFinding): the primary's undefined ones must not
    // erase the other's (a copy without a category took away every control claiming it).
    ...definedFields(primary),
    foundBy,
    // The other copy's check id stays an identifier: controls and rules list check ids.
    aliases: unique(
      [...a.aliases, ...b.aliases, a.id, b.id, ...[a.ruleId, b.ruleId].filter(isString)].filter(
        (x) => x !== primary.id && x !== ruleId,
      ),
    ),
    ruleId,
    license: bothNeeded(primary.license, other.license),
    cwe: unique([...a.cwe, ...b.cwe]),
    cvss: maxDefined(a.cvss, b.cvss),
    epss: maxDefined(a.epss, b.epss),
    kev: a.kev || b.kev || undefined,
    // The earliest scanner date: another scanner seeing it later does not make it younger.
    firstSeen: earliest(a.firstSeen, b.firstSeen),
    copies: copiesOf(a, b),
    fix: a.fix || b.fix ? { available: fixAvailable, versions: fixVersions } : undefined,
    location: primary.location ?? other.location,
    // A finding stays suppressed only when every scanner that reported it suppressed it.
    // Of two, the one without a justification: require-justification must not honour it.
    suppressed:
      a.suppressed && b.suppressed
        ? a.suppressed.justification?.trim()
          ? b.suppressed
          : a.suppressed
        : undefined,
  };
}

function definedFields(f: Finding): Partial<Finding> {
  const out: Partial<Finding> = {};
  for (const [key, value] of Object.entries(f)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

const isString = (x: string | undefined): x is string => x !== undefined;

/** Two copies naming different licences: the component needs both (never the looser). */
function bothNeeded(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined || a === b) return a ?? b;
  return `(${a}) AND (${b})`;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/**
 * What each copy said about the finding's kind, when the copies differ: the merged finding has
 * one category and one set of identifiers, and a listed id wins over a category, so without
 * this a second report could take a control away (a hygiene-listed check id on one copy hid
 * the other copy's category claim).
 */
function copiesOf(a: Finding, b: Finding): readonly KindCopy[] | undefined {
  const all = [...(a.copies ?? [kindCopy(a)]), ...(b.copies ?? [kindCopy(b)])];
  const byKey = new Map<string, KindCopy>();
  for (const c of all) byKey.set(JSON.stringify([c.tool, c.category, c.ids, c.cwe]), c);
  return byKey.size > 1 ? [...byKey.values()] : undefined;
}

function kindCopy(f: Finding): KindCopy {
  return { tool: f.tool, category: f.category, ids: identifiersOf(f), cwe: f.cwe };
}
