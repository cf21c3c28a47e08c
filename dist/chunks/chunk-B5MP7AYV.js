import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-HOB2LCJN.js";
import {
  validateLocal
} from "./chunk-IDR6HBXA.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";

// src/local/config.ts
import { readFileSync } from "node:fs";
var DEFAULT_COMMAND_TIMEOUT_MS = 5 * 6e4;
function parseTimeout(text) {
  if (text === void 0) return DEFAULT_COMMAND_TIMEOUT_MS;
  let unit = text.endsWith("m") ? 6e4 : 1e3;
  return Number(text.slice(0, -1)) * unit;
}
function readLocalConfig(file, read = (p) => readFileSync(p, "utf8")) {
  let text;
  try {
    text = read(file);
  } catch (err) {
    throw new GateError(`cannot read ${err.code ?? String(err)}`, {
      file
    });
  }
  let source = parseYaml(text, file), local = source.value?.local;
  if (local !== void 0) {
    if (!validateLocal(local)) {
      let error = validateLocal.errors?.[0], at = `/local${error?.instancePath ?? ""}`, unknown = error?.params.additionalProperty, pointer = unknown ? `${at}/${unknown}` : at, message = unknown ? `unknown key "${unknown}" at ${at}` : `${at} ${error?.message ?? "is invalid"}`;
      throw new GateError(message, { file, ...source.locate(pointer) });
    }
    return toConfig(local);
  }
}
function toConfig(local) {
  return {
    reports: local.reports ?? [],
    ...local.baseline ? { baseline: local.baseline } : {},
    ...local.kev ? { kev: local.kev } : {},
    ...local.epss ? { epss: local.epss } : {},
    ...local.openvex ? { openvex: local.openvex } : {},
    commands: (local.commands ?? []).map((c, i) => ({
      name: c.name ?? `command ${i + 1}`,
      run: c.run,
      timeoutMs: parseTimeout(c.timeout),
      okExitCodes: c["ok-exit-codes"] ?? [0]
    }))
  };
}

export {
  readLocalConfig
};
