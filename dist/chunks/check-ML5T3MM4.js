import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-3V3EZSS4.js";
import "./chunk-HQ4IDOOL.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-BXT5PNC6.js";
import "./chunk-6LMULI4C.js";
import "./chunk-MOJDQQMQ.js";
import "./chunk-NWYYLVAA.js";
import "./chunk-62K5C3YY.js";
import "./chunk-63AZ3VF2.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
