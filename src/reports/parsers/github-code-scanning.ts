// GitHub code scanning alerts: the REST list response (`gh api --paginate
// repos/OWNER/REPO/code-scanning/alerts`), an array of `code-scanning-alert-items` (OpenAPI).
// Each alert is one rule at its most recent instance; dismissed and fixed alerts are kept,
// marked suppressed with GitHub's reason, comment, who and when.
import { GateError } from "../../model/errors.js";
import { makeFinding, normaliseCwe } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import type { Severity } from "../../model/vocabulary.js";
import { isObject, NO_FIELDS, num, positive, str, strings, type Json } from "./fields.js";
import {
  createdDayOf,
  alertsOf,
  isAlertList,
  reasonOf,
  suppressionOf,
  type Closure,
} from "./github-alert.js";
import { knownValue } from "./status.js";
import type { Parser } from "./types.js";

const TOOL = "github-code-scanning";

function isAlert(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.number === "number" &&
    isObject(value.rule) &&
    "most_recent_instance" in value &&
    "instances_url" in value
  );
}

export const githubCodeScanning: Parser = {
  id: "github-code-scanning",
  description:
    "GitHub code scanning alerts (gh api --paginate repos/OWNER/REPO/code-scanning/alerts)",
  layers: ["code"],
  containers: { json: ["[].most_recent_instance"] },
  detect: ({ json }) => isAlertList(json, isAlert),
  parse({ json, path }) {
    return alertsOf(json, "code scanning", path).map((alert) => {
      if (!isAlert(alert)) {
        throw new GateError(
          "every code scanning alert needs number, rule and most_recent_instance",
          {
            file: path,
          },
        );
      }
      return read(alert, path);
    });
  },
};

// code-scanning-alert-state; "open" counts.
const STATES = new Map<unknown, "open" | "dismissed" | "fixed">([
  ["open", "open"],
  ["dismissed", "dismissed"],
  ["fixed", "fixed"],
]);

// code-scanning-alert-dismissed-reason.
const REASONS = new Map<unknown, string>(
  ["false positive", "won't fix", "used in tests", "mitigated"].map((r) => [r, r]),
);

// rule.security_severity_level (security queries) first, then rule.severity (SARIF level).
// Not every rule has one (non-security queries): "none" falls through to rule.severity.
const SECURITY_LEVELS = new Map<unknown, Severity | "none">([
  [undefined, "none"],
  [null, "none"],
  ["critical", "critical"],
  ["high", "high"],
  ["medium", "medium"],
  ["low", "low"],
]);
const RULE_SEVERITIES = new Map<unknown, Severity>([
  [undefined, "unknown"],
  [null, "unknown"],
  ["error", "high"],
  ["warning", "medium"],
  ["note", "low"],
  ["none", "info"],
]);

function closureOf(alert: Json, path: string): Closure | undefined {
  const state = knownValue(STATES, alert.state, "a code scanning alert's state", path);
  if (state === "open") return undefined;
  if (state === "fixed") return { how: "fixed", at: alert.fixed_at };
  return {
    how: "dismissed",
    reason: reasonOf(
      REASONS,
      alert.dismissed_reason,
      "a code scanning alert's dismissed_reason",
      path,
    ),
    comment: alert.dismissed_comment,
    by: alert.dismissed_by,
    at: alert.dismissed_at,
  };
}

function read(alert: Json, path: string): Finding {
  const rule = alert.rule as Json;
  const id = str(rule.id) ?? str(rule.name);
  if (!id) throw new GateError("a code scanning alert's rule has no id", { file: path });
  const instance = isObject(alert.most_recent_instance) ? alert.most_recent_instance : NO_FIELDS;
  const location = isObject(instance.location) ? instance.location : NO_FIELDS;
  const message = isObject(instance.message) ? str(instance.message.text) : undefined;
  const file = str(location.path);
  const startLine = positive(num(location.start_line));
  const level = knownValue(
    SECURITY_LEVELS,
    rule.security_severity_level,
    "a rule's security_severity_level",
    path,
  );
  const ruleSeverity = knownValue(RULE_SEVERITIES, rule.severity, "a rule's severity", path);
  const severity = level === "none" ? ruleSeverity : level;
  const f = makeFinding(
    {
      tool: TOOL,
      layer: "code",
      id,
      title: str(rule.description) ?? str(rule.name) ?? id,
      description: message,
      severity,
      location: file
        ? { path: file, startLine, endLine: positive(num(location.end_line)) ?? startLine }
        : undefined,
      // CodeQL tags CWEs as "external/cwe/cwe-312".
      cwe: strings(rule.tags)
        .filter((t) => /^external\/cwe\/cwe-\d+$/i.test(t))
        .map((t) => normaliseCwe(t.slice("external/cwe/".length)))
        .filter((c): c is string => c !== undefined),
      url: str(alert.html_url),
      firstSeen: createdDayOf(alert, "code scanning", path),
    },
    path,
  );
  const suppressed = suppressionOf(closureOf(alert, path));
  if (suppressed) f.suppressed = suppressed;
  return f;
}
