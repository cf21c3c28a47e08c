import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml
} from "./chunk-TA3E6JHI.js";
import "./chunk-4XIEUCRG.js";
export {
  MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml
};
