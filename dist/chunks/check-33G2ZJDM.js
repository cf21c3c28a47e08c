import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-6TKHFUZ3.js";
import "./chunk-IIF2IYYN.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-7GBNWP5V.js";
import "./chunk-O2Y2ND2K.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-RESUH4KK.js";
import "./chunk-PZQ2HC2H.js";
import "./chunk-Y5EUJVUP.js";
import "./chunk-6TEV2RSI.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-BR2AZ36V.js";
import "./chunk-62K5C3YY.js";
import "./chunk-RGJJPC3H.js";
import "./chunk-JU5ELHKB.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
