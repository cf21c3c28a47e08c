import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-M6PL3OZU.js";
import "./chunk-ZTVQLHIX.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-HPLIIGLI.js";
import "./chunk-B26FTKDC.js";
import "./chunk-2W2GNJZY.js";
import "./chunk-IRRRUTRM.js";
import "./chunk-62K5C3YY.js";
import "./chunk-2ESVMPWK.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
