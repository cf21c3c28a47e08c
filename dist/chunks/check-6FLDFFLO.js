import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-BRRGA5FO.js";
import "./chunk-MT4TEAUI.js";
import "./chunk-5444FM5D.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-YWTC2FGD.js";
import "./chunk-Y63XXGD5.js";
import "./chunk-L4VH6LBG.js";
import "./chunk-B7OJXFFW.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-62K5C3YY.js";
import "./chunk-5B5VT6YR.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
