import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  policy_schema_default,
  validatePolicyDocument,
  validateTestFile
} from "./chunk-3OKD76B7.js";
import "./chunk-HSOSSKZO.js";
import "./chunk-PNVJOHUR.js";
import "./chunk-FJQAEBEA.js";
export {
  policy_schema_default as POLICY_SCHEMA,
  validatePolicyDocument,
  validateTestFile
};
