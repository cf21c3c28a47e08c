import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-PLRHQNG4.js";
import "./chunk-FOFCJLUY.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-VINORXEK.js";
import "./chunk-BBTX6Q47.js";
import "./chunk-RRLPQXSL.js";
import "./chunk-JEXE4NKU.js";
import "./chunk-62K5C3YY.js";
import "./chunk-7WURDPHG.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
