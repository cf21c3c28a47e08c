import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-YQ4E6B5G.js";
import "./chunk-PZFU2NOI.js";
import "./chunk-J2646YEJ.js";
import "./chunk-PNUERKWI.js";
import "./chunk-YMVYPY6X.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-FLUHTNEC.js";
import "./chunk-MOFBMNKX.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-JFQYDRS6.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
