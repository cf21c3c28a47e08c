import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-5Z2UO4CA.js";
import "./chunk-NVQWN5OB.js";
import "./chunk-N2E2GVMH.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-BKOE2HXW.js";
import "./chunk-RT26VTJG.js";
import "./chunk-Z5IZHUJU.js";
import "./chunk-4PWWUT6S.js";
import "./chunk-QFSR4AKM.js";
import "./chunk-62K5C3YY.js";
import "./chunk-KX55HJ2E.js";
import "./chunk-PNVJOHUR.js";
import "./chunk-FJQAEBEA.js";
export {
  check
};
