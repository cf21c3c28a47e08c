import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-ON67ZLGD.js";
import "./chunk-OP5YAXO2.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-4KCU6VTL.js";
import "./chunk-O7EP5SO3.js";
import "./chunk-BYNXTQN4.js";
import "./chunk-6ZIA3FN2.js";
import "./chunk-62K5C3YY.js";
import "./chunk-BCIW6FBQ.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
