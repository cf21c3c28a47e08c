import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-P7EMKVMH.js";
import "./chunk-AEMXVOG2.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-24VQTDZU.js";
import "./chunk-A2MMBLSJ.js";
import "./chunk-X4ZATC4W.js";
import "./chunk-AHQIL4G6.js";
import "./chunk-VLYB5BBP.js";
import "./chunk-62K5C3YY.js";
import "./chunk-KO7IRWCZ.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
