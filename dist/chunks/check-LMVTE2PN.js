import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-MWBKZTU5.js";
import "./chunk-EYK73Q3S.js";
import "./chunk-J2646YEJ.js";
import "./chunk-GCZACC5Z.js";
import "./chunk-EGAXYY2S.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-CAWPDOPS.js";
import "./chunk-RQBZ45CC.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-MCFASLOQ.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
