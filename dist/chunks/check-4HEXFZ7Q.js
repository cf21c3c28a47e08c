import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-4CYKTKUY.js";
import "./chunk-5U6PBBQA.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-TX4A2UTH.js";
import "./chunk-B536PXOM.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-YXWZ77PM.js";
import "./chunk-AZ3UIT6N.js";
import "./chunk-CM4JX6AH.js";
import "./chunk-XJ6G5EST.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-5WKSFMGQ.js";
import "./chunk-62K5C3YY.js";
import "./chunk-QW6IHFNX.js";
import "./chunk-GGO2SFEU.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
