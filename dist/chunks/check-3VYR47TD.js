import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-C22FLVER.js";
import "./chunk-D3A3ZV32.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-K4NN5LRL.js";
import "./chunk-OBITHZAA.js";
import "./chunk-FJX77Z42.js";
import "./chunk-GK2CFAP2.js";
import "./chunk-62K5C3YY.js";
import "./chunk-XKUTRY6T.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
