import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-HJ4URJBH.js";
import "./chunk-ETPXIAEY.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-Z5O35OUV.js";
import "./chunk-O5J3EOWX.js";
import "./chunk-RMZ7WVBO.js";
import "./chunk-KISLSD4Y.js";
import "./chunk-62K5C3YY.js";
import "./chunk-YGBBNH37.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
