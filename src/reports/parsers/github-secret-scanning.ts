// GitHub secret scanning alerts: the REST list response (`gh api --paginate
// repos/OWNER/REPO/secret-scanning/alerts`, or orgs/ORG/secret-scanning/alerts), an array of
// `secret-scanning-alert` (OpenAPI). The `secret` field holds the secret itself: it is never
// kept, only its type and a redacted form (redact.ts). Resolved alerts are kept, marked
// suppressed with GitHub's resolution, comment, who and when.
import { GateError } from "../../model/errors.js";
import { makeFinding } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import { isObject, NO_FIELDS, num, positive, str, type Json } from "./fields.js";
import {
  createdDayOf,
  alertsOf,
  isAlertList,
  reasonOf,
  suppressionOf,
  type Closure,
} from "./github-alert.js";
import { redactSecret } from "./redact.js";
import { knownValue } from "./status.js";
import type { Parser } from "./types.js";

const TOOL = "github-secret-scanning";

function isAlert(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.number === "number" &&
    typeof value.secret_type === "string" &&
    "state" in value &&
    "html_url" in value
  );
}

export const githubSecretScanning: Parser = {
  id: "github-secret-scanning",
  description:
    "GitHub secret scanning alerts (gh api --paginate repos/OWNER/REPO/secret-scanning/alerts)",
  layers: ["secret"],
  containers: { json: ["[].secret_type"] },
  detect: ({ json }) => isAlertList(json, isAlert),
  parse({ json, path }) {
    return alertsOf(json, "secret scanning", path).map((alert) => {
      if (!isAlert(alert)) {
        throw new GateError(
          "every secret scanning alert needs number, secret_type, state and html_url",
          {
            file: path,
          },
        );
      }
      return read(alert, path);
    });
  },
};

// secret-scanning-alert-state; "open" counts.
const STATES = new Map<unknown, "open" | "resolved">([
  ["open", "open"],
  ["resolved", "resolved"],
]);

// secret-scanning-alert-resolution.
const RESOLUTIONS = new Map<unknown, string>([
  ["false_positive", "false positive"],
  ["wont_fix", "won't fix"],
  ["revoked", "revoked"],
  ["used_in_tests", "used in tests"],
]);

// validity: GitHub's check of the secret with its provider; absent when not checked.
const VALIDITY = new Map<unknown, string>([
  [undefined, ""],
  [null, ""],
  ["active", "active"],
  ["inactive", "inactive"],
  ["unknown", ""],
]);

function closureOf(alert: Json, path: string): Closure | undefined {
  const state = knownValue(STATES, alert.state, "a secret scanning alert's state", path);
  if (state === "open") return undefined;
  return {
    how: "resolved",
    reason: reasonOf(RESOLUTIONS, alert.resolution, "a secret scanning alert's resolution", path),
    comment: alert.resolution_comment,
    by: alert.resolved_by,
    at: alert.resolved_at,
  };
}

function read(alert: Json, path: string): Finding {
  const type = str(alert.secret_type);
  if (!type) throw new GateError("a secret scanning alert has no secret_type", { file: path });
  // The raw value stays in this function: only its redacted form reaches the finding.
  const redacted = redactSecret(typeof alert.secret === "string" ? alert.secret : "");
  const validity = knownValue(VALIDITY, alert.validity, "a secret scanning alert's validity", path);
  const first = isObject(alert.first_location_detected) ? alert.first_location_detected : NO_FIELDS;
  const file = str(first.path);
  const startLine = positive(num(first.start_line));
  const facts = [
    redacted ? `Secret ${redacted}` : "Secret",
    validity ? `validity ${validity}` : undefined,
    alert.publicly_leaked === true ? "publicly leaked" : undefined,
    alert.push_protection_bypassed === true ? "push protection bypassed" : undefined,
  ].filter((p): p is string => p !== undefined);
  const f = makeFinding(
    {
      tool: TOOL,
      layer: "secret",
      id: type,
      title: `${str(alert.secret_type_display_name) ?? type} secret`,
      description: facts.join(", "),
      // GitHub does not rate secrets. A leaked credential is usable by whoever reads the
      // repository or its history until it is revoked, so it is critical until resolved.
      severity: "critical",
      location: file
        ? {
            path: file.replace(/^\/+/, ""),
            startLine,
            endLine: positive(num(first.end_line)) ?? startLine,
          }
        : undefined,
      // Where no location is given, the alert number tells two secrets of one type apart.
      target: `secret scanning alert ${String(num(alert.number))}`,
      url: str(alert.html_url),
      firstSeen: createdDayOf(alert, "secret scanning", path),
    },
    path,
  );
  const suppressed = suppressionOf(closureOf(alert, path));
  if (suppressed) f.suppressed = suppressed;
  return f;
}
