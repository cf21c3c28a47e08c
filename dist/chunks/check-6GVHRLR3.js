import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-XQPPRAJN.js";
import "./chunk-ETD7DNYR.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-24VQTDZU.js";
import "./chunk-7GVTPZGC.js";
import "./chunk-LWOUYNDY.js";
import "./chunk-452L77TU.js";
import "./chunk-AC22BR3N.js";
import "./chunk-62K5C3YY.js";
import "./chunk-2R5RZM4D.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
