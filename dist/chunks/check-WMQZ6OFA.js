import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-JMNV2EN2.js";
import "./chunk-3S37UCHT.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-MYTIGHYB.js";
import "./chunk-B3DL3VEP.js";
import "./chunk-H5J334PK.js";
import "./chunk-UDZMJJTB.js";
import "./chunk-62K5C3YY.js";
import "./chunk-OITS7FTA.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
