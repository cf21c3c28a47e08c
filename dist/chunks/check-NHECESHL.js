import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-ANDUCFUI.js";
import "./chunk-6OUE7XPD.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-QBWVMSEQ.js";
import "./chunk-RI56E6QB.js";
import "./chunk-BQ7AMSLV.js";
import "./chunk-4TYCZKMQ.js";
import "./chunk-62K5C3YY.js";
import "./chunk-T7UAF2BG.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
