import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-2ORFEJXZ.js";
import "./chunk-MDEZWL3W.js";
import "./chunk-IKGAFZJG.js";
import "./chunk-UQBV5CDR.js";
import "./chunk-EAOXNKGE.js";
import "./chunk-B7PYV7HW.js";
import "./chunk-NDQUBBQU.js";
import "./chunk-KMBAYJ7B.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-MU4OKO5H.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
