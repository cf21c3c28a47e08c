import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-G7KNTH2D.js";
import "./chunk-OYBQJMYI.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-QON3FK3Z.js";
import "./chunk-I4MZF5DL.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-Z24HUCEC.js";
import "./chunk-KR7J7COQ.js";
import "./chunk-WTNAXSOG.js";
import "./chunk-5UZM62XU.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-Z6EIJEKD.js";
import "./chunk-62K5C3YY.js";
import "./chunk-EWVZWYAQ.js";
import "./chunk-QQSIBL55.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
