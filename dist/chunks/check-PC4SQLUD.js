import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-2JQJWTHU.js";
import "./chunk-VK3WEK7L.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-TN3PLU66.js";
import "./chunk-24VQTDZU.js";
import "./chunk-67FTKBLB.js";
import "./chunk-LNG6HOWM.js";
import "./chunk-P7NUD3GO.js";
import "./chunk-Q2OXJWH5.js";
import "./chunk-62K5C3YY.js";
import "./chunk-63WAPI2M.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
