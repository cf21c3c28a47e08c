import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-TSC6LWJN.js";
import "./chunk-KQLLJVYQ.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-ZSWAMIYB.js";
import "./chunk-4B7QYAFM.js";
import "./chunk-SMW6HXCK.js";
import "./chunk-7Z6XO7FT.js";
import "./chunk-62K5C3YY.js";
import "./chunk-U64XSOHW.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
