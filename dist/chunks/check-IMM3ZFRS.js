import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-BWV3FEIY.js";
import "./chunk-OFKEGYBP.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-S2EZIYRZ.js";
import "./chunk-2HYZY3SM.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-ANHKPH54.js";
import "./chunk-FXD3BJT6.js";
import "./chunk-KHWJLK3R.js";
import "./chunk-G5K536DW.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-TX3UYX7X.js";
import "./chunk-62K5C3YY.js";
import "./chunk-CBYXWMAB.js";
import "./chunk-3D4VTBJZ.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
