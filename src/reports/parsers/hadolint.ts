// hadolint JSON: `hadolint -f json Dockerfile...` writes an array of rule violations. An empty
// array says nothing about which tool wrote it, so it is only read as hadolint when forced.
import { makeFinding } from "../../model/make-finding.js";
import { severityFromWord } from "../../model/severity-words.js";
import type { Finding } from "../../model/finding.js";
import type { Severity } from "../../model/vocabulary.js";
import { GateError } from "../../model/errors.js";
import { isObject, num, str, type Json } from "./fields.js";
import type { Parser } from "./types.js";

const TOOL = "hadolint";

function isViolation(value: unknown): value is Json {
  return (
    isObject(value) &&
    typeof value.code === "string" &&
    typeof value.level === "string" &&
    typeof value.file === "string" &&
    "line" in value
  );
}

export const hadolint: Parser = {
  id: "hadolint",
  description: "hadolint JSON (hadolint -f json Dockerfile)",
  layers: ["iac"],
  containers: { json: ["[].code"] },
  detect({ json }) {
    return Array.isArray(json) && json.length > 0 && json.every(isViolation);
  },
  parse({ json, path }) {
    if (!Array.isArray(json)) throw new GateError("a hadolint report is an array", { file: path });
    return json.map((v) => {
      if (!isViolation(v)) {
        throw new GateError("every hadolint entry needs code, level, file and line", {
          file: path,
        });
      }
      return violation(v, path);
    });
  },
};

/** hadolint levels, most severe first: error, warning, info, style. */
function severityOf(level: string): Severity {
  return level === "style" ? "info" : severityFromWord(level);
}

function violation(v: Json, path: string): Finding {
  const code = str(v.code)!;
  const message = str(v.message) ?? code;
  return makeFinding(
    {
      tool: TOOL,
      layer: "iac",
      id: code,
      title: message,
      severity: severityOf(str(v.level)!),
      location: { path: str(v.file)!.replace(/\\/g, "/"), startLine: num(v.line) },
      // DLxxxx are hadolint's own rules; SCxxxx come from ShellCheck on RUN instructions.
      url: code.startsWith("SC")
        ? `https://www.shellcheck.net/wiki/${code}`
        : `https://github.com/hadolint/hadolint/wiki/${code}`,
    },
    path,
  );
}
