import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-FYHY2XRG.js";
import "./chunk-UTXASL5J.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-XEUVPEVS.js";
import "./chunk-I7MNCWOG.js";
import "./chunk-7D2CXWK7.js";
import "./chunk-SE4ED23H.js";
import "./chunk-62K5C3YY.js";
import "./chunk-QEFL74ZB.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
