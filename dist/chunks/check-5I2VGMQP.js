import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-RXKRKGKQ.js";
import "./chunk-3KQ46YTN.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-6EHVRSNH.js";
import "./chunk-VOMSFHWE.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-GDOXFWHF.js";
import "./chunk-JTO5ONME.js";
import "./chunk-CCOMO7TM.js";
import "./chunk-YWWL2ZJZ.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-UUFVKSOD.js";
import "./chunk-62K5C3YY.js";
import "./chunk-FL4AAVZJ.js";
import "./chunk-J3UVHAFY.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
