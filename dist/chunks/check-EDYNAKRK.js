import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-YXL46XMC.js";
import "./chunk-3X2Q57Q4.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-4ZWIC3YS.js";
import "./chunk-O453YBJD.js";
import "./chunk-P4WA4VFA.js";
import "./chunk-343N6IWA.js";
import "./chunk-62K5C3YY.js";
import "./chunk-L7VA4WFU.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
