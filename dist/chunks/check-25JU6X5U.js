import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-OQJEYR6F.js";
import "./chunk-5N6UXZDU.js";
import "./chunk-ZONQMGJB.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-ZH4R3TSU.js";
import "./chunk-QAJMFGXJ.js";
import "./chunk-MIBD6PCH.js";
import "./chunk-LL3EWZWA.js";
import "./chunk-62K5C3YY.js";
import "./chunk-VD4OWZVB.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
