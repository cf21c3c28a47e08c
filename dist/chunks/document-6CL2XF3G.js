import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  policy_schema_default,
  validatePolicyDocument,
  validateTestFile
} from "./chunk-ZDXNRERM.js";
import "./chunk-IDR6HBXA.js";
import "./chunk-2W6IXLVT.js";
import "./chunk-H2LZCDX7.js";
export {
  policy_schema_default as POLICY_SCHEMA,
  validatePolicyDocument,
  validateTestFile
};
