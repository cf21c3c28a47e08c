import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-GC4DUIQC.js";
import "./chunk-X6KPY55O.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-CKPBWEUT.js";
import "./chunk-2NATZG54.js";
import "./chunk-Z2WVEOSA.js";
import "./chunk-YXNOU6US.js";
import "./chunk-62K5C3YY.js";
import "./chunk-QKPSDO4T.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
