import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-AGTRY4X7.js";
import "./chunk-ZCL2IV36.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-Q4GMOW6X.js";
import "./chunk-2W73RDLQ.js";
import "./chunk-C43QFD5X.js";
import "./chunk-H5JOQAUY.js";
import "./chunk-62K5C3YY.js";
import "./chunk-SMB3U3AH.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
