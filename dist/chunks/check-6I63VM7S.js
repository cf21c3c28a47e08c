import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-3N5MEJCO.js";
import "./chunk-ZK2U4LC5.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-TP2BDVFO.js";
import "./chunk-RPDDGUZC.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-UJ3QXTZZ.js";
import "./chunk-45SCW534.js";
import "./chunk-RAASFKET.js";
import "./chunk-ITMT3EY7.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-FMNGUH3U.js";
import "./chunk-62K5C3YY.js";
import "./chunk-WYF4PJUB.js";
import "./chunk-4DBGVSZ6.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
