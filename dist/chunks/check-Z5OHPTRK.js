import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-FEXSITUC.js";
import "./chunk-2VAIATOW.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-I3TTY2H3.js";
import "./chunk-2PE2OI74.js";
import "./chunk-76CBJWDD.js";
import "./chunk-ZA6OCVML.js";
import "./chunk-62K5C3YY.js";
import "./chunk-7TELSNIM.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
