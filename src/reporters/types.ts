import type { Evaluation } from "../gate/evaluate.js";

/** What a reporter may know besides the evaluation (DESIGN §4: reporters are pure). */
export interface ReportContext {
  /** Emit ANSI colours (the CLI decides from NO_COLOR and the TTY). */
  color: boolean;
  /** Console detail: verdict only, normal, or every finding with its reason. */
  verbosity: "quiet" | "normal" | "verbose";
  version: string;
  /** Console: findings listed per verdict group, most severe first (undefined lists all). */
  maxListed?: number;
  /** Absolute workspace path: absolute paths inside it are shown repository-relative. */
  workspace?: string;
}

export interface Reporter {
  id: string;
  description: string;
  render(evaluation: Evaluation, context: ReportContext): string;
  /** Its lines are workflow commands of ztgate's own: on stdout they stay commands (src/sink.ts). */
  workflowCommands?: boolean;
}
