import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-DVMTZXMD.js";
import "./chunk-OIJNIQTU.js";
import "./chunk-AZ2KXXUE.js";
import "./chunk-J2646YEJ.js";
import "./chunk-HNN32ZFA.js";
import "./chunk-Q3PMU5ZM.js";
import "./chunk-RGQSLIID.js";
import "./chunk-GX53XHOA.js";
import "./chunk-COXNYI23.js";
import "./chunk-62K5C3YY.js";
import "./chunk-SDP5YD3C.js";
import "./chunk-PABIV2N6.js";
import "./chunk-V56RZMQW.js";
export {
  check
};
