// Runs the committed dist/action.js as a GitHub runner does: a child process with INPUT_*
// variables (upper case, spaces as underscores, hyphens kept, as the runner names them), an
// event payload file, and fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT's "name<<DELIMITER\nvalue\nDELIMITER" blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export interface RunnerOptions {
  workspace: string;
  apiUrl: string;
  inputs: Record<string, string>;
  /** Names fixtures/github/<event>.json as the payload. */
  eventName: string;
}

export async function runActionProcess({
  workspace,
  apiUrl,
  inputs,
  eventName,
}: RunnerOptions): Promise<Run> {
  const dir = mkdtempSync(join(workspace, "run-"));
  const files = { output: join(dir, "output"), summary: join(dir, "summary") };
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(root, "fixtures/github", `${eventName}.json`),
    GITHUB_REPOSITORY: "acme/payments",
    GITHUB_SHA: "0b7a1f7d5d6a0e4c1b8a4b5f43c2d1e0f9a8b7c6", // a merge commit, not the head
    GITHUB_REF: "refs/pull/42/merge",
    GITHUB_JOB: "security-gate",
    GITHUB_RUN_ID: "11223344",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: apiUrl,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ZTGATE_RETRY_DELAY_MS: "1",
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [join(root, "dist/action.js")], { cwd: workspace, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
  };
}
