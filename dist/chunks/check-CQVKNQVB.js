import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-WCLUCZFM.js";
import "./chunk-26S2FAB4.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-24VQTDZU.js";
import "./chunk-4OIR534Z.js";
import "./chunk-DNY3HZZL.js";
import "./chunk-A6F5PLQI.js";
import "./chunk-QC35BPQS.js";
import "./chunk-62K5C3YY.js";
import "./chunk-JH6ODYBQ.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
