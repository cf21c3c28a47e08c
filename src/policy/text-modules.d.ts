// Built-in rule packs are YAML files in rules/, bundled into dist/ as text (esbuild's text
// loader; a matching transform in vitest.config.ts), so the CLI and the action need no files
// beside them at run time.
declare module "*.yml" {
  const text: string;
  export default text;
  /** The pack's value, parsed at build time (scripts/pack-module.mjs). */
  export const parsed: unknown;
}

// The schemas' validators, compiled at build time (scripts/schema-validators.mjs).
declare module "virtual:policy-validators" {
  import type { ValidateFunction } from "ajv";
  export const validatePolicy: ValidateFunction;
  export const validateTests: ValidateFunction;
  export const validateLocal: ValidateFunction;
}

declare module "virtual:findings-validators" {
  import type { ValidateFunction } from "ajv";
  export const validateFindingsDocument: ValidateFunction;
  export const validateParseOutput: ValidateFunction;
}
