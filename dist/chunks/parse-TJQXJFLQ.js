import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  resolveReportArgs
} from "./chunk-YXWZ77PM.js";
import {
  loadReport
} from "./chunk-AZ3UIT6N.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import "./chunk-QW6IHFNX.js";
import "./chunk-GGO2SFEU.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import {
  safeJson
} from "./chunk-H2LZCDX7.js";

// src/commands/parse.ts
import { parseArgs } from "node:util";
var parse = {
  name: "parse",
  summary: "print the normalised findings of each report, with no policy applied",
  usage: `ztgate parse REPORT|FORMAT:REPORT ... [-o json]

Prints {"reports":[{"path","format","findings":[...]}]}.`,
  run(args, io) {
    let { values, positionals } = parseArgs({
      args,
      allowPositionals: !0,
      options: { output: { type: "string", short: "o", default: "json" } }
    });
    if (values.output !== "json")
      throw new GateError(`parse writes json only (got -o ${values.output})`);
    if (positionals.length === 0) throw new GateError("no reports given (ztgate parse REPORT...)");
    let reports = resolveReportArgs(positionals, io.cwd).map(loadReport);
    return io.stdout(safeJson({ reports }, 2) + `
`), EXIT.pass;
  }
};
export {
  parse
};
