import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-DQUC5PQ3.js";
import "./chunk-GE7EZ6QI.js";
import "./chunk-ZNENNJ6Y.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-24VQTDZU.js";
import "./chunk-UKRGGBFG.js";
import "./chunk-SEAXUOMT.js";
import "./chunk-YBAEZ6XU.js";
import "./chunk-DZZ7V5EA.js";
import "./chunk-BS7FZPHT.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-62K5C3YY.js";
import "./chunk-GY4X5T6K.js";
import "./chunk-2TGS5ZW4.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
