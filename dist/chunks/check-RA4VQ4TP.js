import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-6R2OV6YI.js";
import "./chunk-L2RAJJFX.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-PERF5N7T.js";
import "./chunk-2EXIIGMZ.js";
import "./chunk-JUVS64CB.js";
import "./chunk-VN66GNL6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-VESLAACS.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
