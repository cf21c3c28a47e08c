// The verdict for ONE finding: its asset and classification, its controls, every rule that
// matched, the strictest action among them, and the waiver that applies, if any. Pure.
import { assignAsset, repositoryPath, type Assignment } from "../policy/assets.js";
import type { Classification } from "../policy/classification.js";
import { lowercaseIdentifiers, type Subject } from "../policy/conditions.js";
import { controlsOf } from "../policy/controls.js";
import type { Finding } from "../model/finding.js";
import type { Severity } from "../model/vocabulary.js";
import type { Action, Policy, Rule, Verdict } from "../policy/types.js";
import {
  decideSuppression,
  DEFAULT_SCANNER_SUPPRESSIONS,
  suppressionClause,
  type SuppressionDecision,
} from "../policy/suppressions.js";
import type { CompiledWaiver, VexJustification } from "../policy/waivers.js";
import { buildRuleIndex, type RuleIndex } from "./rule-index.js";

export type { Verdict };

export interface ConsideredRule {
  rule: string;
  action: Action;
  source: string;
}

export interface AppliedWaiver {
  id: string;
  owner: string;
  reason: string;
  expires: string;
  source: string;
  ticket?: string;
  approvedBy?: string;
  /** The waiver's OpenVEX justification: a claim of not affected (-o openvex). */
  vexJustification?: VexJustification;
}

export interface EvaluatedFinding {
  finding: Finding;
  verdict: Verdict;
  /** The rule that decided the verdict; undefined when the policy's default action applied. */
  rule?: string;
  /** Every rule whose conditions matched, in policy order. */
  matchedRules: string[];
  /** The same rules with their actions and where they were written (for explanations). */
  considered: ConsideredRule[];
  /** Severity used for the decision (after settings.unknown-severity). */
  effectiveSeverity: Severity;
  asset?: string;
  owner?: string;
  classification: Classification;
  /** The place that assigned the asset ("report services/payments/trivy.json"). */
  assetVia?: string;
  controls: string[];
  /** The waiver that turned the verdict into `waived`, and the verdict it replaced. */
  waiver?: AppliedWaiver;
  waivedVerdict?: Verdict;
  /** The scanner's suppression and whether settings.scanner-suppressions let it hold. */
  suppression?: SuppressionDecision;
  /** One sentence a person can read: why this verdict. */
  reason: string;
}

export interface JudgeContext {
  /** Active waivers only: expired and over-long ones never apply. */
  waivers: readonly CompiledWaiver[];
  /** Repository root, to read absolute report paths as repository paths. */
  root?: string;
  /** Skip asset assignment and use this one (rule examples with a classification). */
  forced?: Assignment;
}

const ACTION_STRICTNESS: Record<Action, number> = { block: 3, warn: 2, info: 1, ignore: 0 };

function verdictOf(action: Action): Verdict {
  return action === "ignore" ? "ignored" : action;
}

/** The strictest matching action wins, so adding a rule can never weaken another one. */
function strictest(matched: readonly Rule[]): Rule | undefined {
  let decider = matched[0];
  for (const rule of matched) {
    if (decider && ACTION_STRICTNESS[rule.action] > ACTION_STRICTNESS[decider.action]) {
      decider = rule;
    }
  }
  return decider;
}

// Findings fall into a handful of matched-rule sets; each set's explanation is built once
// and shared (read-only) instead of allocated per finding.
const EXPLAINED = new WeakMap<
  Rule,
  Map<string, Pick<EvaluatedFinding, "matchedRules" | "considered">>
>();
const NO_RULES = { matchedRules: [], considered: [] };

function explained(
  matched: readonly Rule[],
): Pick<EvaluatedFinding, "matchedRules" | "considered"> {
  const first = matched[0];
  if (!first) return NO_RULES;
  let byKey = EXPLAINED.get(first);
  if (!byKey) EXPLAINED.set(first, (byKey = new Map()));
  const key = matched.length === 1 ? "" : matched.map((r) => r.id).join("\u0000");
  let e = byKey.get(key);
  if (!e) {
    e = {
      matchedRules: matched.map((r) => r.id),
      considered: matched.map((r) => ({ rule: r.id, action: r.action, source: r.source })),
    };
    byKey.set(key, e);
  }
  return e;
}

