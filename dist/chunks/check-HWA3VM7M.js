import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-FLV5V6QM.js";
import "./chunk-TG33TBBX.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-O2JBPOIK.js";
import "./chunk-GQUWIQ2K.js";
import "./chunk-AGYFJXP7.js";
import "./chunk-ESYHHR7W.js";
import "./chunk-62K5C3YY.js";
import "./chunk-ZFY7OJKC.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
