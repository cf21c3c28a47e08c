import { defineConfig } from "vitest/config";
import { packModuleSource } from "./scripts/pack-module.mjs";
import { schemaValidatorsSource, VALIDATOR_MODULES } from "./scripts/schema-validators.mjs";

export default defineConfig({
  plugins: [
    {
      // The schemas' validators, compiled as scripts/build.mjs serves them.
      name: "schema-validators",
      resolveId: (id) => (Object.hasOwn(VALIDATOR_MODULES, id) ? `\0${id}` : undefined),
      load: (id) =>
        id.startsWith("\0virtual:")
          ? schemaValidatorsSource(import.meta.dirname, id.slice(1))
          : undefined,
    },
    {
      // Rule packs as scripts/build.mjs serves them: text plus the value parsed up front.
      name: "yaml-packs",
      transform(code, id) {
        if (id.endsWith(".yml")) return { code: packModuleSource(code, id), map: null };
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