export function judge(
  finding: Finding,
  policy: Policy,
  ctx: JudgeContext,
): EvaluatedFinding & { waivedBy?: CompiledWaiver } {
  const severity =
    finding.severity === "unknown" ? policy.settings.unknownSeverity : finding.severity;
  const assignment =
    ctx.forced ?? assignAsset(finding, policy.assets, policy.defaultClassification, ctx.root);
  // Lowercased once for every control and rule that tests identifiers.
  const lowercaseIds = lowercaseIdentifiers(finding);
  const controls = controlsOf(finding, policy.controls, lowercaseIds);
  // Paths outside the repository are left out: no rule `path` glob can speak for them.
  const paths: string[] = [];
  for (const p of [finding.location?.path, ...finding.foundBy.map((s) => s.report)]) {
    const inRepository = p ? repositoryPath(p, ctx.root) : undefined;
    if (inRepository !== undefined) paths.push(inRepository);
  }
  const subject: Subject = {
    finding,
    severity,
    classification: assignment.classification,
    asset: assignment.asset,
    controls,
    paths,
    lowercaseIds,
    defaultAction: policy.settings.defaultAction,
  };
  const setting = policy.settings.scannerSuppressions ?? DEFAULT_SCANNER_SUPPRESSIONS;
  const suppression = finding.suppressed
    ? decideSuppression(finding.suppressed, setting)
    : undefined;
  // An honoured suppression takes the finding out of every rule except those that ask about
  // suppression ("block suppressed criticals even when honouring the rest").
  const matched = matchingRules(policy.rules, subject, suppression?.honoured === true);
  const decider = strictest(matched);
  const { matchedRules, considered } = explained(matched);
  // One object shape for every finding (absent fields are undefined, which JSON output
  // drops): evaluate and the reporters walk these a million times.
  const judged: EvaluatedFinding & { waivedBy?: CompiledWaiver } = {
    finding,
    matchedRules,
    considered,
    effectiveSeverity: severity,
    asset: assignment.asset,
    classification: assignment.classification,
    owner: assignment.owner,
    assetVia: assignment.via,
    controls,
    rule: decider?.id,
    verdict: "ignored",
    reason: "",
    waivedVerdict: undefined,
    waivedBy: undefined,
    waiver: undefined,
    suppression,
  };
  const clause = suppression ? suppressionClause(suppression, setting) : undefined;
  if (suppression?.honoured && clause && !decider) {
    judged.reason = clause;
    return judged;
  }
  const action = decider?.action ?? policy.settings.defaultAction;
  const verdict = verdictOf(action);
  const reason = clause ? withClause(reasonOf(decider, action), clause) : reasonOf(decider, action);
  const waiver = ctx.waivers.find((w) => w.covers(subject, decider?.id, ctx.root));
  if (!waiver) {
    judged.verdict = verdict;
    judged.reason = reason;
    return judged;
  }
  const { spec } = waiver;
  judged.verdict = "waived";
  judged.waivedVerdict = verdict;
  judged.waivedBy = waiver;
  judged.waiver = {
    id: spec.id,
    owner: spec.owner,
    reason: spec.reason,
    expires: spec.expires,
    source: waiver.source,
    ...(spec.ticket ? { ticket: spec.ticket } : {}),
    ...(spec["approved-by"] ? { approvedBy: spec["approved-by"] } : {}),
    ...(spec["vex-justification"] ? { vexJustification: spec["vex-justification"] } : {}),
  };
  judged.reason = `waived by ${spec.owner} until ${spec.expires} (${spec.reason}); otherwise ${reason}`;
  return judged;
}

/** "rule r (warn): Description." + clause, without a full stop before the semicolon. */
function withClause(reason: string, clause: string): string {
  return `${reason.endsWith(".") ? reason.slice(0, -1) : reason}; ${clause}`;
}

// Below this many rules the linear scan is as fast as looking rules up (gate/rule-index.ts).
const INDEXED_FROM = 32;
const INDEXES = new WeakMap<readonly Rule[], RuleIndex>();

/** The rules that match, in policy order; only those asking about suppression when honoured. */
function matchingRules(rules: readonly Rule[], subject: Subject, honoured: boolean): Rule[] {
  let candidates = rules;
  if (rules.length >= INDEXED_FROM) {
    // A compiled policy's rules are never changed; the size check is a cheap guard that an
    // array grown after it was indexed is indexed again rather than partly skipped.
    let index = INDEXES.get(rules);
    if (index?.size !== rules.length) INDEXES.set(rules, (index = buildRuleIndex(rules)));
    candidates = index.candidates(subject);
  }
  const matched: Rule[] = [];
  for (const r of candidates)
    if ((!honoured || r.asksSuppressed) && r.matches(subject)) matched.push(r);
  return matched;
}

// One sentence per rule (or default action), built once and shared by its findings.
const REASONS = new WeakMap<Rule, string>();

function reasonOf(decider: Rule | undefined, action: Action): string {
  if (!decider) return `no rule matched; default action ${action}`;
  let reason = REASONS.get(decider);
  if (reason === undefined) {
    reason = `rule ${decider.id} (${decider.action})${decider.description ? `: ${decider.description}` : ""}`;
    REASONS.set(decider, reason);
  }
  return reason;
}
