// `node bench/rules.mjs`: the cost of rules. Gates a 10,000-finding Grype report with the
// built-in zero-trust pack alone (the baseline, measured in the same run, interleaved) and
// with 1,000, 2,000 and 10,000 generated rules on top (bench/policy.mjs), prints the ratios
// and writes bench/rules-results.md. Target P6: 10,000 rules × 10,000 findings under 10 s.
//
// Environment:
//   ZTGATE_BENCH_OLD_DIST  another build's dist/ (e.g. main's, copied aside) timed beside
//                          this one on the same policies: the linear scan's cost in this run
//   ZTGATE_BENCH_REPEAT    runs per measurement, the median kept (default 3)
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { OUT_DIR, generate } from "./generate.mjs";
import { writePolicy } from "./policy.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const OLD = process.env.ZTGATE_BENCH_OLD_DIST;
const REPEAT = Number(process.env.ZTGATE_BENCH_REPEAT ?? 3);
const RULE_COUNTS = [1000, 2000, 10000];
const FINDINGS = 10000;
// A policy file is at most 1 MiB: the generated rules are spread over files extending each other.
const RULES_PER_FILE = 2500;
// Runs of the old build longer than this are not repeated (the linear scan took minutes).
const LONG_RUN = 20;

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

function runOnce(cli, policy, report) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, "check", "--policy", policy, "-q", report], {
    cwd: OUT_DIR,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${cli} ${policy}: exit ${r.status}: ${r.stderr.toString().trim()}`);
  }
  return wall;
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
      const earlier = times.get(key) ?? [];
      if (b !== builds[0] && earlier.some((t) => t > LONG_RUN)) continue;
      earlier.push(runOnce(b.cli, p.path, report));
      times.set(key, earlier);
      console.error(`${b.name} ${p.rules} rules: ${earlier.at(-1).toFixed(2)} s`);
    }
  }
}

const base = median(times.get("this build|0"));
const lines = [
  "# Rules that scale (P6)",
  "",
  `\`node bench/rules.mjs\`, ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}, Node ${process.version}: \`ztgate check -q\` on a ${FINDINGS.toLocaleString("en")}-finding Grype report with the zero-trust pack and N generated rules (bench/policy.mjs), median of ${REPEAT} interleaved runs. **Added** is the time above the pack alone, measured in the same run.`,
  "",
  `| rules | ${builds.map((b) => `${b.name} s | added s`).join(" | ")} |${OLD ? " old / this |" : ""}`,
  `|---:|${builds.map(() => "---:|---:").join("|")}|${OLD ? "---:|" : ""}`,
];
for (const p of policies) {
  const cells = builds.map((b) => {
    const t = median(times.get(`${b.name}|${p.rules}`));
    return `${t.toFixed(2)} | ${(t - base).toFixed(2)}`;
  });
  const ratio = OLD
    ? ` ${(median(times.get(`old build|${p.rules}`)) / median(times.get(`this build|${p.rules}`))).toFixed(1)}× |`
    : "";
  lines.push(`| ${p.rules.toLocaleString("en")} | ${cells.join(" | ")} |${ratio}`);
}
const big = median(times.get(`this build|${RULE_COUNTS.at(-1)}`));
lines.push(
  "",
  `- ${big < 10 ? "met" : "**missed**"}: ${RULE_COUNTS.at(-1).toLocaleString("en")} rules × ${FINDINGS.toLocaleString("en")} findings in ${big.toFixed(2)} s (target < 10 s; ${(big / base).toFixed(2)}× the pack alone)`,
  "",
);
writeFileSync(join(ROOT, "bench", "rules-results.md"), lines.join("\n"));
console.log(lines.join("\n"));
