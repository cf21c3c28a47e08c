import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  policy_schema_default,
  validatePolicyDocument,
  validateTestFile
} from "./chunk-TE42QI6Q.js";
import "./chunk-HSOSSKZO.js";
import "./chunk-4XIEUCRG.js";
export {
  policy_schema_default as POLICY_SCHEMA,
  validatePolicyDocument,
  validateTestFile
};
