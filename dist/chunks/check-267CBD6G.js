import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-E4LWWZ5U.js";
import "./chunk-TBOIS6ZU.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-J2646YEJ.js";
import "./chunk-ONPF5ECD.js";
import "./chunk-XR3X5Z2K.js";
import "./chunk-NYG2ZIYS.js";
import "./chunk-BLQ4MXUR.js";
import "./chunk-62K5C3YY.js";
import "./chunk-YZOJ323V.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
