import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-S4ZD2BFL.js";
import "./chunk-35JGUX3S.js";
import "./chunk-YWSJ5L72.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-RATZFACP.js";
import "./chunk-ELUKRPVO.js";
import "./chunk-5ST5UXSX.js";
import "./chunk-7KINBOQ3.js";
import "./chunk-62K5C3YY.js";
import "./chunk-WPPC7X2B.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
