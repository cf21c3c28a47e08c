import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-FIBVDZG5.js";
import "./chunk-P3NPQW4G.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-HN7BA3KP.js";
import "./chunk-5LWS4FDU.js";
import "./chunk-XPYD435R.js";
import "./chunk-LD2LYCFH.js";
import "./chunk-62K5C3YY.js";
import "./chunk-7Y3TF65K.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
