// `node bench/startup.mjs`: ztgate's cold start (target P4: at most 30 ms above bare node).
// Times `ztgate check --policy built-in:zero-trust` on a one-finding Trivy report against
// `node -e 0`, interleaved (one run of each in turn, so load on the shared machine falls on
// all alike), median of the runs, on this Node and on every other binary listed in
// ZTGATE_BENCH_NODES (default: /tmp/node24/package/bin/node when present). On Node >= 22.1
// the CLI keeps a compile cache; it is measured warm (the default) and disabled
// (NODE_DISABLE_COMPILE_CACHE=1). Writes bench/startup-results.md.
//
// Environment:
//   ZTGATE_BENCH_NODES   more node binaries to measure, separated by spaces
//   ZTGATE_BENCH_RUNS    runs of each command (default 21)
//   ZTGATE_BENCH_OLD_DIST  another build's dist/ timed in the same rounds
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const RUNS = Number(process.env.ZTGATE_BENCH_RUNS ?? 21);
const OLD = process.env.ZTGATE_BENCH_OLD_DIST;
const NODE24 = "/tmp/node24/package/bin/node";
const NODES = [
  process.execPath,
  ...(process.env.ZTGATE_BENCH_NODES ?? (existsSync(NODE24) ? NODE24 : "")).split(" "),
].filter((n, i, all) => n !== "" && all.indexOf(n) === i);

const report = generate("trivy", 1);
// The compile cache under a directory of this run's, so "warm" is warm from this build.
const cacheRoot = mkdtempSync(join(tmpdir(), "ztgate-startup-"));
const cpuFile = join(cacheRoot, "cpu");
// GNU time (Debian package `time`) for the CPU column.
const TIME = "/usr/bin/time";

function version(node) {
  return spawnSync(node, ["--version"]).stdout.toString().trim();
}

/** Wall and CPU (user + system) milliseconds of one run; CPU moves less with the load. */
function timeOnce(node, args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ["-f", "%U %S", "-o", cpuFile, node, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${node} ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  }
  const [user, sys] = readFileSync(cpuFile, "utf8")
    .trim()
    .split("\n")
    .at(-1)
    .split(" ")
    .map(Number);
  return { wall, cpu: (user + sys) * 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows = [];
for (const node of NODES) {
  const v = version(node);
  const env = { ...process.env, NODE_COMPILE_CACHE: join(cacheRoot, v) };
  const variants = [
    { name: "bare `node -e 0`", args: ["-e", "0"], env },
    { name: "ztgate check", args: [CLI, "check", "--policy", "built-in:zero-trust", report], env },
  ];
  // Another build (main's dist/, copied aside) in the same rounds: what this one changed.
  if (OLD) {
    const args = [join(OLD, "cli.js"), ...variants[1].args.slice(1)];
    variants.push({ name: "old build: ztgate check", args, env });
  }
  // NODE_COMPILE_CACHE names the directory enableCompileCache() uses; the variable alone
  // turns the cache on, so the "off" run removes it and disables the cache explicitly.
  if (Number(v.slice(1).split(".")[0]) >= 22) {
    const off = { ...env };
    delete off.NODE_COMPILE_CACHE;
    variants.push({
      ...variants[1],
      name: "ztgate check, no compile cache",
      env: { ...off, NODE_DISABLE_COMPILE_CACHE: "1" },
    });
  }
  for (const variant of variants) timeOnce(node, variant.args, variant.env); // warm-up
  const times = variants.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    variants.forEach((variant, k) => times[k].push(timeOnce(node, variant.args, variant.env)));
  }
  const bare = median(times[0].map((t) => t.wall));
  const bareCpu = median(times[0].map((t) => t.cpu));
  variants.forEach((variant, k) => {
    const ms = median(times[k].map((t) => t.wall));
    const cpu = median(times[k].map((t) => t.cpu));
    rows.push({
      node: v,
      name: variant.name,
      ms,
      above: ms - bare,
      ratio: ms / bare,
      cpu,
      cpuAbove: cpu - bareCpu,
    });
    console.error(`${v} ${variant.name}: ${ms.toFixed(1)} ms, CPU ${cpu.toFixed(0)} ms`);
  });
}
rmSync(cacheRoot, { recursive: true, force: true });

const lines = [
  "# Cold start (P4)",
  "",
  `\`node bench/startup.mjs\`, ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}: \`ztgate check --policy built-in:zero-trust\` on a one-finding Trivy report against bare \`node -e 0\`, median of ${RUNS} interleaved runs each. CPU is user + system time (10 ms resolution), steadier than wall time on a loaded machine.`,
  "",
  "| node | command | wall ms | above bare node, ms | ratio to bare node | CPU ms | CPU above bare node, ms |",
  "|---|---|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.node} | ${r.name} | ${r.ms.toFixed(1)} | ${r.above.toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.cpu.toFixed(0)} | ${r.cpuAbove.toFixed(0)} |`,
  ),
  "",
  ...rows
    .filter((r) => r.name === "ztgate check")
    .map(
      (r) =>
        `- ${r.above <= 30 ? "met" : "**missed**"} on ${r.node}: ${r.above.toFixed(1)} ms wall (${r.cpuAbove.toFixed(0)} ms CPU) above bare node (target ≤ 30 ms; ${(r.above / 30).toFixed(2)}× the allowance)`,
    ),
  "",
];
writeFileSync(join(ROOT, "bench", "startup-results.md"), lines.join("\n"));
console.log(lines.join("\n"));
