import { defineConfig } from "vitest/config";
import { packModuleSource } from "./scripts/pack-module.mjs";
import { SCHEMA_VALIDATORS, schemaValidatorsSource } from "./scripts/schema-validators.mjs";

export default defineConfig({
  plugins: [
    {
      // The schemas' validators, compiled as scripts/build.mjs serves them.
      name: "schema-validators",
      resolveId: (id) => (id === SCHEMA_VALIDATORS ? `\0${SCHEMA_VALIDATORS}` : undefined),
      load: (id) =>
        id === `\0${SCHEMA_VALIDATORS}` ? schemaValidatorsSource(import.meta.dirname) : undefined,
    },
    {
      // Rule packs as scripts/build.mjs serves them: text plus the value parsed up front.
      name: "yaml-packs",
      transform(code, id) {
        if (id.endsWith(".yml")) return { code: packModuleSource(code), map: null };
        return undefined;
      },
    },
  ],
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", "./test/helpers/summary-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
