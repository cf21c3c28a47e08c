import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-HCKETUGC.js";
import "./chunk-ZJOXCQ3W.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-RCIOJW2N.js";
import "./chunk-XFRZJ2WN.js";
import "./chunk-UCQ33ZPZ.js";
import "./chunk-47RII6QG.js";
import "./chunk-62K5C3YY.js";
import "./chunk-OB2POJO4.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
