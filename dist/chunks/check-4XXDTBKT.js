import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-55TEWLY5.js";
import "./chunk-MNXRCWQO.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-YSG4IJAN.js";
import "./chunk-BCXP6TD5.js";
import "./chunk-RSEFPCUV.js";
import "./chunk-GJKTT2YK.js";
import "./chunk-62K5C3YY.js";
import "./chunk-IQZRMB5Q.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
