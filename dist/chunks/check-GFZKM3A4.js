import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-EBSPHWXK.js";
import "./chunk-KFAZGQ6K.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-YGSIVC43.js";
import "./chunk-GWFKIM3O.js";
import "./chunk-5PAINMWQ.js";
import "./chunk-33ZVML4P.js";
import "./chunk-62K5C3YY.js";
import "./chunk-KN6VVJ3M.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
