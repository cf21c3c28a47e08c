// The policy document as written (ztgate.yml, rule packs, *.test.yml) and its validation
// against the published JSON Schema. Every error names the file, line and column.
import type { ErrorObject, ValidateFunction } from "ajv";
import { validatePolicy, validateTests } from "virtual:policy-validators";
import type { AssetSpec } from "./assets.js";
import type { Classification } from "./classification.js";
import type { When } from "./conditions.js";
import type { ControlSpec } from "./controls.js";
import type { BudgetSpec, DeadlineSpec } from "./deadlines.js";
import { GateError } from "../model/errors.js";
import type { Action, ExampleSpec, FailOn, ScannerSuppressions } from "./types.js";
import type { Layer, Severity } from "../model/vocabulary.js";
import schema from "../../schema/policy.schema.json";
import type { WaiverSpec } from "./waivers.js";
import type { YamlSource } from "./yaml-source.js";

export type { Action, FailOn, ScannerSuppressions };

export interface RuleDocument {
  id: string;
  description?: string;
  when: When;
  action: Action;
  examples?: ExampleSpec[];
}

export interface PolicyDocument {
  version: 1;
  extends?: string[];
  assets?: AssetSpec[];
  "default-classification"?: Classification;
  controls?: Record<string, ControlSpec>;
  require?: {
    layers?: Layer[];
    "max-report-age"?: string;
    timestamps?: boolean;
    classifications?: Partial<Record<Classification, { layers?: Layer[] }>>;
    "image-digest"?: boolean;
    commit?: boolean;
  };
  rules?: RuleDocument[];
  waivers?: WaiverSpec[];
  deadlines?: DeadlineSpec[];
  budgets?: BudgetSpec[];
  settings?: {
    "fail-on"?: FailOn;
    "unknown-severity"?: Severity;
    "default-action"?: Action;
    "max-waiver-days"?: number;
    "scanner-suppressions"?: ScannerSuppressions;
    "waiver-approvers"?: string[];
    "enrichment-max-age-days"?: number;
    "enrichment-stale"?: "warn" | "error";
  };
}

export interface TestFileDocument {
  tests: ExampleSpec[];
}

export { schema as POLICY_SCHEMA };

// Compiled from the schema at build time (scripts/schema-validators.mjs): ajv's compiler never
// runs when the CLI starts.
export function validatePolicyDocument(source: YamlSource): PolicyDocument {
  return check(validatePolicy as ValidateFunction<PolicyDocument>, source);
}

export function validateTestFile(source: YamlSource): TestFileDocument {
  return check(validateTests as ValidateFunction<TestFileDocument>, source);
}

function check<T>(validate: ValidateFunction<T>, source: YamlSource): T {
  if (validate(source.value)) return source.value;
  const error = validate.errors?.[0];
  if (!error) throw new GateError("invalid document", { file: source.file });
  const { pointer, message } = describeSchemaError(error);
  throw new GateError(message, { file: source.file, ...source.locate(pointer) });
}

function describeSchemaError(error: ErrorObject): { pointer: string; message: string } {
  const where = error.instancePath || "/";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return {
        pointer: `${error.instancePath}/${String(params.additionalProperty)}`,
        message: `unknown key "${String(params.additionalProperty)}" at ${where}`,
      };
    case "required":
      return {
        pointer: error.instancePath,
        message: `missing required key "${String(params.missingProperty)}" at ${where}`,
      };
    case "enum":
      return {
        pointer: error.instancePath,
        message: `${where} must be one of: ${(params.allowedValues as unknown[]).join(", ")}`,
      };
    default:
      return { pointer: error.instancePath, message: `${where} ${error.message ?? "is invalid"}` };
  }
}
