import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-CLNUQP7W.js";
import "./chunk-E5G2XLRD.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-RW5FQY7L.js";
import "./chunk-NB3LLXMB.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-NN2SIXEL.js";
import "./chunk-OSFG4ZMM.js";
import "./chunk-YCCYPDMO.js";
import "./chunk-OIW3SVE4.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-OAUOU6HN.js";
import "./chunk-62K5C3YY.js";
import "./chunk-533MVYGG.js";
import "./chunk-5F7UFZQC.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
