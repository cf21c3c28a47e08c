import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-7MVQ2CKJ.js";
import "./chunk-3MNW2FRW.js";
import "./chunk-J2646YEJ.js";
import "./chunk-FQ7WS5KT.js";
import "./chunk-LQWL7JAM.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-5MNTMJTV.js";
import "./chunk-7SVO3EA6.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-QK74SKVW.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
