import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-3VUEHCH5.js";
import "./chunk-P3FUNYRS.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-SPZQDKN2.js";
import "./chunk-W5VYNCE7.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-5Z2YVO3G.js";
import "./chunk-FXD3BJT6.js";
import "./chunk-QV5Q67GG.js";
import "./chunk-3YYKDK6U.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-6C4LH6LT.js";
import "./chunk-62K5C3YY.js";
import "./chunk-U57745XI.js";
import "./chunk-3D4VTBJZ.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
