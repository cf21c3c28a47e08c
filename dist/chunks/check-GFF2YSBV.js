import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-ARPXKBI4.js";
import "./chunk-A6Z7SKAW.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-R4MURGG7.js";
import "./chunk-RGX3VDOK.js";
import "./chunk-WGW7G4L5.js";
import "./chunk-NCLYSTOF.js";
import "./chunk-62K5C3YY.js";
import "./chunk-7MOIXNOX.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
