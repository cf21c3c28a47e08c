import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-UPPAGYBM.js";
import "./chunk-N2NU5VBS.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-UHF6MSZB.js";
import "./chunk-EYSRAJJT.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-SWNQVNKF.js";
import "./chunk-6CLIH7DM.js";
import "./chunk-XUZXA4N2.js";
import "./chunk-EEHSRMWP.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-TCIXA3JQ.js";
import "./chunk-62K5C3YY.js";
import "./chunk-ZHALQTQA.js";
import "./chunk-WAEXOLBO.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
