import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-COL5S36F.js";
import "./chunk-Z4UBZJMP.js";
import "./chunk-2HVM3ABB.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-5KP6XYUR.js";
import "./chunk-FQK7MJ6M.js";
import "./chunk-BYY4OMGU.js";
import "./chunk-QOGR366P.js";
import "./chunk-62K5C3YY.js";
import "./chunk-ZH74ZL2O.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
