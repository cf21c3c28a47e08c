import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-GSHW2KA7.js";
import "./chunk-QWCHBC7Z.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-6MIJIDF6.js";
import "./chunk-Y4JQNBDL.js";
import "./chunk-UMFRMFQX.js";
import "./chunk-LKSHIGJB.js";
import "./chunk-62K5C3YY.js";
import "./chunk-GVOB3644.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
