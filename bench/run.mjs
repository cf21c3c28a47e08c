// `npm run bench`: measures ztgate against the JSON.parse floor and a jq gate on the same
// generated reports, prints a table of ratios and writes bench/RESULTS.md.
//
// Needs: a built dist/ (committed), /usr/bin/time (Debian package `time`) for peak RSS, and
// jq (Debian package `jq`) for the jq column (skipped with a note when missing). Nothing
// here is needed by `.ci/run`.
//
// Environment:
//   ZTGATE_BENCH_SIZES   which reports to run, e.g. "grype:1000,100000 trivy/real:10000"
//                        (FORMAT[/CASE]:SIZES; cases in generate.mjs CASES, "template" when
//                        none is named; default: DEFAULT_SIZES below; add Grype 1M for the
//                        full linearity curve: ZTGATE_BENCH_SIZES="grype:10000,100000,500000,1000000";
//                        SIZExN is N reports of about SIZE findings in one run, "grype:5000x20")
//   ZTGATE_BENCH_JQ_MAX  largest input (MB) the jq gate is run on (default 600: jq needs ~8x)
//   ZTGATE_BENCH_REPEAT  runs per short measurement; the median is kept (default 3)
//   ZTGATE_BENCH_EXTRAS  0: skip bench/startup.mjs (P4) and bench/rules.mjs (P6), which run
//                        after the plan by default and are appended to RESULTS.md
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CASES, GENERATORS, OUT_DIR, generate } from "./generate.mjs";
import { writePolicy } from "./policy.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const FLOOR = join(ROOT, "bench", "floor.mjs");
const TIME = "/usr/bin/time";
const JQ = "/usr/bin/jq";
const MAX_STRING = 0x1fffffe8; // V8's maximum string length: JSON.parse cannot go past it
const REPEAT = Number(process.env.ZTGATE_BENCH_REPEAT ?? 3);
const JQ_MAX_MB = Number(process.env.ZTGATE_BENCH_JQ_MAX ?? 600);
// Seconds: runs shorter than this are repeated and the median kept. 8 covers the floor, ztgate
// and jq at 100k findings, whose ratios are the targets; a shared machine moves one run by 30 %.
const SHORT_RUN = 8;

// Every format at 1k, 10k and 100k from the template generator (with the jq gate); every
// other case (compact, and entries of the real fixtures, pretty and compact) at 100k, where
// the floor target is judged on the worst case per format; Grype at 500k pretty (1 GiB) and
// 800k compact (1 GiB on one line): the streaming memory target in both layouts.
const FORMATS = ["grype", "trivy", "sarif", "checkov", "npm-audit"];
/** Benchmarks of other targets run after the plan, and the results file each writes. */
const EXTRAS = [
  { script: "startup.mjs", env: { ZTGATE_BENCH_RUNS: "11" }, results: "startup-results.md" },
  { script: "rules.mjs", env: { ZTGATE_BENCH_REPEAT: "1" }, results: "rules-results.md" },
];

const DEFAULT_SIZES = [
  "grype:1000,10000,100000,500000",
  ...FORMATS.slice(1).map((f) => `${f}:1000,10000,100000`),
  ...FORMATS.flatMap((f) => CASES.slice(1).map((c) => `${f}/${c}:100000`)),
  "grype/template-compact:800000",
  // Several reports in one run (a monorepo's per-package scans): the per-report fixed costs.
  "grype:5000x20",
].join(" ");
/** The jq gate runs on the template case only (P2; its cost does not depend on the layout). */
const JQ_CASE = "template";

/** What users write instead of a gate: count high and critical, fail when there are any. */
const JQ_GATES = {
  grype:
    '[.matches[] | select(.vulnerability.severity == "High" or .vulnerability.severity == "Critical")] | length == 0',
  trivy:
    '[.Results[]?.Vulnerabilities[]? | select(.Severity == "HIGH" or .Severity == "CRITICAL")] | length == 0',
  sarif: '[.runs[].results[] | select(.level == "error")] | length == 0',
  checkov:
    '[.[].results.failed_checks[] | select(.severity == "HIGH" or .severity == "CRITICAL")] | length == 0',
  "npm-audit":
    '[.vulnerabilities[] | select(.severity == "high" or .severity == "critical")] | length == 0',
};

