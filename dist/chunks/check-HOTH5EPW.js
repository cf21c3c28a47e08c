import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-K3M4OUTR.js";
import "./chunk-CFPBDPAO.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-YKPY5KAG.js";
import "./chunk-HE5RJQSI.js";
import "./chunk-WR2GKIHC.js";
import "./chunk-QKLM5FUT.js";
import "./chunk-62K5C3YY.js";
import "./chunk-SF6M7T4V.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
