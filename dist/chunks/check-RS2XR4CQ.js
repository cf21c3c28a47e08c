import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-46TFGSWV.js";
import "./chunk-G2BWLKUG.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-OWLRDYET.js";
import "./chunk-L3HGNUPO.js";
import "./chunk-7M7M7DKV.js";
import "./chunk-2QKN7KLL.js";
import "./chunk-62K5C3YY.js";
import "./chunk-AL73UUDL.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
