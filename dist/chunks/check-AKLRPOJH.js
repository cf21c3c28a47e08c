import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-2BODFAIZ.js";
import "./chunk-VFXXRQTD.js";
import "./chunk-B72NC3PT.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-Z4H24FOM.js";
import "./chunk-NSFSMGEB.js";
import "./chunk-FCL6CIYC.js";
import "./chunk-24PGLWJA.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-62K5C3YY.js";
import "./chunk-ONXJIQTU.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
