// `node bench/licenses.mjs [N]`: what judging licences costs. A generated CycloneDX SBOM of N
// components (default 100,000; real licence texts from fixtures/real, a seventh declaring
// none) is checked with the default pack, then with `extends: [default, licenses]`; each run
// REPEAT times (ZTGATE_BENCH_REPEAT, default 3), the median kept. Prints both and their ratio:
// the baseline is measured in the same run, so the ratio holds on a loaded machine. Needs a
// built dist/. Nothing here is needed by `.ci/run`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli.js");
const N = Number(process.argv[2] ?? 100_000);
const REPEAT = Number(process.env.ZTGATE_BENCH_REPEAT ?? 3);

// Texts as the real reports write them: ids, expressions, names, a Debian list with a name.
const LICENSES = [
  "MIT",
  "Apache-2.0",
  "GPL-2.0-only",
  "EPL-2.0 OR GPL-2.0 WITH Classpath-exception-2.0",
  "(GPL-2.0-or-later) AND (GPL-2.0-only) AND (public-domain) AND (BSD-4-Clause)",
  "MIT License",
  undefined,
];

const dir = mkdtempSync(join(tmpdir(), "ztgate-bench-licenses-"));
try {
  const components = Array.from({ length: N }, (_, i) => {
    const license = LICENSES[i % LICENSES.length];
    return {
      type: "library",
      name: `pkg${i}`,
      version: `1.0.${i}`,
      purl: `pkg:npm/pkg${i}@1.0.${i}`,
      ...(license ? { licenses: [{ expression: license }] } : {}),
    };
  });
  const bom = join(dir, "sbom.cdx.json");
  writeFileSync(bom, JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.5", components }));
  const policy = join(dir, "ztgate.yml");
  writeFileSync(policy, "version: 1\nextends: [default, licenses]\n");

  const base = median(() => seconds(["check", bom, "--policy", "built-in:default"]));
  const withLicenses = median(() => seconds(["check", bom, "--policy", policy]));
  console.log(`CycloneDX SBOM, ${N} components (${N} licence findings), median of ${REPEAT}:`);
  console.log(`  default pack:             ${base.toFixed(2)} s`);
  console.log(`  default + licenses pack:  ${withLicenses.toFixed(2)} s`);
  console.log(`  ratio:                    ${(withLicenses / base).toFixed(2)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Wall time of one `ztgate ARGS` (exit 0 or 1: a verdict; anything else is a failed run). */
function seconds(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args, "-o", "json=/dev/null"], {
    encoding: "utf8",
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`ztgate ${args.join(" ")}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(run) {
  const times = Array.from({ length: REPEAT }, run).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
