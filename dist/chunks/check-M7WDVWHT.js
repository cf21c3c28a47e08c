import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-4VKUTIFX.js";
import "./chunk-OZLR4F7V.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-DMJXRRJR.js";
import "./chunk-6XTVAIVB.js";
import "./chunk-ZW4QI3SW.js";
import "./chunk-AEFJGT3O.js";
import "./chunk-62K5C3YY.js";
import "./chunk-O76OE4UD.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
