import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml
} from "./chunk-EYEDIWAE.js";
import "./chunk-PNVJOHUR.js";
import "./chunk-FJQAEBEA.js";
export {
  MAX_YAML_BYTES,
  MAX_YAML_DEPTH,
  parseYaml
};
