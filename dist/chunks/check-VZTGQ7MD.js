import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-4IH72X4H.js";
import "./chunk-QXMWPGO2.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-3GPJY2MJ.js";
import "./chunk-2IXIW56F.js";
import "./chunk-GSHFV26G.js";
import "./chunk-6J4HOYVC.js";
import "./chunk-62K5C3YY.js";
import "./chunk-DVG66JI5.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
