import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-RHZLT54A.js";
import "./chunk-IIF2IYYN.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-7GBNWP5V.js";
import "./chunk-VXQFD25V.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-RESUH4KK.js";
import "./chunk-PZQ2HC2H.js";
import "./chunk-YS2KFQ5O.js";
import "./chunk-75BJNR2U.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-UXMHMVOM.js";
import "./chunk-62K5C3YY.js";
import "./chunk-RGJJPC3H.js";
import "./chunk-JU5ELHKB.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
