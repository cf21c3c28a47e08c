import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-R3QVNENE.js";
import "./chunk-JCWFACA3.js";
import "./chunk-J2646YEJ.js";
import "./chunk-XVNX4GKE.js";
import "./chunk-6F4W5IDD.js";
import "./chunk-SMA6IVLG.js";
import "./chunk-PJVWMPPA.js";
import "./chunk-MUL7ZTDT.js";
import "./chunk-6YZ6GQJ6.js";
import "./chunk-62K5C3YY.js";
import "./chunk-3RG3PXP3.js";
import "./chunk-AOHQDY27.js";
import "./chunk-4XIEUCRG.js";
export {
  check
};
