import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-MUZNETOQ.js";
import "./chunk-BJCVUJW3.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-2Q75MNJZ.js";
import "./chunk-EO6G26PQ.js";
import "./chunk-NOTM7WAT.js";
import "./chunk-24V5ILNK.js";
import "./chunk-62K5C3YY.js";
import "./chunk-6LKV3YGG.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
