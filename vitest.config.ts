import { defineConfig } from "vitest/config";
import { packModuleSource } from "./scripts/pack-module.mjs";
import { POLICY_VALIDATORS, policyValidatorsSource } from "./scripts/policy-validators.mjs";

export default defineConfig({
  plugins: [
    {
      // The policy validators compiled from the schema, as scripts/build.mjs serves them.
      name: "policy-validators",
      resolveId: (id) => (id === POLICY_VALIDATORS ? `\0${POLICY_VALIDATORS}` : undefined),
      load: (id) =>
        id === `\0${POLICY_VALIDATORS}` ? policyValidatorsSource(import.meta.dirname) : undefined,
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
