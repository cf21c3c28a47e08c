// `node --expose-gc bench/finding-bytes.mjs [FORMAT:SIZE[:CASE] ...]`: the heap a finding
// holds (P5: after streaming, memory is the findings themselves). Bundles src/ (as
// scripts/build.mjs does), reads a generated report (bench/generate.mjs), and prints the heap
// retained per finding after a full GC at two points: the parsed reports alone, and those plus
// the evaluation (built-in zero-trust pack). Bytes, not time: steady on a loaded machine.
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "./generate.mjs";
import { nodeBundleOptions } from "../scripts/esbuild-plugin.mjs";

if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc");
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const cases = process.argv.slice(2).length ? process.argv.slice(2) : ["grype:100000"];

const temp = mkdtempSync(join(tmpdir(), "ztgate-bytes-"));
const entry = join(temp, "entry.ts");
writeFileSync(
  entry,
  [
    `export { loadEvidence } from ${JSON.stringify(join(ROOT, "src/reports/read.ts"))};`,
    `export { evaluateParsed } from ${JSON.stringify(join(ROOT, "src/run.ts"))};`,
    `export { loadPolicy } from ${JSON.stringify(join(ROOT, "src/io/policy-file.ts"))};`,
  ].join("\n"),
);
await build({
  entryPoints: [entry],
  outfile: join(temp, "entry.mjs"),
  ...nodeBundleOptions,
});
const { loadEvidence, evaluateParsed, loadPolicy } = await import(
  pathToFileURL(join(temp, "entry.mjs")).href
);
const policy = await loadPolicy("built-in:zero-trust");

const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
console.log("| case | findings | parsed: bytes/finding | + evaluation: bytes/finding |");
console.log("|---|---:|---:|---:|");
for (const spec of cases) {
  const [format, size, variant = "template"] = spec.split(":");
  const file = generate(format, Number(size), variant);
  const before = heap();
  const parsed = [loadEvidence({ path: file })];
  const afterParse = heap();
  const evaluation = evaluateParsed(parsed, policy, new Date("2026-12-01T00:00:00Z"));
  const afterEvaluate = heap();
  // Read after the measurement, so both are held while it is taken.
  const n = evaluation.findings.length;
  const per = (bytes) => ((bytes - before) / n).toFixed(0);
  console.log(`| ${spec} | ${n} | ${per(afterParse)} | ${per(afterEvaluate)} |`);
}
rmSync(temp, { recursive: true, force: true });
