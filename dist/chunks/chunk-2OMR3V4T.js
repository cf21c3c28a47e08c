import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "ztgate",
  version: "0.1.0",
  description: "Zero-trust policy gate for CI/CD: aggregates scanner reports, evaluates them against data-classification-aware rules, blocks merges and explains every decision.",
  license: "MIT",
  type: "module",
  bin: {
    ztgate: "dist/cli.js"
  },
  files: [
    "dist",
    "rules",
    "schema",
    "action.yml"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    test: "vitest run",
    lint: "tsc --noEmit && eslint . && depcruise src --config .dependency-cruiser.cjs",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    bench: "node bench/run.mjs",
    fuzz: "node scripts/fuzz.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@renovatebot/pep440": "^4.2.4",
    ajv: "^8.20.0",
    "fast-xml-parser": "^5.12.1",
    minimatch: "^11.0.9",
    semver: "^7.8.6",
    "spdx-correct": "^3.2.0",
    "spdx-expression-parse": "^5.0.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^9.39.5",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.43",
    "@types/semver": "^7.8.0",
    "@types/spdx-correct": "^3.1.3",
    "@types/spdx-expression-parse": "^4.0.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "dependency-cruiser": "^17.4.3",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    "github-markdown-css": "^5.9.0",
    marked: "^18.2.1",
    prettier: "^3.10.1",
    "test-results-parser": "^0.4.6",
    typescript: "5.9",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/model/version.ts
var VERSION = package_default.version;

export {
  VERSION
};
