// Bundles the two entries into dist/. The output must be byte-for-byte reproducible from
// src/ (test/dist.test.ts rebuilds into a temp dir and compares), so no timestamps, no
// absolute paths, and a fixed esbuild version from package-lock.json.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { packModuleSource } from "./pack-module.mjs";
import { SCHEMA_VALIDATORS, schemaValidatorsSource } from "./schema-validators.mjs";

/** Serves the schemas' validators, compiled now rather than at every start-up. */
const policyValidators = {
  name: "schema-validators",
  setup(b) {
    b.onResolve({ filter: /^virtual:schema-validators$/ }, () => ({
      path: SCHEMA_VALIDATORS,
      namespace: "schema-validators",
    }));
    b.onLoad({ filter: /.*/, namespace: "schema-validators" }, () => ({
      contents: schemaValidatorsSource(resolve(".")),
      loader: "js",
    }));
    // Rule packs: their text and their value parsed now (scripts/pack-module.mjs).
    b.onLoad({ filter: /\.yml$/ }, (args) => ({
      contents: packModuleSource(readFileSync(args.path, "utf8")),
      loader: "js",
    }));
  },
};

const outdir = resolve(process.argv[2] ?? "dist");
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { cli: "src/cli.ts", action: "src/action.ts" },
  outdir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  minifySyntax: true,
  legalComments: "none",
  sourcemap: false,
  logLevel: "warning",
  plugins: [policyValidators],
  // Some bundled CommonJS dependencies call require() for Node built-ins; ESM output needs
  // a real require for that.
  banner: {
    js: 'import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);',
  },
});
