import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-AYVJQQEZ.js";
import "./chunk-VFPNH26N.js";
import "./chunk-OS6JKMVO.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-CPY6TYLN.js";
import "./chunk-YQUZLTHR.js";
import "./chunk-YHG7Q7IT.js";
import "./chunk-5JHQMPSX.js";
import "./chunk-62K5C3YY.js";
import "./chunk-5HELQAN3.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
