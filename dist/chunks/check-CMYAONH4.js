import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-PAUN7MEZ.js";
import "./chunk-J4FXL326.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-5SSDRXLQ.js";
import "./chunk-XYKAHG6I.js";
import "./chunk-H6K4IU33.js";
import "./chunk-6FMD4XKP.js";
import "./chunk-XPTWXIK5.js";
import "./chunk-62K5C3YY.js";
import "./chunk-DJJR2TQY.js";
import "./chunk-PTXCZDHX.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
