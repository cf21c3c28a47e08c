import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-Q5IBTBGQ.js";
import "./chunk-WGVMMUVA.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-NRYRCT2G.js";
import "./chunk-C7AGJUSJ.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-XHUTYDVT.js";
import "./chunk-SEAXUOMT.js";
import "./chunk-QBE6RXHX.js";
import "./chunk-5GKUFXVF.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-7U4R7KQJ.js";
import "./chunk-62K5C3YY.js";
import "./chunk-DETUSGKM.js";
import "./chunk-2TGS5ZW4.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
