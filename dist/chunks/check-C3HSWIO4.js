import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-7AXK4EJJ.js";
import "./chunk-ERQBHRB5.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-24VQTDZU.js";
import "./chunk-GYISCNL3.js";
import "./chunk-X23RXLHM.js";
import "./chunk-FKJA4J22.js";
import "./chunk-5CVI6MGY.js";
import "./chunk-62K5C3YY.js";
import "./chunk-GZLGMGJE.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
