import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-CQT2HV7U.js";
import "./chunk-644MDFOE.js";
import "./chunk-ZI54CJMO.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-X5ZVSUZ3.js";
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
