import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-FNC4W45D.js";
import "./chunk-MF7FE3AL.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-7K557FCB.js";
import "./chunk-46P6EUEQ.js";
import "./chunk-BQ3DTHT5.js";
import "./chunk-CPDFWLCH.js";
import "./chunk-62K5C3YY.js";
import "./chunk-YWNVMLSY.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
