// CVSS v3.x base scores from vector strings. Some reports (OSV, CycloneDX, Snyk IaC) give only
// a vector; the score is what lets severityFromCvss rate a finding instead of leaving it unknown.
// Formula: CVSS v3.1 specification §7.1 (v3.0 vectors score the same way for the base metrics).

const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
} as const;

// Privileges required weigh more when the scope changes.
const PR = { U: { N: 0.85, L: 0.62, H: 0.27 }, C: { N: 0.85, L: 0.68, H: 0.5 } } as const;

/** The base score of a "CVSS:3.x/AV:..." vector, or undefined when it is not a full v3 vector. */
export function cvss3BaseScore(vector: string): number | undefined {
  const m = /^CVSS:3\.[01]\/(.*)$/.exec(vector.trim());
  if (!m?.[1]) return undefined;
  const metrics = new Map(
    m[1].split("/").map((part) => part.split(":") as [string, string | undefined]),
  );
  const pick = <T extends Record<string, number>>(table: T, key: string): number | undefined =>
    table[metrics.get(key) as keyof T];
  const scope = metrics.get("S");
  if (scope !== "U" && scope !== "C") return undefined;
  const av = pick(WEIGHTS.AV, "AV");
  const ac = pick(WEIGHTS.AC, "AC");
  const pr = pick(PR[scope], "PR");
  const ui = pick(WEIGHTS.UI, "UI");
  const c = pick(WEIGHTS.C, "C");
  const i = pick(WEIGHTS.I, "I");
  const a = pick(WEIGHTS.A, "A");
  if ([av, ac, pr, ui, c, i, a].some((w) => w === undefined)) return undefined;
  const iss = 1 - (1 - c!) * (1 - i!) * (1 - a!);
  const impact =
    scope === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
  if (impact <= 0) return 0;
  const exploitability = 8.22 * av! * ac! * pr! * ui!;
  const raw =
    scope === "U"
      ? Math.min(impact + exploitability, 10)
      : Math.min(1.08 * (impact + exploitability), 10);
  return roundUp(raw);
}

/** The specification's Roundup: smallest one-decimal number >= x, robust to float noise. */
function roundUp(x: number): number {
  const n = Math.round(x * 100000);
  return n % 10000 === 0 ? n / 100000 : (Math.floor(n / 10000) + 1) / 10;
}
