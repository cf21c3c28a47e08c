import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-4THAYIXL.js";
import "./chunk-22E4VHLP.js";
import "./chunk-J2646YEJ.js";
import "./chunk-EIG6GVSM.js";
import "./chunk-6BYUOJ5M.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-AU2UMAJS.js";
import "./chunk-ZUJSTQQA.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-6ENGUT5O.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
