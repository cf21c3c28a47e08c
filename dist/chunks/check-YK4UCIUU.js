import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-4QEAVUTZ.js";
import "./chunk-G3NUWZZB.js";
import "./chunk-T7AO7Q74.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-ZY6FEKJS.js";
import "./chunk-RDXUYYFJ.js";
import "./chunk-RJVS42GK.js";
import "./chunk-F35X77GC.js";
import "./chunk-62K5C3YY.js";
import "./chunk-N3O2PPD7.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
