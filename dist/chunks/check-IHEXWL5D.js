import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-4KOP4D3V.js";
import "./chunk-TRNR6CLH.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-IPMRR6QW.js";
import "./chunk-HDH2CHEA.js";
import "./chunk-OT6GKGEH.js";
import "./chunk-47J47MD7.js";
import "./chunk-62K5C3YY.js";
import "./chunk-OMRZTWC5.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
