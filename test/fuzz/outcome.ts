// Runs one fuzz input and classifies what happened. Reports go through the check pipeline
// (src/run.ts: read, decode, detect, parse, dedupe, evaluate) and every reporter, so every stage
// a hostile report reaches is covered; the policy is loaded once, as loading it is not what is
// under test there. Policies go through the CLI entry itself (src/commands/main.ts, in-process).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GateError } from "../../src/model/errors.js";
import { main } from "../../src/commands/main.js";
import { loadPolicy } from "../../src/io/policy-file.js";
import { REPORTERS } from "../../src/reporters/index.js";
import { runCheck as runPipeline } from "../../src/run.js";

/** The acceptable outcomes are the three exit codes; the rest are bugs. */
export type Outcome = "pass" | "blocked" | "undecided" | "crash" | "unnamed" | "polluted";
export const BUGS: readonly Outcome[] = ["crash", "unnamed", "polluted"];

export interface Result {
  outcome: Outcome;
  message: string;
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort().join(","));
const clean = snapshot();

/** True when a run added or changed anything on a built-in prototype. */
function polluted(): boolean {
  const now = snapshot();
  return now.some((keys, i) => keys !== clean[i]) || "polluted" in {};
}

/** A scratch directory for one fuzz session; the caller removes it with `dispose`. */
export function scratch(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), "ztgate-fuzz-"));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const OUTPUT_ARGS = REPORTERS.flatMap((r) => ["-o", r.id]);

/**
 * `ztgate check [--policy POLICY] FORMAT:FILE -v -o every-reporter` with `bytes` written to FILE.
 * `named` says whether an exit-2 message names the file it is about.
 */
export async function runCheck(
  files: { path: string; bytes: Uint8Array | string }[],
  args: string[],
  named: (message: string) => boolean,
  cwd: string,
): Promise<Result> {
  for (const f of files) writeFileSync(f.path, f.bytes);
  let stderr = "";
  let code: number;
  try {
    code = await main(["check", ...args, "-v", ...OUTPUT_ARGS], {
      stdout: () => undefined,
      stderr: (t) => void (stderr += t),
      cwd,
      env: { NO_COLOR: "1" },
      isTTY: false,
      now: new Date("2026-11-22T00:00:00Z"),
    });
  } catch (err) {
    return { outcome: "crash", message: `uncaught: ${(err as Error)?.stack ?? String(err)}` };
  }
  // The error line: with -v, "ztgate: repository root ..." comes before it.
  const lines = stderr.split("\n");
  const message = lines.find((l) => l.startsWith("ztgate: error:")) ?? lines[0] ?? "";
  if (polluted()) return { outcome: "polluted", message: "a built-in prototype was changed" };
  if (stderr.includes("internal error")) return { outcome: "crash", message };
  if (code === 0) return { outcome: "pass", message };
  if (code === 1) return { outcome: "blocked", message };
  if (code === 2 && named(message)) return { outcome: "undecided", message };
  if (code === 2) return { outcome: "unnamed", message };
  return { outcome: "crash", message: `exit ${code}: ${message}` };
}

const NOW = new Date("2026-11-22T00:00:00Z");
const policy = await loadPolicy(undefined);

/**
 * A report under test: written to `dir`, read as `format` when `forced`, else detected, then
 * rendered by every reporter. Errors are classified as src/commands/main.ts does: a GateError is exit 2
 * (and must name the file), anything else is an internal error, a crash.
 */
export function runReport(bytes: Uint8Array, format: string, forced: boolean, dir: string): Result {
  const path = join(dir, `report-${format}.json`);
  writeFileSync(path, bytes);
  let outcome: Outcome;
  try {
    const request = { path, ...(forced ? { format } : {}) };
    const { evaluation } = runPipeline({ reports: [request], policy, now: NOW, root: dir });
    for (const r of REPORTERS)
      r.render(evaluation, { color: true, verbosity: "verbose", version: "0" });
    outcome = evaluation.outcome === "fail" ? "blocked" : "pass";
  } catch (err) {
    if (polluted()) return { outcome: "polluted", message: "a built-in prototype was changed" };
    if (!(err instanceof GateError)) {
      return { outcome: "crash", message: (err as Error)?.stack ?? String(err) };
    }
    const message = err.describe();
    return { outcome: message.includes(path) ? "undecided" : "unnamed", message };
  }
  if (polluted()) return { outcome: "polluted", message: "a built-in prototype was changed" };
  return { outcome, message: "" };
}

/** A policy under test, applied to `report` (a small real report that has findings). */
export function runPolicy(text: string, report: string, dir: string): Promise<Result> {
  const path = join(dir, "ztgate.yml");
  // The policy itself, a file it extends, or (for evidence requirements) the layer missing.
  const named = (m: string) =>
    m.includes(path) ||
    /^ztgate: error: [^\s:]+(:\d+)*: /.test(m) ||
    /^ztgate: error: required layer "[a-z]+" has no report/.test(m);
  return runCheck([{ path, bytes: text }], ["--policy", path, report], named, dir);
}
