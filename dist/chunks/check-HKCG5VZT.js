import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-QF6VV336.js";
import "./chunk-DOPZAC7G.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-T4MEIQNQ.js";
import "./chunk-HE5ESJHR.js";
import "./chunk-FV2WI3FL.js";
import "./chunk-U3PDMWSO.js";
import "./chunk-62K5C3YY.js";
import "./chunk-IICEX3QF.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
