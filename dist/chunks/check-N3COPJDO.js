import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-4HHYXB3C.js";
import "./chunk-YYWTXCR2.js";
import "./chunk-5XLPE3VS.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-PRJL7FW4.js";
import "./chunk-PUQRCJYB.js";
import "./chunk-67JK3SYI.js";
import "./chunk-WF5TBLGP.js";
import "./chunk-6DFA5SZH.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-62K5C3YY.js";
import "./chunk-XCFG57R5.js";
import "./chunk-L45LZOXN.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
