import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-GZCLOPRV.js";
import "./chunk-I5DXW3GD.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-RYUVP724.js";
import "./chunk-2HIXVGTO.js";
import "./chunk-EKE3LHNJ.js";
import "./chunk-WEFPEO5M.js";
import "./chunk-62K5C3YY.js";
import "./chunk-D5VIUYGA.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
