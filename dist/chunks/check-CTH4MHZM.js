import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-Y3TMQ77J.js";
import "./chunk-7AOON6NW.js";
import "./chunk-D3FFTZYA.js";
import "./chunk-J2646YEJ.js";
import "./chunk-BKOE2HXW.js";
import "./chunk-W5J4HCZG.js";
import "./chunk-TP2OULXD.js";
import "./chunk-2AEI7XMG.js";
import "./chunk-LNACVP3Y.js";
import "./chunk-62K5C3YY.js";
import "./chunk-JV57MHVP.js";
import "./chunk-PNVJOHUR.js";
import "./chunk-FJQAEBEA.js";
export {
  check
};
