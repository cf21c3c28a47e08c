import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-TYRNML7G.js";
import "./chunk-3JP75VMR.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-QBWGOXAK.js";
import "./chunk-VQTQ3PIT.js";
import "./chunk-PK27O3UZ.js";
import "./chunk-MLXTRCZI.js";
import "./chunk-62K5C3YY.js";
import "./chunk-DUN7GT4G.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
