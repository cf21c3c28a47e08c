import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml
} from "./chunk-A2W3W4B2.js";
import "./chunk-PABIV2N6.js";
import "./chunk-V56RZMQW.js";
export {
  MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml
};
