import { defineConfig } from "vitest/config";
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
      // Mirrors esbuild's text loader for rules/*.yml (see scripts/build.mjs).
      name: "yaml-as-text",
      transform(code, id) {
        if (id.endsWith(".yml"))
          return { code: `export default ${JSON.stringify(code)};`, map: null };
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
