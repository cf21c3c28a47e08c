import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-R2VZ7OFQ.js";
import "./chunk-2OGRQOXK.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-46YS77RW.js";
import "./chunk-V4DT4R6V.js";
import "./chunk-GVIB3I2L.js";
import "./chunk-PTJHGGQN.js";
import "./chunk-62K5C3YY.js";
import "./chunk-UDQR7OIG.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
