import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-JFZFO67X.js";
import "./chunk-L7AQL5IU.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-EG6W3EJR.js";
import "./chunk-XYKAHG6I.js";
import "./chunk-QNUFCPD7.js";
import "./chunk-ND6JYDJ4.js";
import "./chunk-WIZRTMOC.js";
import "./chunk-62K5C3YY.js";
import "./chunk-NIBPOKM5.js";
import "./chunk-PTXCZDHX.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
