import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-2T5OM7UH.js";
import "./chunk-2VDGRUNI.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-OEMQBLIJ.js";
import "./chunk-RS5LZK5K.js";
import "./chunk-U3TGRYPQ.js";
import "./chunk-7OESBLX7.js";
import "./chunk-62K5C3YY.js";
import "./chunk-R2SLNRE7.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
