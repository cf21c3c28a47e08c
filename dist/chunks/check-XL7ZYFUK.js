import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-6BT2A7RZ.js";
import "./chunk-NP3AFMQQ.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-V46VFRNX.js";
import "./chunk-O5HHF74H.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-R4BA6VNY.js";
import "./chunk-HSP2VJEH.js";
import "./chunk-7OU72N6P.js";
import "./chunk-M5AJ3FJA.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-FIKVQBXW.js";
import "./chunk-62K5C3YY.js";
import "./chunk-LTN2YTSN.js";
import "./chunk-2A2Q5HNQ.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
