// Shared by commands that print or write reporter output (-o FORMAT[=FILE], repeatable).
import type { Evaluation } from "../gate/evaluate.js";
import { GateError } from "../model/errors.js";
import { writeFileAtomic, type OutputRequest } from "../io/output.js";
import { REPORTERS, reporterById, type ReportContext } from "../reporters/index.js";
import type { CommandIO } from "./types.js";

export { wantsColor } from "../io/sink.js";

export function checkOutputs(outputs: OutputRequest[]): void {
  for (const o of outputs) {
    if (!reporterById(o.format)) {
      throw new GateError(
        `unknown output format "${o.format}" (one of: ${REPORTERS.map((r) => r.id).join(", ")})`,
      );
    }
  }
}

export function emitOutputs(
  evaluation: Evaluation,
  outputs: OutputRequest[],
  context: ReportContext,
  io: CommandIO,
): void {
  for (const o of outputs) {
    const reporter = reporterById(o.format);
    if (!reporter) continue;
    // Colour only ever goes to a terminal, never into a file.
    const text = reporter.render(evaluation, o.file ? { ...context, color: false } : context);
    if (o.file) writeFileAtomic(o.file, text);
    else io.stdout(text, reporter.workflowCommands ? "workflow-commands" : "text");
  }
}
