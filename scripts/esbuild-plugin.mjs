// The esbuild plugin shared by the build (scripts/build.mjs), the fuzzer (scripts/fuzz.mjs) and
// bench/finding-bytes.mjs: schema validators and rule packs compiled at build time.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { packModuleSource } from "./pack-module.mjs";
import { schemaValidatorsSource } from "./schema-validators.mjs";

/** Serves the schemas' validators, compiled now rather than at every start-up. */
export const policyValidators = {
  name: "schema-validators",
  setup(b) {
    b.onResolve({ filter: /^virtual:(policy|findings)-validators$/ }, (args) => ({
      path: args.path,
      namespace: "schema-validators",
    }));
    b.onLoad({ filter: /.*/, namespace: "schema-validators" }, (args) => ({
      contents: schemaValidatorsSource(resolve("."), args.path),
      loader: "js",
    }));
    // Rule packs: their text and their value parsed now (scripts/pack-module.mjs).
    b.onLoad({ filter: /\.yml$/ }, (args) => ({
      contents: packModuleSource(readFileSync(args.path, "utf8"), args.path),
      loader: "js",
    }));
  },
};

/**
 * Options for bundling a TypeScript entry into one ESM file that runs on Node 20 (the fuzzer's
 * worker, bench/finding-bytes.mjs): the build's settings without its splitting and minifying.
 */
export const nodeBundleOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  plugins: [policyValidators],
  // Bundled CommonJS dependencies call require() for Node built-ins; ESM output needs one.
  banner: {
    js: 'import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);',
  },
};
