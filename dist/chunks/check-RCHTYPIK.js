import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-J4LHM7YD.js";
import "./chunk-3L3CHUO2.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-POURPE6W.js";
import "./chunk-V37FOAL4.js";
import "./chunk-C7IEXT7Z.js";
import "./chunk-Y7AEVONL.js";
import "./chunk-62K5C3YY.js";
import "./chunk-DKINXSUZ.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
