// The esbuild plugin shared by the build (scripts/build.mjs) and the fuzzer (scripts/fuzz.mjs):
// schema validators compiled at build time and rule packs parsed at build time.
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
