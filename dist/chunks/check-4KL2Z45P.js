import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-KWRI7ULH.js";
import "./chunk-7X7UDFSB.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-MC6YPRTZ.js";
import "./chunk-3S23LAKE.js";
import "./chunk-YZRIE7CT.js";
import "./chunk-QP2ZUPEK.js";
import "./chunk-62K5C3YY.js";
import "./chunk-TJO5Y4MO.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
