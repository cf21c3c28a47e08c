import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-DNRRKGEA.js";
import "./chunk-XJRZIZJY.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-TMPGF6VZ.js";
import "./chunk-I2RVKH2J.js";
import "./chunk-4ZZUNZSV.js";
import "./chunk-BIZ77F5S.js";
import "./chunk-62K5C3YY.js";
import "./chunk-EMOAM7N5.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
