import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-FZCKUXOB.js";
import "./chunk-ESMRLVCX.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-5PNRL6EC.js";
import "./chunk-MXIILANB.js";
import "./chunk-FHR7PSBJ.js";
import "./chunk-XQH5UKH6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-IHN4P6JJ.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
