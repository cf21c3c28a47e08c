import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-H7HLVVGU.js";
import "./chunk-Z2UNRVCG.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-ZN4TK76K.js";
import "./chunk-I7Q6HRAY.js";
import "./chunk-T5HQWNAL.js";
import "./chunk-ZSFTRO7V.js";
import "./chunk-XG5B42MB.js";
import "./chunk-62K5C3YY.js";
import "./chunk-UQPCKLE2.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
