// gitleaks JSON: `gitleaks detect --report-format json --report-path OUT` (v8, PascalCase keys)
// and `gitleaks --report=OUT` (v7, lowercase keys). A clean scan writes `[]` (v8) or `null`
// (v7), which name no tool, so those are only read as gitleaks when forced.
import { createHash } from "node:crypto";
import { makeFinding } from "../../model/make-finding.js";
import type { Finding } from "../../model/finding.js";
import { GateError } from "../../model/errors.js";
import { entries, isObject, num, str, type Json } from "./fields.js";
import { redactSecret } from "./redact.js";
import type { Parser } from "./types.js";

const TOOL = "gitleaks";

function isV8(value: unknown): value is Json {
  return isObject(value) && typeof value.RuleID === "string" && "File" in value;
}

function isV7(value: unknown): value is Json {
  return (
    isObject(value) && typeof value.rule === "string" && "offender" in value && "file" in value
  );
}

export const gitleaks: Parser = {
  id: "gitleaks",
  description: "gitleaks JSON (gitleaks detect --report-format json; v7 and v8)",
  layers: ["secret"],
  containers: { v8: ["[].RuleID"], v7: ["[].offender"] },
  detect({ json }) {
    return Array.isArray(json) && json.length > 0 && (json.every(isV8) || json.every(isV7));
  },
  parse({ json, path }) {
    if (json === null) return [];
    if (!Array.isArray(json)) throw new GateError("a gitleaks report is an array", { file: path });
    const leaks = entries(json, "leaks", path).map((entry) => {
      if (isV8(entry)) return v8(entry);
      if (isV7(entry)) return v7(entry);
      throw new GateError(
        "every gitleaks entry needs RuleID and File (v8) or rule, offender and file (v7)",
        { file: path },
      );
    });
    return mergeSameSecret(leaks).map((leak) => finding(leak, path));
  },
};

/** One leak, in the fields both versions share. The raw secret never leaves v7()/v8(). */
interface Leak {
  rule: string;
  description?: string;
  redacted: string;
  /** A hash of the raw secret: tells secrets apart without keeping them. */
  secretHash: string;
  /** Absent for a leak read from stdin (`gitleaks stdin` writes `"File": ""`). */
  file?: string;
  startLine?: number;
  endLine?: number;
  commit?: string;
}

function secretFields(raw: string): Pick<Leak, "redacted" | "secretHash"> {
  return {
    redacted: redactSecret(raw),
    secretHash: createHash("sha256").update(raw).digest("hex"),
  };
}

function v8(e: Json): Leak {
  return {
    rule: str(e.RuleID)!,
    description: str(e.Description),
    ...secretFields(str(e.Secret) ?? str(e.Match) ?? ""),
    file: str(e.File),
    startLine: num(e.StartLine),
    endLine: num(e.EndLine),
    commit: str(e.Commit),
  };
}

function v7(e: Json): Leak {
  return {
    rule: str(e.rule)!,
    ...secretFields(str(e.offender) ?? ""),
    file: str(e.file),
    startLine: num(e.lineNumber),
    commit: str(e.commit),
  };
}

/**
 * gitleaks reports a secret once per commit that touches it; it is one secret to rotate.
 * Leaks with the same secret, file and line are one finding (DefectDojo merges the same way).
 */
function mergeSameSecret(leaks: Leak[]): Leak[] {
  const seen = new Map<string, Leak>();
  for (const leak of leaks) {
    const key = [leak.secretHash, leak.file, leak.startLine].join("\u0000");
    if (!seen.has(key)) seen.set(key, leak);
  }
  return [...seen.values()];
}

function finding(leak: Leak, path: string): Finding {
  const where = leak.commit ? ` (commit ${leak.commit.slice(0, 12)})` : "";
  return makeFinding(
    {
      tool: TOOL,
      layer: "secret",
      id: leak.rule,
      title: leak.description ?? `${leak.rule} secret`,
      description: `Secret ${leak.redacted} found${where}`,
      // gitleaks does not rate its findings: `unknown`, so the policy decides (never low).
      severity: "unknown",
      location: leak.file
        ? { path: leak.file, startLine: leak.startLine, endLine: leak.endLine }
        : undefined,
    },
    path,
  );
}
