import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-Q4HOFEK3.js";
import "./chunk-QGY3BI6C.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-C6PXDLON.js";
import "./chunk-SEJUZXEB.js";
import "./chunk-AUETWW37.js";
import "./chunk-K6L7VDAK.js";
import "./chunk-62K5C3YY.js";
import "./chunk-NVDVSP4M.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
