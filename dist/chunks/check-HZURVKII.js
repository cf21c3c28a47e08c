import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-MAQRWRYG.js";
import "./chunk-SF7LKY23.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-UHDBU7RA.js";
import "./chunk-ELEJNF7G.js";
import "./chunk-76PGZSC2.js";
import "./chunk-VDZTAG5S.js";
import "./chunk-62K5C3YY.js";
import "./chunk-RTRTKJDD.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
