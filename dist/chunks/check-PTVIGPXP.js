import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-2DGRVBO7.js";
import "./chunk-UVLSSAIN.js";
import "./chunk-J2646YEJ.js";
import "./chunk-Y4RYIIN7.js";
import "./chunk-OSPWXOF6.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-6VUNW2RH.js";
import "./chunk-YQ5TUHSR.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-HLK4A7WN.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
