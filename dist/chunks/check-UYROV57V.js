import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-VXR6XAHN.js";
import "./chunk-RVPPOVTR.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-YVULASKZ.js";
import "./chunk-Z2XX43TY.js";
import "./chunk-7HCKLOIT.js";
import "./chunk-QG2W3C4N.js";
import "./chunk-62K5C3YY.js";
import "./chunk-RRTAWYQV.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
