import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-VISTINDP.js";
import "./chunk-74AOSLET.js";
import "./chunk-ZONQMGJB.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-HIJCK32I.js";
import "./chunk-Z26IDNRP.js";
import "./chunk-Z34IHLZN.js";
import "./chunk-DSUTNCKH.js";
import "./chunk-62K5C3YY.js";
import "./chunk-RONPOZTU.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
