import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-ZRWLTYZE.js";
import "./chunk-HULDEGY6.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-662CGBNZ.js";
import "./chunk-37JR37XF.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-OXGITBI5.js";
import "./chunk-6CLIH7DM.js";
import "./chunk-ZG4QG33K.js";
import "./chunk-E6L7YTPT.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-FBE5DF4U.js";
import "./chunk-62K5C3YY.js";
import "./chunk-3F477FA7.js";
import "./chunk-WAEXOLBO.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
