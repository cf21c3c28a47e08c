import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-RA2K3BRK.js";
import "./chunk-A4FC2H6L.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-H6C6BOCY.js";
import "./chunk-QE57YKZZ.js";
import "./chunk-WU74UT42.js";
import "./chunk-ZUO3RIMZ.js";
import "./chunk-62K5C3YY.js";
import "./chunk-RCI3GW4S.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
