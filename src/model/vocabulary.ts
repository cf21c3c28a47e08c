// The severity and layer vocabulary of the finding model (DESIGN §4): the closed lists a
// finding's `severity` and `layer` come from, their order, and the guards for untrusted words.

export const SEVERITIES = ["critical", "high", "medium", "low", "info", "unknown"] as const;
export type Severity = (typeof SEVERITIES)[number];

// posture: the state of a running cluster or cloud account (kubescape, Prowler), not a file
// in the change: evidence of its own, so `require.layers: [iac]` is never met by a cloud scan.
// api: a running service probed from outside (DAST: ZAP).
export const LAYERS = [
  "image",
  "dependency",
  "iac",
  "secret",
  "code",
  "license",
  "posture",
  "api",
] as const;
export type Layer = (typeof LAYERS)[number];

const SEVERITY_RANK: Record<Severity, number> = {
  critical: 5,
  high: 4,
  medium: 3,
  low: 2,
  info: 1,
  unknown: 0,
};

/** Higher is more severe; `unknown` ranks lowest here and is mapped by policy before comparing. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

export function isLayer(value: string): value is Layer {
  return (LAYERS as readonly string[]).includes(value);
}
