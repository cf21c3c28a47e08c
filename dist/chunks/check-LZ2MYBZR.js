import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-V7YEIWF4.js";
import "./chunk-DOR3HL2X.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-WF4GAUZO.js";
import "./chunk-LOZKAZYG.js";
import "./chunk-KZEP3E3B.js";
import "./chunk-WCBIAKGX.js";
import "./chunk-62K5C3YY.js";
import "./chunk-VBFTQSTJ.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
