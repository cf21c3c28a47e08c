import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-BSO4DB7A.js";
import "./chunk-JQAPRH5Q.js";
import "./chunk-IKGAFZJG.js";
import "./chunk-EYRJ2KZQ.js";
import "./chunk-U4LR5FJJ.js";
import "./chunk-B7PYV7HW.js";
import "./chunk-QNLZPCDM.js";
import "./chunk-YMBOQ2EQ.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-E7FIMKVQ.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
