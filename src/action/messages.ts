// The action's own words: the sticky comment's marker and key, the check run's headline, the
// step's failure message and a delivery's failure, each on one line under the output rule.
import { budgetMessage } from "../gate/budgets.js";
import type { Evaluation } from "../gate/evaluate.js";
import { decidingFindings } from "../gate/baseline.js";
import { errorMessage } from "../model/errors.js";
import { printableLine } from "../model/safe-text.js";
import { plural } from "../reporters/markdown-text.js";
import type { ActionConfig } from "./inputs.js";

/**
 * The sticky comment's marker. The key is percent-encoded past [A-Za-z0-9_.-], so two keys
 * never share a marker and no key can close the HTML comment; a plain job id is unchanged, so
 * comments made before keys existed are still found.
 */
export function commentMarker(key: string): string {
  const encoded = key.replace(/[^\w.-]/gu, (c) =>
    [...Buffer.from(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
  return `<!-- ztgate:sticky job=${encoded} -->`;
}

/**
 * What tells this gate's comment and check run from another's in the same pull request: the
 * `name` input, else the job id with the matrix values (matrix legs share GITHUB_JOB).
 */
export function runKey(job: string, config: Pick<ActionConfig, "name" | "matrix">): string {
  const key = config.name ?? (config.matrix.length ? `${job} (${config.matrix.join(", ")})` : job);
  return oneLine(key).slice(0, 100);
}

export function headline(ev: Evaluation): string {
  const v = ev.counts.byVerdict;
  return `${plural(v.block, "blocking finding")}, ${plural(v.warn, "warning")}`;
}

export function blockedMessage(ev: Evaluation): string {
  // Under a baseline only new findings decide; existing ones are not named as the reason.
  const deciding = decidingFindings(ev);
  const blocking = deciding.filter((e) => e.verdict === "block");
  const budget = (ev.budgets ?? []).find((b) => b.exceeded.length > 0 && b.action === "block");
  if (blocking.length === 0 && budget) {
    return oneLine(`ztgate blocked this change: ${budgetMessage(budget)}`);
  }
  if (blocking.length === 0) {
    const warnings = deciding.filter((e) => e.verdict === "warn").length;
    return `ztgate failed this change: ${plural(warnings, "warning")} and fail-on is ${ev.policy.failOn}`;
  }
  const first = blocking[0]!.finding;
  const pkg = first.package ? ` in ${first.package.name}@${first.package.version ?? "?"}` : "";
  const scope = ev.baseline ? "new blocking finding" : "blocking finding";
  return oneLine(
    `ztgate blocked this change: ${plural(blocking.length, scope)} (first: ${first.severity} ${first.id}${pkg})`,
  );
}

/** Messages quote report text and file names: one line under the output rule. */
export function oneLine(text: string): string {
  return printableLine(text.replace(/\s*[\r\n]+\s*/g, " ").trim());
}

/** Status and message of an API or file error; never headers (they would hold the token). */
export function describeFailure(err: unknown): string {
  const status = (err as { status?: unknown }).status;
  const message = oneLine(errorMessage(err)).slice(0, 300);
  if (status === 403) {
    return `403 ${message} (a fork pull request or a read-only token: grant pull-requests: write and checks: write, or post from workflow_run)`;
  }
  return typeof status === "number" ? `${status} ${message}` : message;
}
