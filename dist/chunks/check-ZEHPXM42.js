import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-BA5LEJVY.js";
import "./chunk-E34I6IXO.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-UNBZC5UC.js";
import "./chunk-RIIWDSNT.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-L27K3SZG.js";
import "./chunk-NLIME6K2.js";
import "./chunk-FFVJ5D5N.js";
import "./chunk-HWQC4LML.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-Y23FJKWA.js";
import "./chunk-62K5C3YY.js";
import "./chunk-FCWDWR34.js";
import "./chunk-XCSHSMPD.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
