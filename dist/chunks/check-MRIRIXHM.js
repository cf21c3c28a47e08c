import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-QOOS56J3.js";
import "./chunk-GUAPSOPA.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-NVOEG7ZB.js";
import "./chunk-ATUQR4GU.js";
import "./chunk-4SMFVVVL.js";
import "./chunk-G6ZI3KTR.js";
import "./chunk-62K5C3YY.js";
import "./chunk-IU3AVDKP.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
