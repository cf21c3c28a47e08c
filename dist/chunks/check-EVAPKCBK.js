import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-MQQEZ6AO.js";
import "./chunk-LOJF7PWO.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-RTB7OS6T.js";
import "./chunk-LD6NO2C3.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-24VQTDZU.js";
import "./chunk-4D2TKH5E.js";
import "./chunk-TGKCDVFA.js";
import "./chunk-ZVSXBUVP.js";
import "./chunk-ZXAA37P5.js";
import "./chunk-UOA6RXNU.js";
import "./chunk-FR2IUBME.js";
import "./chunk-62K5C3YY.js";
import "./chunk-RVHOAT2I.js";
import "./chunk-FTRXR7OV.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
