import { PARSERS } from "../reports/parsers/index.js";
import { REPORTERS } from "../reporters/index.js";
import { EXIT, type Command } from "./types.js";

export const formats: Command = {
  name: "formats",
  summary: "list the report formats ztgate reads and the outputs it writes",
  usage: "ztgate formats",
  run(_args, io) {
    const width = Math.max(...PARSERS.map((p) => p.id.length));
    const lines = ["Report formats (detected from content; force one with FORMAT:PATH):"];
    for (const p of PARSERS)
      lines.push(`  ${p.id.padEnd(width)}  ${p.description} [${p.layers.join(", ")}]`);
    lines.push("", "Output formats (-o FORMAT[=FILE]):");
    for (const r of REPORTERS) lines.push(`  ${r.id.padEnd(width)}  ${r.description}`);
    io.stdout(lines.join("\n") + "\n");
    return EXIT.pass;
  },
};
