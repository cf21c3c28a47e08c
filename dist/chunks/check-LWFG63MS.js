import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-QBI3JX6J.js";
import "./chunk-OHYJR2MK.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-4FICUUEG.js";
import "./chunk-JZHDVQLB.js";
import "./chunk-K3YI4JSP.js";
import "./chunk-DTNLY6PE.js";
import "./chunk-62K5C3YY.js";
import "./chunk-GHLOAQGG.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
