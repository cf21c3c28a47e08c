import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-XEABO36X.js";
import "./chunk-AW2QNHX2.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-XONFFEVP.js";
import "./chunk-VIDDV3JT.js";
import "./chunk-2IWSC2UQ.js";
import "./chunk-USAUIEVB.js";
import "./chunk-62K5C3YY.js";
import "./chunk-PL3QXROQ.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
