import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-NCB7T5DB.js";
import "./chunk-FLYFOMBW.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-6MKA44EF.js";
import "./chunk-6BQRPKDU.js";
import "./chunk-7R3K6PNN.js";
import "./chunk-ZG6LY45K.js";
import "./chunk-62K5C3YY.js";
import "./chunk-UVJN6QYI.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
