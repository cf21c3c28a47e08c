import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-7T7PA2XN.js";
import "./chunk-A2NHNUCG.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-DQ3EMOEQ.js";
import "./chunk-HRXE7BJ5.js";
import "./chunk-C3H4PLYV.js";
import "./chunk-H27P2UWG.js";
import "./chunk-62K5C3YY.js";
import "./chunk-SA7DTGKP.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
