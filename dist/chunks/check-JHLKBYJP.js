import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-JD6ZOWBS.js";
import "./chunk-KZEJYCB2.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-2OMR3V4T.js";
import "./chunk-24VQTDZU.js";
import "./chunk-AF4HPMJA.js";
import "./chunk-AU73QQOJ.js";
import "./chunk-3ENBJWL7.js";
import "./chunk-VCAT7YOM.js";
import "./chunk-62K5C3YY.js";
import "./chunk-3JU3HO53.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
