// npm run fuzz [-- --runs N --seed N --only ID[,ID]]: property-based fuzzing of every parser in
// the registry and of the policy loader (test/fuzz/), N inputs each (default 10,000), two
// targets at a time in worker threads; then the metamorphic test over every real fixture in
// full (every mutant, whole-read and streamed; `npm test` runs a sample of it). Prints the count of every outcome per target; exits 1
// when any input crashed, left an exit-2 message that does not name the file, polluted a
// prototype or hung (no progress for HANG_MS). Failing inputs are saved under fuzz-failures/.
import { build } from "esbuild";
import { nodeBundleOptions } from "./esbuild-plugin.mjs";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { setInterval, clearInterval } from "node:timers";
import { Worker } from "node:worker_threads";
import { spawnSync } from "node:child_process";

const HANG_MS = 60_000;
const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string", default: "20261122" },
    only: { type: "string" },
  },
});

// The fuzzer is TypeScript beside the tests; bundle it once, the way scripts/build.mjs does.
const out = mkdtempSync(join(tmpdir(), "ztgate-fuzz-build-"));
const bundle = join(out, "worker.mjs");
await build({
  entryPoints: [join(root, "test/fuzz/worker.ts")],
  outfile: bundle,
  ...nodeBundleOptions,
  define: { "import.meta.dirname": JSON.stringify(join(root, "test/fuzz")) },
});
const targets = values.only?.split(",") ?? [...(await parserIds()), "policy-loader"];
const failures = join(root, "fuzz-failures");
mkdirSync(failures, { recursive: true });

/** Every parser in the registry, in registry order (never listed by hand here). */
async function parserIds() {
  const ids = join(out, "ids.mjs");
  await build({
    stdin: {
      contents:
        'import { PARSERS } from "./src/reports/parsers/index.ts"; export default PARSERS.map((p) => p.id);',
      resolveDir: root,
      loader: "ts",
    },
    outfile: ids,
    ...nodeBundleOptions,
  });
  return (await import(ids)).default;
}

function runTarget(target) {
  return new Promise((done) => {
    const began = Date.now();
    const worker = new Worker(bundle, {
      workerData: { target, runs: Number(values.runs), seed: Number(values.seed), failures },
    });
    let last = { index: -1, description: "" };
    let heard = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - heard < HANG_MS) return;
      clearInterval(watchdog);
      void worker.terminate();
      done({
        target,
        counts: { hang: 1 },
        bugs: [`hang: input ${last.index}: ${last.description}`],
        slowest: HANG_MS,
        seconds: (Date.now() - began) / 1000,
      });
    }, 1000);
    worker.on("message", (m) => {
      heard = Date.now();
      if (m.type === "start") last = m;
      else {
        clearInterval(watchdog);
        done({ target, ...m, seconds: (Date.now() - began) / 1000 });
      }
    });
    worker.on("error", (err) => {
      clearInterval(watchdog);
      done({
        target,
        counts: { crash: 1 },
        bugs: [`worker died: ${err.stack}`],
        slowest: 0,
        seconds: 0,
      });
    });
  });
}

const queue = [...targets];
const results = [];
const lanes = Math.max(1, Math.min(2, availableParallelism()));
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      const r = await runTarget(t);
      results.push(r);
      process.stderr.write(`${t}: ${JSON.stringify(r.counts)} in ${r.seconds.toFixed(0)} s\n`);
    }
  }),
);
rmSync(out, { recursive: true, force: true });

const OUTCOMES = ["pass", "blocked", "undecided", "crash", "unnamed", "polluted", "hang"];
results.sort((a, b) => targets.indexOf(a.target) - targets.indexOf(b.target));
const rows = [["target", ...OUTCOMES, "inputs", "slowest ms"]];
for (const r of results) {
  const counts = OUTCOMES.map((o) => r.counts[o] ?? 0);
  rows.push([
    r.target,
    ...counts.map(String),
    String(counts.reduce((a, b) => a + b, 0)),
    r.slowest.toFixed(0),
  ]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows)
  console.log(
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "),
  );
const bugs = results.flatMap((r) => r.bugs.map((b) => `${r.target}: ${b}`));
if (bugs.length > 0) {
  console.log(`\n${bugs.length} failing inputs (the first of each target are listed):`);
  for (const b of bugs) console.log(`  ${b}`);
  process.exitCode = 1;
} else {
  rmSync(failures, { recursive: true, force: true });
  console.log(`\nno crashes, unnamed errors, prototype pollution or hangs (seed ${values.seed})`);
}

// The metamorphic test in full: vitest runs it with every mutant of every fixture.
if (!values.only) {
  const full = spawnSync("npx", ["vitest", "run", "test/metamorphic.test.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ZTGATE_METAMORPHIC: "full" },
  });
  if (full.status !== 0) process.exitCode = 1;
}
