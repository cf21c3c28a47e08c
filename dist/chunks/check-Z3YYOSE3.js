import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-ZCDTJBMY.js";
import "./chunk-PLRWABBD.js";
import "./chunk-ESJNTRN7.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-HTFA2N3N.js";
import "./chunk-REEXYUIN.js";
import "./chunk-R3J35BGD.js";
import "./chunk-LLCLHZYR.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-62K5C3YY.js";
import "./chunk-QA4TYDAX.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
