import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  REPORTERS
} from "./chunk-CM4JX6AH.js";
import "./chunk-XJ6G5EST.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-5WKSFMGQ.js";
import {
  EXIT
} from "./chunk-62K5C3YY.js";
import "./chunk-QW6IHFNX.js";
import {
  PARSERS
} from "./chunk-GGO2SFEU.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";

// src/commands/formats.ts
var formats = {
  name: "formats",
  summary: "list the report formats ztgate reads and the outputs it writes",
  usage: "ztgate formats",
  run(_args, io) {
    let width = Math.max(...PARSERS.map((p) => p.id.length)), lines = ["Report formats (detected from content; force one with FORMAT:PATH):"];
    for (let p of PARSERS)
      lines.push(`  ${p.id.padEnd(width)}  ${p.description} [${p.layers.join(", ")}]`);
    lines.push("", "Output formats (-o FORMAT[=FILE]):");
    for (let r of REPORTERS) lines.push(`  ${r.id.padEnd(width)}  ${r.description}`);
    return io.stdout(lines.join(`
`) + `
`), EXIT.pass;
  }
};
export {
  formats
};
