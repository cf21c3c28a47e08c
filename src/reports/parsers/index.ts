// The parser registry: every supported format, listed explicitly. Detection is exclusive
// (detect.ts): every detector runs, so the order is only that of `ztgate formats`.
import type { ReportInput } from "../../model/report-input.js";
import { bundlerAudit } from "./bundler-audit.js";
import { checkov } from "./checkov.js";
import { cyclonedx } from "./cyclonedx.js";
import { dependencyCheck } from "./dependency-check.js";
import { resolveParser } from "./detect.js";
import { githubCodeScanning } from "./github-code-scanning.js";
import { githubDependabot } from "./github-dependabot.js";
import { githubSecretScanning } from "./github-secret-scanning.js";
import { gitleaks } from "./gitleaks.js";
import { gosec } from "./gosec.js";
import { govulncheck } from "./govulncheck.js";
import { grype } from "./grype.js";
import { hadolint } from "./hadolint.js";
import { kics } from "./kics.js";
import { kubescape } from "./kubescape.js";
import { npmAudit } from "./npm-audit.js";
import { osvScanner } from "./osv-scanner.js";
import { pipAudit } from "./pip-audit.js";
import { prowler } from "./prowler.js";
import { sarif } from "./sarif.js";
import { semgrep } from "./semgrep.js";
import { snyk } from "./snyk.js";
import { tfsec } from "./tfsec.js";
import { trivy } from "./trivy.js";
import { trivyOperator } from "./trivy-operator.js";
import { yarnAudit } from "./yarn-audit.js";
import type { Parser } from "./types.js";
import { zap } from "./zap.js";
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
  dependencyCheck,
  zap,
  semgrep,
  gosec,
  govulncheck,
  bundlerAudit,
  kubescape,
  prowler,
  githubCodeScanning,
  githubDependabot,
  githubSecretScanning,
  ztgate,
] as const satisfies readonly Parser[];

export type { Parser };

export function parserById(id: string): Parser | undefined {
  return PARSERS.find((p) => p.id === id);
}

/**
 * The parser for a report: the forced one (`FORMAT:PATH`), else the only one that claims it;
 * either way a GateError when the document holds another format's findings it does not read.
 */
export function detectParser(input: ReportInput, forced?: string): Parser {
  return resolveParser(PARSERS, input, forced);
}
