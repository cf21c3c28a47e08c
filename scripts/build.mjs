// Bundles the entries into dist/. The output must be byte-for-byte reproducible from
// src/ (test/dist.test.ts rebuilds into a temp dir and compares), so no timestamps, no
// absolute paths, and a fixed esbuild version from package-lock.json.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { policyValidators } from "./esbuild-plugin.mjs";

const outdir = resolve(process.argv[2] ?? "dist");
rmSync(outdir, { recursive: true, force: true });

await build({
  // parse-worker: the worker threads that parse several reports at once (io/parse-workers.ts).
  entryPoints: {
    cli: "src/cli.ts",
    action: "src/action.ts",
    "parse-worker": "src/parse-worker.ts",
  },
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
