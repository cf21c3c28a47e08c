import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-YDCFVKYL.js";
import "./chunk-4DCUX45Z.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-XIDGVLGR.js";
import "./chunk-S4XNMQPM.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-6Q3NYTEC.js";
import "./chunk-NKRTN46Z.js";
import "./chunk-EQPUVRQW.js";
import "./chunk-UX6W6TLD.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-HPS4RVLY.js";
import "./chunk-62K5C3YY.js";
import "./chunk-RNWHJVXO.js";
import "./chunk-5SHIBQNF.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
