import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-R3PKBYLB.js";
import "./chunk-K5TMR6WK.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-UZXUOQB6.js";
import "./chunk-WDYNYIZ7.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-YOY2Z7VR.js";
import "./chunk-JTO5ONME.js";
import "./chunk-CKLDCD6X.js";
import "./chunk-XXISASR2.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-YGHHFPCB.js";
import "./chunk-62K5C3YY.js";
import "./chunk-HUAN6SAT.js";
import "./chunk-J3UVHAFY.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
