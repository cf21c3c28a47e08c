import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-A53YNYGS.js";
import "./chunk-FHDAQXQV.js";
import "./chunk-J2646YEJ.js";
import "./chunk-Q4DVO3HW.js";
import "./chunk-3VS2LMTO.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-MFFSS4UF.js";
import "./chunk-LZTK73LF.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-TRPMIOXQ.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
