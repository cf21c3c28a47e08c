// (Finding[], Policy, now) -> Evaluation. Pure: time is an argument, nothing is read from the
// process, so every verdict is reproducible from its inputs (DESIGN §2).
import { unlistedApprover } from "../policy/approvers.js";
import { checkEvidence, type Binding, type EvidenceResult } from "./evidence.js";
import { severityRank, SEVERITIES, type Layer, type Severity } from "../model/vocabulary.js";
import type { Finding } from "../model/finding.js";
import { judge, type EvaluatedFinding, type Verdict } from "./judge.js";
import { applyDeadlines } from "./deadlines.js";
import { budgetsOf, withBudgetVerdict } from "./budgets.js";
import type { Policy } from "../policy/types.js";
import {
  reportWaiver,
  waiverState,
  type CompiledWaiver,
  type WaiverReport,
} from "../policy/waivers.js";

export type { EvaluatedFinding, Verdict } from "./judge.js";
export type Outcome = "pass" | "warn" | "fail";

export const VERDICTS: readonly Verdict[] = ["block", "warn", "info", "ignored", "waived"];

export interface ReportSummary {
  path: string;
  format: string;
  findings: number;
  /** Layers the report is evidence for (its findings' layers, or its parser's coverage). */
  layers: Layer[];
  createdAt?: string;
  /** The format records a creation time (for require.timestamps). */
  timestamped?: boolean;
  /** Images the report names: its subject and its findings' targets (asset `images`). */
  images?: string[];
  /** Digests and revisions the report names, for binding to what is gated. */
  subject?: { digests: string[]; revisions: string[] };
}

export interface Evaluation {
  outcome: Outcome;
  /** The time the evaluation was made for (an input, never read from a clock here). */
  evaluatedAt: string;
  policy: { source: string; failOn: Policy["settings"]["failOn"] };
  reports: ReportSummary[];
  findings: EvaluatedFinding[];
  /** Every waiver of the policy with its state: active, expiring-soon, unused, expired, over-long. */
  waivers: WaiverReport[];
  /** Report paths per layer. */
  coverage: EvidenceResult["coverage"];
  /** Evidence per asset × layer, and the layers each asset requires. */
  assetEvidence: EvidenceResult["assets"];
  /** Missing or stale evidence: the gate cannot decide (exit 2) while any is present. */
  errors: string[];
  warnings: string[];
  counts: {
    total: number;
    byVerdict: Record<Verdict, number>;
    bySeverity: Record<Severity, number>;
  };
}

export interface EvaluateOptions {
  /** Repository root, to read absolute report paths as repository paths for assets. */
  root?: string;
  /** The image and commit being gated: reports must be of them (gate/binding.ts). */
  binding?: Binding;
  /**
   * Waivers that lack an approval the evaluation cannot see for itself (a pull request's
   * reviews: policy/review-approvals.ts), with why; they do not apply.
   */
  unapproved?: ReadonlyMap<CompiledWaiver, string>;
  /** UTC day each finding was first seen, by fingerprint (a baseline's), for deadlines. */
  firstSeen?: ReadonlyMap<string, string>;
}

export function evaluate(
  findings: readonly Finding[],
  policy: Policy,
  now: Date,
  reports: ReportSummary[] = [],
  options: EvaluateOptions = {},
): Evaluation {
  const maxDays = policy.settings.maxWaiverDays;
  const approvers = policy.settings.waiverApprovers;
  const unapproved = new Map<CompiledWaiver, string>();
  for (const w of policy.waivers) {
    const why = unlistedApprover(w.spec, approvers) ?? options.unapproved?.get(w);
    if (why !== undefined) unapproved.set(w, why);
  }
  const states = new Map(
    policy.waivers.map((w) => [w, waiverState(w, now, maxDays, unapproved.get(w))]),
  );
  const active = policy.waivers.filter((w) => states.get(w) === "active");
  const uses = new Map<CompiledWaiver, number>();
  const ctx = { waivers: active, root: options.root };
  const evaluated: EvaluatedFinding[] = findings.map((f) => {
    const judged = judge(f, policy, ctx);
    const { waivedBy } = judged;
    if (!waivedBy) return judged;
    uses.set(waivedBy, (uses.get(waivedBy) ?? 0) + 1);
    judged.waivedBy = undefined;
    return judged;
  });
  if (policy.deadlines) applyDeadlines(evaluated, policy.deadlines, now, options.firstSeen);
  const sorted = sortByVerdictThenSeverity(evaluated);
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const e of sorted) {
    byVerdict[e.verdict]++;
    // The effective severity (after settings.unknown-severity), as every row shows it.
    bySeverity[e.effectiveSeverity]++;
  }
  const evidence = checkEvidence(reports, policy.require, now, {
    assets: policy.assets,
    root: options.root,
    binding: options.binding,
  });
  const waivers = policy.waivers.map((w) =>
    reportWaiver(w, states.get(w) ?? "active", uses.get(w) ?? 0, now, maxDays, unapproved.get(w)),
  );
  const budgets = budgetsOf(sorted, policy);
  const deciding = withBudgetVerdict(byVerdict, budgets);
  return {
    outcome: evidence.errors.length > 0 ? "fail" : outcomeOf(deciding, policy.settings.failOn),
    evaluatedAt: now.toISOString(),
    policy: { source: policy.source, failOn: policy.settings.failOn },
    reports,
    findings: sorted,
    waivers,
    coverage: evidence.coverage,
    assetEvidence: evidence.assets,
    errors: evidence.errors,
    warnings: evidence.warnings,
    counts: { total: sorted.length, byVerdict, bySeverity },
    ...(budgets ? { budgets } : {}),
  };
}

