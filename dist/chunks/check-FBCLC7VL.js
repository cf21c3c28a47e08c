import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-OCSGU7FW.js";
import "./chunk-UWASNRTQ.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-3JJ634MY.js";
import "./chunk-WDYNYIZ7.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-R5DD6EMN.js";
import "./chunk-QUX7JC2O.js";
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
