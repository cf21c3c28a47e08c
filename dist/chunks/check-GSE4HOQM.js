import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-CMPGCPNA.js";
import "./chunk-IRNQN6ED.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-VNNGKB5T.js";
import "./chunk-7VWTGIW2.js";
import "./chunk-7BHA6G5B.js";
import "./chunk-25EYTKZF.js";
import "./chunk-62K5C3YY.js";
import "./chunk-7V7WVKJ3.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
