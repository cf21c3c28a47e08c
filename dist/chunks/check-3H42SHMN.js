import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-43XWRC4I.js";
import "./chunk-DSA7WDOE.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-THKJKSXT.js";
import "./chunk-XOURWP6A.js";
import "./chunk-752ILQBN.js";
import "./chunk-BONSIL5M.js";
import "./chunk-62K5C3YY.js";
import "./chunk-BZYQSKMB.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
