import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-WZMMNLDZ.js";
import "./chunk-25IKUWRG.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-V6FXBVVH.js";
import "./chunk-I4MZF5DL.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-3TC24X7X.js";
import "./chunk-UQPUIEBY.js";
import "./chunk-WTNAXSOG.js";
import "./chunk-5UZM62XU.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-Z6EIJEKD.js";
import "./chunk-62K5C3YY.js";
import "./chunk-EWVZWYAQ.js";
import "./chunk-QQSIBL55.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
