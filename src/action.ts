// The GitHub Action entry. A first version: runs the same pipeline as `ztgate check` on the
// `reports` input and fails the step when the policy blocks.
import * as core from "@actions/core";
import { errorMessage } from "./errors.js";
import { loadPolicyFor, resolveReportArgs, runCheck } from "./run.js";

function run(): void {
  const patterns = core.getMultilineInput("reports", { required: true });
  const policyInput = core.getInput("policy") || undefined;
  try {
    const cwd = process.cwd();
    const policy = loadPolicyFor(policyInput, cwd);
    const { evaluation } = runCheck({
      reports: resolveReportArgs(patterns, cwd),
      policy,
      now: new Date(),
    });
    core.setOutput("outcome", evaluation.outcome);
    core.setOutput("blocked", evaluation.counts.byVerdict.block);
    core.setOutput("findings", evaluation.counts.total);
    if (evaluation.outcome === "fail") {
      core.setFailed(
        `ztgate blocked this change: ${evaluation.counts.byVerdict.block} blocking findings`,
      );
    }
  } catch (err) {
    core.setFailed(`ztgate could not decide: ${errorMessage(err)}`);
  }
}

run();
