import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  CONSOLE_COLOURS,
  printableLine,
  printableText
} from "./chunk-H2LZCDX7.js";

// src/io/sink.ts
var ERASE_LINE = /\r\u001b\[2K/, OUR_COMMAND = /^::(?:error|warning|notice)(?: [^:\n]*)?::/;
function workflowCommands(text) {
  return text.split(`
`).map(
    (line) => OUR_COMMAND.test(line) ? `::${printableText(line.slice(2))}` : printableText(line)
  ).join(`
`);
}
function wantsColor(io) {
  return io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "" ? !1 : io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0" ? !0 : io.isTTY;
}
function guardIO(io) {
  let colours = wantsColor(io) ? CONSOLE_COLOURS : void 0, erase = io.stderrIsTTY ? ERASE_LINE : void 0;
  return {
    ...io,
    stdout: (text, kind) => io.stdout(
      kind === "workflow-commands" ? workflowCommands(text) : printableText(text, { allow: colours })
    ),
    stderr: (text) => io.stderr(printableText(text, { allow: erase }))
  };
}
function processStreams() {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    }
  };
}
function actionOutput(core) {
  return {
    info: (message) => core.info(printableLine(message)),
    warning: (message) => core.warning(printableLine(message)),
    fail: (message) => core.setFailed(printableLine(message)),
    annotations: (text) => {
      process.stdout.write(workflowCommands(text));
    }
  };
}

export {
  wantsColor,
  guardIO,
  processStreams,
  actionOutput
};
