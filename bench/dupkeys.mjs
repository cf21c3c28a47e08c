// What the duplicated-key check (src/model/json-keys.ts) costs next to the JSON.parse it follows,
// on generated reports of about 100 MB, both measured in this run (the machine is shared:
// the ratio is what counts, not the seconds).
//
//   node bench/dupkeys.mjs [FORMAT:SIZE ...]      default: grype:50000 trivy:45000 (~100 MB each)
import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { generate } from "./generate.mjs";

const ROUNDS = 5;

/** src/model/json-keys.ts, bundled in memory: the bench runs the source, not a copy of it. */
async function loadCheck() {
  const out = await build({
    entryPoints: [fileURLToPath(import.meta.resolve("../src/model/json-keys.ts"))],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/** Median wall milliseconds of `ROUNDS` runs of `f`, and its last result. */
function time(f) {
  const times = [];
  let result;
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    result = f();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(ROUNDS / 2)], result };
}

const { findDuplicateKey, keysHeld, keysWritten } = await loadCheck();
const specs = process.argv.length > 2 ? process.argv.slice(2) : ["grype:50000", "trivy:45000"];
console.log("report | MB | JSON.parse ms | check ms (written + held) | check / parse");
for (const spec of specs) {
  const [format, size] = spec.split(":");
  const text = readFileSync(generate(format, Number(size)), "utf8");
  const parse = time(() => JSON.parse(text));
  const value = parse.result;
  const check = time(() => findDuplicateKey(text, value));
  if (check.result !== undefined) throw new Error(`${spec}: a generated report has a duplicate`);
  const written = time(() => keysWritten(text));
  const held = time(() => keysHeld(value));
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(0);
  const parts = `${written.ms.toFixed(0)} + ${held.ms.toFixed(0)}`;
  const ratio = (check.ms / parse.ms).toFixed(2);
  console.log(
    `${spec} | ${mb} | ${parse.ms.toFixed(0)} | ${check.ms.toFixed(0)} (${parts}) | ${ratio}`,
  );
}
