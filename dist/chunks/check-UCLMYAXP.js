import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-TO4J2MLJ.js";
import "./chunk-R33CEXHG.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-YO4VBTVN.js";
import "./chunk-KNMSY6OG.js";
import "./chunk-P467BOWB.js";
import "./chunk-A3ODIRH2.js";
import "./chunk-62K5C3YY.js";
import "./chunk-HQECF6VV.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
