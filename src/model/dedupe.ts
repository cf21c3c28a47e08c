// Cross-scanner dedupe: findings with the same fingerprint (same advisory, package and
// version, or same check at the same place) from several reports become one finding that
// lists every tool and report in `foundBy`. Nothing is dropped: fields are merged.
import { earliest } from "./utc-day.js";
import { severityRank, unique, type Finding } from "./finding.js";

export function dedupe(findings: readonly Finding[]): Finding[] {
  const byFingerprint = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byFingerprint.get(f.fingerprint);
    byFingerprint.set(f.fingerprint, seen ? merge(seen, f) : f);
  }
  return [...byFingerprint.values()];
}

function merge(a: Finding, b: Finding): Finding {
  // The more severe reading wins: two scanners disagreeing is not a reason to be lenient.
  const primary = severityRank(b.severity) > severityRank(a.severity) ? b : a;
  const other = primary === a ? b : a;
  const foundBy = [...a.foundBy];
  for (const s of b.foundBy) {
    if (!foundBy.some((x) => x.tool === s.tool && x.report === s.report)) foundBy.push(s);
  }
  const fixVersions = unique([...(a.fix?.versions ?? []), ...(b.fix?.versions ?? [])]);
  const fixAvailable = (a.fix?.available ?? false) || (b.fix?.available ?? false);
  return {
    ...other,
    ...primary,
    foundBy,
    aliases: unique([...a.aliases, ...b.aliases, a.id, b.id].filter((x) => x !== primary.id)),
    cwe: unique([...a.cwe, ...b.cwe]),
    cvss: maxDefined(a.cvss, b.cvss),
    epss: maxDefined(a.epss, b.epss),
    kev: a.kev || b.kev || undefined,
    // The earliest scanner date: another scanner seeing it later does not make it younger.
    firstSeen: earliest(a.firstSeen, b.firstSeen),
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

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}
