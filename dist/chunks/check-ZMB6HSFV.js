import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-GLFEFOLS.js";
import "./chunk-MCKWJQVS.js";
import "./chunk-EJBD7TBT.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-U3HRVEX5.js";
import "./chunk-QSUXKY6S.js";
import "./chunk-PWR455GR.js";
import "./chunk-RJHJ7IC3.js";
import "./chunk-62K5C3YY.js";
import "./chunk-ZWK64GIV.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
