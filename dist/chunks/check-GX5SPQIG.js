import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-BRYJNXT3.js";
import "./chunk-XFRMCIQ4.js";
import "./chunk-J2646YEJ.js";
import "./chunk-TYPOYJOE.js";
import "./chunk-VRA3UJ5R.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-LD427NI7.js";
import "./chunk-2MO3QG54.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-MWFUJHVI.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
