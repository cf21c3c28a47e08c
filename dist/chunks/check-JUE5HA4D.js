import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-N2H7NJI7.js";
import "./chunk-PXHC2WXV.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-3AQTXZJH.js";
import "./chunk-XCS2UAWR.js";
import "./chunk-XHNGQH4R.js";
import "./chunk-CNCJAWU3.js";
import "./chunk-62K5C3YY.js";
import "./chunk-WWF552DD.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
