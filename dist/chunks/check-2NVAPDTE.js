import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-ZFVH2FCL.js";
import "./chunk-QQENB3CS.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-FM7RVMUZ.js";
import "./chunk-SPHPM7GV.js";
import "./chunk-LROEVQ6N.js";
import "./chunk-G6ZI3KTR.js";
import "./chunk-62K5C3YY.js";
import "./chunk-IU3AVDKP.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
