import { parseArgs } from "node:util";
import { GateError } from "../model/errors.js";
import { loadReport } from "../reports/read.js";
import { resolveReportArgs } from "../run.js";
import { safeJson } from "../model/safe-text.js";
import { EXIT, type Command } from "./types.js";

export const parse: Command = {
  name: "parse",
  summary: "print the normalised findings of each report, with no policy applied",
  usage: `ztgate parse REPORT|FORMAT:REPORT ... [-o json]

Prints {"reports":[{"path","format","findings":[...]}]}.`,
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { output: { type: "string", short: "o", default: "json" } },
    });
    if (values.output !== "json")
      throw new GateError(`parse writes json only (got -o ${values.output})`);
    if (positionals.length === 0) throw new GateError("no reports given (ztgate parse REPORT...)");
    const reports = resolveReportArgs(positionals, io.cwd).map(loadReport);
    io.stdout(safeJson({ reports }, 2) + "\n");
    return EXIT.pass;
  },
};
