import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-AQ7HALXM.js";
import "./chunk-NL3ERXX7.js";
import "./chunk-D3FFTZYA.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-BKOE2HXW.js";
import "./chunk-REWCARS3.js";
import "./chunk-ZO5IZJUF.js";
import "./chunk-TKBJAYWP.js";
import "./chunk-PZ4YLHJA.js";
import "./chunk-62K5C3YY.js";
import "./chunk-E3O3HPCO.js";
import "./chunk-PNVJOHUR.js";
import "./chunk-FJQAEBEA.js";
export {
  check
};
