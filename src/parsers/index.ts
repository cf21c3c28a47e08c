// The parser registry: every supported format, listed explicitly. Order matters only for
// detection: more specific formats come before more general ones.
import type { ReportInput } from "../decode.js";
import { GateError } from "../errors.js";
import { checkov } from "./checkov.js";
import { cyclonedx } from "./cyclonedx.js";
import { gitleaks } from "./gitleaks.js";
import { grype } from "./grype.js";
import { hadolint } from "./hadolint.js";
import { kics } from "./kics.js";
import { npmAudit } from "./npm-audit.js";
import { osvScanner } from "./osv-scanner.js";
import { pipAudit } from "./pip-audit.js";
import { sarif } from "./sarif.js";
import { snyk } from "./snyk.js";
import { tfsec } from "./tfsec.js";
import { trivy } from "./trivy.js";
import { trivyOperator } from "./trivy-operator.js";
import { yarnAudit } from "./yarn-audit.js";
import type { Parser } from "./types.js";
import { ztgate } from "./ztgate.js";

export const PARSERS = [
  trivy,
  grype,
  npmAudit,
  yarnAudit,
  pipAudit,
  osvScanner,
  snyk,
  cyclonedx,
  checkov,
  sarif,
  kics,
  tfsec,
  trivyOperator,
  gitleaks,
  hadolint,
  ztgate,
] as const satisfies readonly Parser[];

export type { Parser };

export function parserById(id: string): Parser | undefined {
  return PARSERS.find((p) => p.id === id);
}

/** The parser for a report: the forced one (`FORMAT:PATH`), else the first that detects it. */
export function detectParser(input: ReportInput, forced?: string): Parser {
  if (forced) {
    const parser = parserById(forced);
    if (!parser) {
      throw new GateError(`unknown format "${forced}" (see \`ztgate formats\`)`, {
        file: input.path,
      });
    }
    return parser;
  }
  const parser = PARSERS.find((p) => p.detect(input));
  if (!parser) {
    throw new GateError(
      "unrecognised format: not a report of any supported scanner (see `ztgate formats`, or force one with FORMAT:PATH)",
      { file: input.path },
    );
  }
  return parser;
}
