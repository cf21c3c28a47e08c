import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-N4XEQK3M.js";
import "./chunk-BIFIPST7.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-L2U6P5TJ.js";
import "./chunk-W6CMOPCY.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-HIWAGWGO.js";
import "./chunk-DR3UGMUF.js";
import "./chunk-ETE5JJ7Z.js";
import "./chunk-IDTSMXGX.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-KBKE3VP6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-C354BEW5.js";
import "./chunk-G522NEV6.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
