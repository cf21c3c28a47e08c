import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-5RGQHYZH.js";
import "./chunk-LC3EFDGG.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-DNFDRUI3.js";
import "./chunk-XYE4GHO6.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-R7CQJHS7.js";
import "./chunk-V3CNCXOE.js";
import "./chunk-KV3EKLHE.js";
import "./chunk-77OZKMQT.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-BSDJNLON.js";
import "./chunk-62K5C3YY.js";
import "./chunk-KD6DAYYK.js";
import "./chunk-R4VSZZPV.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
