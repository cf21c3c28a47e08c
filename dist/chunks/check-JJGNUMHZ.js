import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-O6OCF5H4.js";
import "./chunk-BLSNE4SI.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-HWQX2JGS.js";
import "./chunk-BNFCLILS.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-TNIN7BG6.js";
import "./chunk-WHCH2ROL.js";
import "./chunk-DPLVF6Z4.js";
import "./chunk-ZSFQCMAE.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-KUIRRZJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-DWQJXUZW.js";
import "./chunk-5MGJMAHN.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
