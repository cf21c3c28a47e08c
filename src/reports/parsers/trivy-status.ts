// Trivy's status tables: a misconfiguration's Status, and the modified findings (VEX,
// .trivyignore) with their FindingStatus and FindingType.
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { isObject, str, type Json } from "./fields.js";
import { knownValue } from "./status.js";
import {
  license,
  misconfiguration,
  secret,
  vulnerability,
  type Context,
} from "./trivy-findings.js";

// aquasecurity/trivy pkg/types/misconfiguration.go: MisconfStatus. An absent status (old
// Trivy listed failures only) counts; EXCEPTION is a Rego exception the repository wrote.
const MISCONF_STATUSES = new Map<unknown, "fail" | "pass" | "exception">([
  [undefined, "fail"],
  ["FAIL", "fail"],
  ["PASS", "pass"],
  ["EXCEPTION", "exception"],
]);

export function misconfigurationStatus(m: Json, path: string): "fail" | "pass" | "exception" {
  return knownValue(MISCONF_STATUSES, str(m.Status), "a misconfiguration's Status", path);
}

// aquasecurity/trivy pkg/types/finding.go: FindingStatus. ignored (.trivyignore), not_affected
// and fixed (VEX) remove a finding; affected, under_investigation and unknown do not.
const MODIFIED_SUPPRESSES = new Map<unknown, boolean>([
  ["ignored", true],
  ["not_affected", true],
  ["fixed", true],
  ["affected", false],
  ["under_investigation", false],
  ["unknown", false],
]);

// FindingType: each modified finding wraps one of Trivy's four kinds of finding.
const MODIFIED_TYPES = new Map<unknown, (inner: Json, ctx: Context) => Finding>([
  ["vulnerability", (v, ctx) => vulnerability(v, ctx.vulnLayer, ctx)],
  ["misconfiguration", (m, ctx) => misconfiguration(m, ctx)],
  ["secret", (s, ctx) => secret(s, ctx)],
  ["license", (l, ctx) => license(l, ctx)],
]);

/** VEX / .trivyignore'd findings: kept, and marked suppressed with Trivy's statement. */
export function modifiedFinding(m: Json, ctx: Context): Finding {
  const where = "an ExperimentalModifiedFindings entry";
  const build = knownValue(MODIFIED_TYPES, str(m.Type), `${where}'s Type`, ctx.path);
  const status = str(m.Status);
  const suppresses = knownValue(MODIFIED_SUPPRESSES, status, `${where}'s Status`, ctx.path);
  if (!isObject(m.Finding)) {
    throw new GateError(`${where} has no Finding object`, { file: ctx.path });
  }
  const f = build(m.Finding, ctx);
  if (suppresses) {
    // Status "ignored" comes from an ignore file or policy, the others from a VEX document;
    // Source names that file. Only the Statement says why: a .trivyignore line has none, and
    // the file it sits in is no justification (settings.scanner-suppressions).
    const source = str(m.Source);
    const what = status === "ignored" ? "trivy ignored" : `trivy VEX ${status}`;
    f.suppressed = { kind: source ? `${what} (${source})` : what, justification: str(m.Statement) };
  }
  return f;
}
