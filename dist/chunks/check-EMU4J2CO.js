import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-JXZYWF4N.js";
import "./chunk-RPHGERTA.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-2XH4VZP5.js";
import "./chunk-72UQ6N4S.js";
import "./chunk-FXXVFDMB.js";
import "./chunk-MZ7AWY3A.js";
import "./chunk-62K5C3YY.js";
import "./chunk-JISSCRQS.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
