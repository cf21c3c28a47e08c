import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-X4XBMSR3.js";
import "./chunk-LUVWJXGY.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-7HMVVMTN.js";
import "./chunk-5QI2AL7Z.js";
import "./chunk-V7AP42MW.js";
import "./chunk-5YIRVQR2.js";
import "./chunk-62K5C3YY.js";
import "./chunk-VLKSQUB4.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
