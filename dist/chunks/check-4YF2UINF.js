import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-KI37UXZM.js";
import "./chunk-3R7RCY5S.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-HFY3CYW3.js";
import "./chunk-MBEHRF3Q.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-G7EVODGE.js";
import "./chunk-QMTXCY4N.js";
import "./chunk-EU5QD4OA.js";
import "./chunk-QLWJ53I7.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-WLFS5A7P.js";
import "./chunk-62K5C3YY.js";
import "./chunk-U4R5EAEL.js";
import "./chunk-SAIBMWAZ.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
