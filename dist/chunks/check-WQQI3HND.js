import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-3UBEF6LM.js";
import "./chunk-7CNCS2MI.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-HEI47QKZ.js";
import "./chunk-KZOCIE42.js";
import "./chunk-Q2J7S3RU.js";
import "./chunk-UB7QV4LK.js";
import "./chunk-62K5C3YY.js";
import "./chunk-ATDU4OWC.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