function parseSizes(spec) {
  return spec
    .trim()
    .split(/\s+/)
    .flatMap((part) => {
      const [name, sizes] = part.split(":");
      const [format, variant = "template"] = name.split("/");
      if (!(format in GENERATORS))
        throw new Error(`unknown format in ZTGATE_BENCH_SIZES: ${format}`);
      if (!CASES.includes(variant))
        throw new Error(`unknown case in ZTGATE_BENCH_SIZES: ${variant}`);
      return sizes.split(",").map((s) => {
        const [size, reports = "1"] = s.split("x");
        return { format, variant, size: Number(size), reports: Number(reports) };
      });
    });
}

/** One run: wall time (s), peak RSS (MB) and exit code. */
function runOnce(cmd, args) {
  const rssFile = join(OUT_DIR, ".rss");
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ["-f", "%M %U %S", "-o", rssFile, cmd, ...args], {
    cwd: OUT_DIR,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 << 20,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const lines = readFileSync(rssFile, "utf8").trim().split("\n");
  const [kb, user, sys] = lines[lines.length - 1].split(" ").map(Number);
  const code = r.status ?? 128;
  const stderr = r.stderr.toString().trim().split("\n").slice(-2).join(" / ");
  return { wall, cpu: user + sys, rss: kb / 1024, code, stderr };
}

/** Median of REPEAT runs for short commands, a single run for long ones. */
function measure(cmd, args) {
  const first = runOnce(cmd, args);
  if (first.wall > SHORT_RUN || REPEAT <= 1) return first;
  const runs = [first];
  for (let i = 1; i < REPEAT; i++) runs.push(runOnce(cmd, args));
  runs.sort((a, b) => a.wall - b.wall);
  return runs[Math.floor(runs.length / 2)];
}

function machine() {
  const node = process.version;
  const cpu = cpus()[0]?.model ?? "unknown";
  const mem = (totalmem() / 2 ** 30).toFixed(1);
  const nproc = spawnSync("nproc").stdout?.toString().trim() ?? String(cpus().length);
  return { node, cpu, mem, nproc, date: new Date().toISOString().replace(/\.\d+Z$/, "Z") };
}

const fmt = (x, digits = 2) => (x === undefined ? "n/a" : x.toFixed(digits));
const fmtOr = (x, digits) => (x === undefined ? "–" : fmt(x, digits));
const ok = (code, expected) => expected.includes(code);
/** The row's run of kind k when it exited with one of `codes`. */
const good = (r, k, codes) => (r[k] && ok(r[k].code, codes) ? r[k] : undefined);

function checkPack() {
  // The zero-trust pack once it exists, else the built-in default policy.
  const zeroTrust = existsSync(join(ROOT, "rules", "zero-trust.yml"));
  return zeroTrust ? "zero-trust" : "default";
}

function main() {
  if (!existsSync(TIME)) {
    console.error(`bench needs ${TIME} for peak RSS: apt-get install -y time`);
    process.exit(2);
  }
  if (!existsSync(CLI)) {
    console.error("bench needs dist/cli.js: npm run build");
    process.exit(2);
  }
  const haveJq = existsSync(JQ);
  const items = parseSizes(process.env.ZTGATE_BENCH_SIZES ?? DEFAULT_SIZES);
  mkdirSync(OUT_DIR, { recursive: true });
  const pack = checkPack();
  // The pack itself, as users name it without a file (no YAML to parse at start-up).
  const packPolicy = `built-in:${pack}`;
  const bigPolicy = writePolicy(join(OUT_DIR, "policy-200.yml"), pack, 200);
  const started = Date.now();
  const log = (msg) =>
    console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

  log("cold start");
  const tiny = generate("trivy", 1);
  const bare = measureMany(process.execPath, ["-e", "0"], 15);
  const cold = measureMany(process.execPath, [CLI, "check", "--policy", packPolicy, tiny], 15);

  const rows = [];
  for (const item of items) {
    const { format, reports } = item;
    const many = reports > 1;
    const variant = many ? `${item.variant} ×${reports}` : item.variant;
    const label = item.variant === "template" && !many ? format : `${format}/${variant}`;
    // Several reports: sizes SIZE, SIZE+1, ... so that each has its own seed (and packages).
    const files = Array.from({ length: reports }, (_, k) => {
      log(`generate ${label} ${item.size + k}`);
      return generate(format, item.size + k, item.variant);
    });
    const file = files[0];
    const size = files.reduce((sum, _, k) => sum + item.size + k, 0);
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    const mb = bytes / 1e6;
    const row = { format, variant, label, size, mb, bytes };
    if (bytes < MAX_STRING) {
      log(`floor ${label} ${size}`);
      row.floor = measure(process.execPath, [FLOOR, ...files]);
    }
    log(`ztgate ${label} ${size} (${pack})`);
    row.pack = measure(process.execPath, [CLI, "check", "--policy", packPolicy, ...files]);
    // The 200-rule run is the template case's up to 10k findings only: the rule index is
    // bench/rules.mjs's subject, and past 10k it costs minutes the default plan has not got.
    // Several reports are measured against the floor only.
    if (!many && size <= 10_000 && variant === JQ_CASE) {
      log(`ztgate ${label} ${size} (200 rules)`);
      row.rules200 = measure(process.execPath, [CLI, "check", "--policy", bigPolicy, file]);
    }
    if (haveJq && !many && mb <= JQ_MAX_MB && variant === JQ_CASE) {
      log(`jq ${label} ${size}`);
      row.jq = measure(JQ, ["-e", JQ_GATES[format], file]);
    }
    rows.push(row);
    if (size >= 1_000_000 && process.env.ZTGATE_BENCH_KEEP !== "1") {
      // The million-finding files take gigabytes; regenerating costs a minute or two.
      rmSync(file);
      for (const v of [1, 2, 3]) rmSync(`${file}.v${v}`, { force: true });
    }
  }
  const m = machine();
  const text = render({
    m,
    rows,
    bare,
    cold,
    pack,
    haveJq,
    seconds: (Date.now() - started) / 1000,
  });
  // P4 and P6 have benchmarks of their own (bench/startup.mjs, bench/rules.mjs); the default
  // plan runs them with fewer repeats, so that RESULTS.md holds every target of one run.
  const extras = process.env.ZTGATE_BENCH_EXTRAS === "0" ? [] : EXTRAS;
  const sections = extras.map(({ script, env, results }) => {
    log(`${script}`);
    const run = spawnSync(process.execPath, [join(ROOT, "bench", script)], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (run.status !== 0) return `## ${script}\n\nexit ${run.status}: see its output.\n`;
    // Their own results files, one heading level down.
    return readFileSync(join(ROOT, "bench", results), "utf8").replace(/^#/gm, "##");
  });
  const all = [text, ...sections].join("\n");
  writeFileSync(join(ROOT, "bench", "RESULTS.md"), all);
  console.log(all);
  log(`done: bench/RESULTS.md written, ${((Date.now() - started) / 1000).toFixed(0)} s in total`);
}

function measureMany(cmd, args, n) {
  const runs = Array.from({ length: n }, () => runOnce(cmd, args));
  runs.sort((a, b) => a.wall - b.wall);
  return runs[Math.floor(n / 2)];
}

/** µs per finding over the whole run, less a one-finding run (start-up and policy loading). */
function perFinding(run, size, cold) {
  return ((run.wall - cold.wall) * 1e6) / size;
}

/**
 * Marginal µs per finding: the slope from the next smaller size of the same format, so the
 * fixed costs that a one-finding run does not show (V8 compiling the hot loops, the first
 * blocks of a streamed report) are not spread over the findings. This is what "linear"
 * means: each further finding costs the same.
 */
function slope(rows, r) {
  const smaller = rows
    .filter((x) => x.label === r.label && x.size < r.size && good(x, "pack", [0, 1]))
    .at(-1);
  if (!smaller || !good(r, "pack", [0, 1])) return undefined;
  return ((r.pack.wall - smaller.pack.wall) * 1e6) / (r.size - smaller.size);
}

function cell(run, expected) {
  if (!run) return "–";
  if (!ok(run.code, expected)) return `exit ${run.code}`;
  return fmt(run.wall);
}

function render({ m, rows, bare, cold, pack, haveJq, seconds }) {
  const out = [];
  out.push("# Benchmark results", "");
  out.push(
    `Machine: ${m.nproc} cores (${m.cpu}), ${m.mem} GiB RAM, Node ${m.node}; run ${m.date}, ` +
      `${Math.round(seconds)} s in total. Generated by \`npm run bench\` (bench/run.mjs); the ` +
      "machine is shared, so absolute times are noisy and the ratios within this run are what count.",
    "",
  );
  out.push(
    `- **floor**: \`node bench/floor.mjs FILE\`: read the file and JSON.parse it, nothing else.`,
    `- **ztgate**: \`node dist/cli.js check --policy built-in:${pack} FILE\`, the built-in \`${pack}\` pack; **200 rules**: the same with a generated 200-rule policy extending it.`,
    `- **jq**: \`jq -e '[… high or critical …] | length == 0' FILE\`, the gate people write instead${haveJq ? "" : " (jq not installed: skipped)"}.`,
    "- **Cases** (bench/generate.mjs): `template` (one generated entry shape per format, pretty-printed), `template-compact` (the same on one line, as `grype -o json` writes), `real` and `real-compact` (entries replicated from the real fixtures: several CVSS entries, related vulnerabilities, locations, long descriptions; bench/shapes.mjs). A row named `FORMAT/CASE` is that case; a plain `FORMAT` is `template`.",
    '- The default plan (under 10 minutes on this 2-core machine) runs every format at 1k, 10k and 100k findings (template, with jq), every other case at 100k, Grype at 500k pretty-printed and 800k compact (1 GiB reports, streamed); the 200-rule policy runs up to 10k. Time per finding is compared from 10k up; for the curve to 1M, run `ZTGATE_BENCH_SIZES="grype:10000,100000,500000,1000000" npm run bench`.',
    "- **µs/finding** is the marginal cost, the slope from the next smaller size: (ztgate's time − its time at the smaller size) / (findings − findings at the smaller size); **whole-run µs/finding** is (ztgate's time − the one-finding cold-start run) / findings, which also spreads V8's warm-up (compiling the hot loops) over the findings. Linearity is judged on the slope.",
    "- Times are wall seconds, the median of " +
      REPEAT +
      " runs under " +
      SHORT_RUN +
      " s, else one run; CPU is user + system seconds (Node's GC threads included). RSS is peak resident memory (MB) from /usr/bin/time.",
    "",
  );
  out.push(
    "| report | findings | MB | floor s | ztgate s | 200 rules s | jq s | ztgate/floor | jq/ztgate | µs/finding | whole-run µs/finding | CPU s floor / ztgate / jq | RSS floor | RSS ztgate | RSS jq | RSS ztgate/input |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of rows) {
    const z = r.pack && ok(r.pack.code, [0, 1]) ? r.pack : undefined;
    const floor = r.floor && ok(r.floor.code, [0]) ? r.floor : undefined;
    const jq = r.jq && ok(r.jq.code, [0, 1]) ? r.jq : undefined;
    out.push(
      `| ${r.label} | ${r.size.toLocaleString("en")} | ${fmt(r.mb, 0)} | ${r.floor ? cell(r.floor, [0]) : "n/a¹"} | ${cell(r.pack, [0, 1])} | ${cell(r.rules200, [0, 1])} | ${cell(r.jq, [0, 1])} | ` +
        `${z && floor ? fmt(z.wall / floor.wall) : "–"} | ${z && jq ? fmt(jq.wall / z.wall) : "–"} | ${fmtOr(slope(rows, r), 1)} | ${z ? fmt(perFinding(z, r.size, cold), 1) : "–"} | ` +
        `${[floor, z, jq].map((x) => (x ? fmt(x.cpu, 1) : "–")).join(" / ")} | ` +
        `${floor ? fmt(floor.rss, 0) : "–"} | ${z ? fmt(z.rss, 0) : "–"} | ${jq ? fmt(jq.rss, 0) : "–"} | ${z ? fmt(z.rss / r.mb) : "–"} |`,
    );
  }
  out.push(
    "",
    "¹ larger than V8's maximum string length (512 MiB): JSON.parse cannot read it at all.",
    "",
  );
  const failures = rows.flatMap((r) =>
    [
      ["ztgate", r.pack, [0, 1]],
      ["200 rules", r.rules200, [0, 1]],
      ["floor", r.floor, [0]],
      ["jq", r.jq, [0, 1]],
    ]
      .filter(([, run, codes]) => run && !ok(run.code, codes))
      .map(([what, run]) => `- ${r.label} ${r.size} ${what}: exit ${run.code}: ${run.stderr}`),
  );
  if (failures.length) out.push("Failed runs:", "", ...failures, "");
  out.push(
    "## Cold start",
    "",
    `\`ztgate check\` on a one-finding Trivy report: ${fmt(cold.wall * 1000, 0)} ms (peak RSS ${fmt(cold.rss, 0)} MB); ` +
      `bare \`node -e 0\`: ${fmt(bare.wall * 1000, 0)} ms (${fmt(bare.rss, 0)} MB); ` +
      `difference **${fmt((cold.wall - bare.wall) * 1000, 0)} ms** (median of 15 runs each).`,
    "",
  );
  out.push(...targets(rows, cold, bare));
  return out.join("\n") + "\n";
}

function targets(rows, cold, bare) {
  const lines = ["## Targets", ""];
  const verdict = (met) => (met ? "met" : "**missed**");
  // P1: every format and case at 100k; the worst case of each format decides.
  const at100k = rows.filter(
    (r) => r.size === 100_000 && good(r, "pack", [0, 1]) && good(r, "floor", [0]),
  );
  for (const format of new Set(at100k.map((r) => r.format))) {
    const cases = at100k
      .filter((r) => r.format === format)
      .map((r) => ({ r, ratio: r.pack.wall / r.floor.wall }))
      .sort((a, b) => b.ratio - a.ratio);
    const worst = cases[0];
    lines.push(
      `- P1 ${verdict(worst.ratio <= 1.3)}: ${format} at 100k, worst case ${worst.r.label}: ztgate ${fmt(worst.ratio)}× the floor (target ≤ 1.3×; every case: ${cases.map((c) => `${c.r.variant} ${fmt(c.ratio)}`).join(", ")})`,
    );
  }
  // P2: against the jq gate at every size it ran.
  for (const r of rows.filter((x) => good(x, "pack", [0, 1]) && good(x, "jq", [0, 1]))) {
    const speed = r.jq.wall / r.pack.wall;
    const mem = r.pack.rss / r.jq.rss;
    lines.push(
      `- P2 ${verdict(speed >= 1.5 && mem <= 0.5)}: ${r.label} at ${r.size.toLocaleString("en")}: ${fmt(speed)}× faster than jq (target ≥ 1.5×), ${fmt(mem)}× jq's peak memory (target ≤ 0.5×)`,
    );
  }
  // P3: the slope per finding, from 10k up, within ±30 % of the 10k one.
  for (const label of new Set(rows.map((r) => r.label))) {
    const per = rows
      .filter((r) => r.label === label && r.size >= 10_000 && good(r, "pack", [0, 1]))
      .map((r) => ({ size: r.size, us: slope(rows, r) }))
      .filter((p) => p.us !== undefined);
    if (per.length < 2) continue;
    const base = per[0].us;
    const worst = Math.max(...per.map((p) => Math.abs(p.us / base - 1)));
    lines.push(
      `- P3 ${verdict(worst <= 0.3)}: ${label} time per finding from ${per[0].size.toLocaleString("en")} to ${per[per.length - 1].size.toLocaleString("en")}: ${per.map((p) => fmt(p.us, 1)).join(" → ")} µs (largest deviation ${fmt(worst * 100, 0)} %, target ±30 %)`,
    );
  }
  const delta = (cold.wall - bare.wall) * 1000;
  lines.push(
    `- P4 ${verdict(delta <= 30)}: cold start ${fmt(delta, 0)} ms above bare node (target ≤ 30 ms; per Node version: "Cold start (P4)" below)`,
  );
  // P5: a report of 1 GiB or more (past V8's string limit: streamed) in ≤ 1 GB peak RSS.
  for (const r of rows.filter((x) => x.bytes >= 2 ** 30)) {
    const z = good(r, "pack", [0, 1]);
    const gb = z ? (z.rss * 2 ** 20) / 1e9 : undefined;
    lines.push(
      z
        ? `- P5 ${verdict(gb <= 1)}: ${r.label} ${fmt(r.bytes / 2 ** 30, 2)} GiB report gated with peak RSS ${fmt(gb, 2)} GB (target ≤ 1 GB)`
        : `- P5 **missed**: ${r.label} ${fmt(r.bytes / 2 ** 30, 2)} GiB report: exit ${r.pack?.code}: ${r.pack?.stderr}`,
    );
  }
  lines.push("");
  return lines;
}

main();
