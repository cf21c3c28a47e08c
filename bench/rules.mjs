// `node bench/rules.mjs`: the cost of rules. Gates a 10,000-finding Grype report with the
// built-in zero-trust pack alone (the baseline, measured in the same run, interleaved) and
// with 1,000, 2,000 and 10,000 generated rules on top (bench/policy.mjs), prints the ratios
// and writes bench/rules-results.md. Target P6: 10,000 rules × 10,000 findings under 10 s.
//
// Environment:
//   ZTGATE_BENCH_OLD_DIST  another build's dist/ (e.g. main's, copied aside) timed beside
//                          this one on the same policies: the linear scan's cost in this run
//   ZTGATE_BENCH_OLD_MAX   the most rules the old build is run with (default 2000: the
//                          linear scan took 16 minutes for 10,000 on a loaded machine)
//   ZTGATE_BENCH_REPEAT    runs per measurement, the median kept (default 3)
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { OUT_DIR, generate } from "./generate.mjs";
import { writePolicy } from "./policy.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const OLD = process.env.ZTGATE_BENCH_OLD_DIST;
const OLD_MAX = Number(process.env.ZTGATE_BENCH_OLD_MAX ?? 2000);
// GNU time (Debian package `time`) for CPU time, steadier than wall time on a shared machine.
const TIME = "/usr/bin/time";
const CPU_FILE = join(OUT_DIR, ".rules-cpu");
const REPEAT = Number(process.env.ZTGATE_BENCH_REPEAT ?? 3);
const RULE_COUNTS = [1000, 2000, 10000];
const FINDINGS = 10000;
// A policy file is at most 1 MiB: the generated rules are spread over files extending each other.
const RULES_PER_FILE = 2500;

/** A policy of `count` generated rules extending the zero-trust pack; returns its path. */
function policyWith(count) {
  const dir = join(OUT_DIR, `rules-${count}`);
  mkdirSync(dir, { recursive: true });
  let parent = "zero-trust";
  for (let first = 0; first < count; first += RULES_PER_FILE) {
    const file = `part-${first}.yml`;
    writePolicy(join(dir, file), parent, Math.min(RULES_PER_FILE, count - first), first);
    parent = `./${file}`;
  }
  return join(dir, parent.slice(2));
}

/** Wall and CPU (user + system) seconds of one check. */
function runOnce(cli, policy, report) {
  const start = process.hrtime.bigint();
  const args = [
    "-f",
    "%U %S",
    "-o",
    CPU_FILE,
    process.execPath,
    cli,
    "check",
    "--policy",
    policy,
    "-q",
    report,
  ];
  const r = spawnSync(TIME, args, { cwd: OUT_DIR, stdio: ["ignore", "ignore", "pipe"] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${cli} ${policy}: exit ${r.status}: ${r.stderr.toString().trim()}`);
  }
  const [user, sys] = readFileSync(CPU_FILE, "utf8")
    .trim()
    .split("\n")
    .at(-1)
    .split(" ")
    .map(Number);
  return { wall, cpu: user + sys };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const report = generate("grype", FINDINGS);
const policies = [{ rules: 0, path: "built-in:zero-trust" }].concat(
  RULE_COUNTS.map((rules) => ({ rules, path: policyWith(rules) })),
);
const builds = [{ name: "this build", cli: CLI }].concat(
  OLD ? [{ name: "old build", cli: join(OLD, "cli.js") }] : [],
);
const times = new Map();
// Interleaved: every round runs every policy once, so load on the machine spreads over all.
for (let round = 0; round < REPEAT; round++) {
  for (const p of policies) {
    for (const b of builds) {
      const key = `${b.name}|${p.rules}`;
      if (b !== builds[0] && p.rules > OLD_MAX) continue;
      const earlier = times.get(key) ?? [];
      earlier.push(runOnce(b.cli, p.path, report));
      times.set(key, earlier);
      const last = earlier.at(-1);
      console.error(
        `${b.name} ${p.rules} rules: ${last.wall.toFixed(2)} s, CPU ${last.cpu.toFixed(2)} s`,
      );
    }
  }
}

const wall = (key) => times.has(key) && median(times.get(key).map((t) => t.wall));
const cpu = (key) => times.has(key) && median(times.get(key).map((t) => t.cpu));
const cell = (x, base) => (x === false ? "–" : `${x.toFixed(2)} (+${(x - base).toFixed(2)})`);
const lines = [
  "# Rules that scale (P6)",
  "",
  `\`node bench/rules.mjs\`, ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}, Node ${process.version}: \`ztgate check -q\` on a ${FINDINGS.toLocaleString("en")}-finding Grype report with the zero-trust pack and N generated rules (bench/policy.mjs), median of ${REPEAT} interleaved runs. Seconds, with (+ the time above the pack alone) measured in the same run; CPU is user + system time, steadier than wall time on a shared machine.`,
  "",
  `| rules | ${builds.map((b) => `${b.name}: wall s | ${b.name}: CPU s`).join(" | ")} |${OLD ? " old / this, CPU |" : ""}`,
  `|---:|${builds.map(() => "---:|---:").join("|")}|${OLD ? "---:|" : ""}`,
];
for (const p of policies) {
  const cells = builds.map((b) => {
    const key = `${b.name}|${p.rules}`;
    return `${cell(wall(key), wall(`${b.name}|0`))} | ${cell(cpu(key), cpu(`${b.name}|0`))}`;
  });
  const old = cpu(`old build|${p.rules}`);
  const ratio = OLD
    ? ` ${old === false ? "–" : `${(old / cpu(`this build|${p.rules}`)).toFixed(1)}×`} |`
    : "";
  lines.push(`| ${p.rules.toLocaleString("en")} | ${cells.join(" | ")} |${ratio}`);
}
const most = `this build|${RULE_COUNTS.at(-1)}`;
const [bigWall, bigCpu] = [wall(most), cpu(most)];
lines.push(
  "",
  `- ${bigWall < 10 ? "met" : "**missed**"}: ${RULE_COUNTS.at(-1).toLocaleString("en")} rules × ${FINDINGS.toLocaleString("en")} findings in ${bigWall.toFixed(2)} s wall, ${bigCpu.toFixed(2)} s CPU (target < 10 s${bigWall < 10 ? "" : `; ${(bigWall / 10).toFixed(2)}× the target`})`,
  "",
);
writeFileSync(join(ROOT, "bench", "rules-results.md"), lines.join("\n"));
console.log(lines.join("\n"));