export function outcomeOf(
  counts: Record<Verdict, number>,
  failOn: Policy["settings"]["failOn"],
): Outcome {
  if (counts.block > 0) return failOn === "never" ? "warn" : "fail";
  if (counts.warn > 0) return failOn === "warn" ? "fail" : "warn";
  return "pass";
}

const VERDICT_ORDER: Record<Verdict, number> = {
  block: 0,
  warn: 1,
  info: 2,
  waived: 3,
  ignored: 4,
};

/**
 * Verdict first, then effective severity (most severe first; the one every row shows), then
 * id, then fingerprint. Verdict and severity take a handful of values, so findings are first
 * dealt into one bucket per pair, and each bucket is sorted on one number per finding (see
 * sortBucket): a comparison sort over a million findings spent most of its time re-deriving
 * ranks and comparing strings.
 */
function sortByVerdictThenSeverity(evaluated: EvaluatedFinding[]): EvaluatedFinding[] {
  const buckets: EvaluatedFinding[][] = [];
  for (const e of evaluated) {
    const bucket =
      VERDICT_ORDER[e.verdict] * SEVERITIES.length + (5 - severityRank(e.effectiveSeverity));
    (buckets[bucket] ??= []).push(e);
  }
  const sorted: EvaluatedFinding[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    for (const e of bucket.length > 1 ? sortBucket(bucket) : bucket) sorted.push(e);
  }
  return sorted;
}

/** Past this many distinct ids, an id's rank times 2^32 is no longer exact in a double. */
const MAX_RANKED_IDS = 2 ** 21;

/**
 * Id, then fingerprint, as one number per finding: the id's rank among the bucket's distinct
 * ids (sorted once: a report repeats few ids, or has one per finding) times 2^32, plus the
 * fingerprint's first 8 hex digits, whose numeric order is their code-unit order. Only equal
 * numbers (the same id and prefix) compare the fingerprints themselves, and the sort is
 * stable, so the order is exactly that of comparing "id\0fingerprint" strings (sortByKeys,
 * the fallback for fingerprints that are not lowercase hex).
 */
function sortBucket(bucket: readonly EvaluatedFinding[]): EvaluatedFinding[] {
  const ranks = new Map<string, number>();
  for (const e of bucket) ranks.set(e.finding.id, 0);
  if (ranks.size > MAX_RANKED_IDS) return sortByKeys(bucket);
  // "id\0" sorts exactly as the "id\0fingerprint" keys of sortByKeys do, and is flat.
  const ids = [...ranks.keys()].map((id) => ({ id, key: `${id}\u0000` }));
  ids.sort((a, b) => compareText(a.key, b.key));
  ids.forEach(({ id }, rank) => ranks.set(id, rank * 2 ** 32));
  const keys = new Float64Array(bucket.length);
  for (let i = 0; i < bucket.length; i++) {
    const { id, fingerprint } = bucket[i]!.finding;
    const prefix = hexPrefix(fingerprint);
    if (prefix < 0) return sortByKeys(bucket);
    keys[i] = ranks.get(id)! + prefix;
  }
  const order = Array.from({ length: bucket.length }, (_, i) => i);
  order.sort(
    (a, b) =>
      keys[a]! - keys[b]! ||
      compareText(bucket[a]!.finding.fingerprint, bucket[b]!.finding.fingerprint),
  );
  return order.map((i) => bucket[i]!);
}

/** The value of the first 8 characters as lowercase hex digits, or -1 when they are not. */
function hexPrefix(text: string): number {
  if (text.length < 8) return -1;
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

function sortByKeys(bucket: readonly EvaluatedFinding[]): EvaluatedFinding[] {
  // One key string per finding, compared with a single "<". Ids are often slices of a longer
  // string (a GHSA id cut out of an advisory URL), and V8 compares sliced strings about four
  // times slower than flat ones; the concatenation is flattened once, on its first comparison.
  const keyed = bucket.map((e) => ({ key: `${e.finding.id}\u0000${e.finding.fingerprint}`, e }));
  keyed.sort((a, b) => compareText(a.key, b.key));
  return keyed.map((k) => k.e);
}

// Code-unit order: stable across machines and locales, and far cheaper than localeCompare.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
