import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-2C3O5ZVK.js";
import "./chunk-MQKJGVVI.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-IB25C6E3.js";
import "./chunk-VJF7LPIR.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-MP2SPRRE.js";
import "./chunk-VTIRPXOK.js";
import "./chunk-EDJ45SP6.js";
import "./chunk-NFG4NWP2.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-GKWTU55J.js";
import "./chunk-62K5C3YY.js";
import "./chunk-UNTRU7EP.js";
import "./chunk-Z6GGHQX2.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
