import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-6M6S3GMY.js";
import "./chunk-Z46GV3ZD.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-GMDXQKX6.js";
import "./chunk-QWJPSQIZ.js";
import "./chunk-5KSJ4HFO.js";
import "./chunk-PMLPD3MZ.js";
import "./chunk-62K5C3YY.js";
import "./chunk-PNSZ5NHU.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
