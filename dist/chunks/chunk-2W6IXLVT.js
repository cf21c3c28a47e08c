import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// src/model/errors.ts
var GateError = class extends Error {
  file;
  line;
  column;
  /** The scanner's own error code, for reports that are only an error object. */
  code;
  constructor(message, place = {}, code) {
    super(message), this.name = "GateError", this.file = place.file, this.line = place.line, this.column = place.column, this.code = code;
  }
  /** "file:line:col: message", the shape editors and CI logs link. */
  describe() {
    return this.file ? `${[this.file, this.line, this.line !== void 0 ? this.column : void 0].filter((p) => p !== void 0).join(":")}: ${this.message}` : this.message;
  }
};
function errorMessage(err) {
  return err instanceof GateError ? printableLine(err.describe()) : err instanceof Error ? printableLine(err.message) : printableLine(String(err));
}

export {
  GateError,
  errorMessage
};
