import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-4ORT53UN.js";
import "./chunk-JW2YYWKY.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-NSW3OYQC.js";
import "./chunk-G2V46VYE.js";
import "./chunk-4GL3UB64.js";
import "./chunk-2DYRTBGF.js";
import "./chunk-62K5C3YY.js";
import "./chunk-35OTBV6K.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
