import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-IRGYGGNE.js";
import "./chunk-IPWLUS7X.js";
import "./chunk-WTVRMOKY.js";
import "./chunk-QCZ32PRE.js";
import "./chunk-24VQTDZU.js";
import "./chunk-BYXIPBIU.js";
import "./chunk-DKRMY6VZ.js";
import "./chunk-IHTDHE24.js";
import "./chunk-MNQWAHLE.js";
import "./chunk-62K5C3YY.js";
import "./chunk-6RAFPLHV.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  check
};
