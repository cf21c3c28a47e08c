import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
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
