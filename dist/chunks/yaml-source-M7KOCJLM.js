import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml
} from "./chunk-HOB2LCJN.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml
};
