import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-P7Y4YG32.js";
import "./chunk-LUK5GEGT.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-G7NOES3G.js";
import "./chunk-S7X5Y7YR.js";
import "./chunk-46OXWW3F.js";
import "./chunk-ZITUU2Q7.js";
import "./chunk-62K5C3YY.js";
import "./chunk-A5RUTZED.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
