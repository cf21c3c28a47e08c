// The parser registry: every supported format, listed explicitly. Order matters only for
// detection: more specific formats come before more general ones.
import type { ReportInput } from "../decode.js";
import { GateError } from "../errors.js";
import { cyclonedx } from "./cyclonedx.js";
import { grype } from "./grype.js";
import { npmAudit } from "./npm-audit.js";
import { osvScanner } from "./osv-scanner.js";
import { pipAudit } from "./pip-audit.js";
import { snyk } from "./snyk.js";
import { trivy } from "./trivy.js";
import { yarnAudit } from "./yarn-audit.js";
import type { Parser } from "./types.js";

export const PARSERS = [
  trivy,
  grype,
  npmAudit,
  yarnAudit,
  pipAudit,
  osvScanner,
  snyk,
  cyclonedx,
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
