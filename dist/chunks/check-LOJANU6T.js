import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-YZBTGKJZ.js";
import "./chunk-O2K76QSI.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-2G5XDYOQ.js";
import "./chunk-XQTZV7RC.js";
import "./chunk-KEGGF6BU.js";
import "./chunk-JYTESC2W.js";
import "./chunk-62K5C3YY.js";
import "./chunk-BUERVN2H.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
