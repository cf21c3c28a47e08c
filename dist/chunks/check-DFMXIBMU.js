import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-QK3W6IM6.js";
import "./chunk-DQXJMQPN.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-ACGI5EH3.js";
import "./chunk-LQHL2764.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-6ZRHJJ34.js";
import "./chunk-BT2F6LTD.js";
import "./chunk-PWHBBJSP.js";
import "./chunk-PWPA75IY.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-YTNKJ5LI.js";
import "./chunk-62K5C3YY.js";
import "./chunk-A5DTMCFR.js";
import "./chunk-PDYHSTN2.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
