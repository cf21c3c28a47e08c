import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-NG54NY3O.js";
import "./chunk-3FJC3WZ7.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-BROFM54V.js";
import "./chunk-GXSMLNJ5.js";
import "./chunk-DVXIBQVO.js";
import "./chunk-PMCTOB4U.js";
import "./chunk-62K5C3YY.js";
import "./chunk-LI3CM7IF.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
