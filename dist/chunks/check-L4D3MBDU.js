import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-IV5LLQYO.js";
import "./chunk-KMMAETQA.js";
import "./chunk-J2646YEJ.js";
import "./chunk-URNE4WTK.js";
import "./chunk-FLQLBHHL.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-GJ6624A7.js";
import "./chunk-PE4ZXMTA.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-Y3SIMEWH.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
