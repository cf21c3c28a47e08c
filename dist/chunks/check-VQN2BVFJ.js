import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-ZEOXKDE7.js";
import "./chunk-SJZDMUNB.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-YR3FQ4LH.js";
import "./chunk-3USDUDKG.js";
import "./chunk-LPS6VZQI.js";
import "./chunk-YPWAT4Y2.js";
import "./chunk-62K5C3YY.js";
import "./chunk-NLURZQA5.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
