import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-SFMIEYCO.js";
import "./chunk-BK7S232E.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-BY62CU7B.js";
import "./chunk-RRBDD5KL.js";
import "./chunk-DWYEQQZX.js";
import "./chunk-7XXUVEZ2.js";
import "./chunk-62K5C3YY.js";
import "./chunk-6IRPCJZB.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
