// Renders the pull request comment and the job summary as GitHub shows them, to look at:
// markdown → HTML with `marked` (GitHub-flavoured) and GitHub's own CSS (github-markdown-css)
// in a 780 px column (a PR comment's width), then → PNG with headless Chromium (Debian's
// `chromium`). Two runs: the quick start's demo and 30,000 synthetic findings.
//   node scripts/screenshots.mjs [OUT_DIR]     (default bench/out/screenshots)
//   CHROMIUM=/path/to/chromium to use another browser binary
// docs/comment.png (shown in the README) is the small run's comment: copy it there after a
// change to the comment's layout.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { marked } from "marked";
import { policyValidators } from "./esbuild-plugin.mjs";

const root = resolve(import.meta.dirname, "..");
const out = resolve(process.argv[2] ?? join(root, "bench/out/screenshots"));
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`chromium not found at ${chromium} (apt-get install -y chromium)`);
  process.exit(3);
}
const work = mkdtempSync(join(tmpdir(), "ztgate-shots-"));
mkdirSync(out, { recursive: true });

// The renderer from src/ (not dist/, which bundles only the two entries), bundled once.
const entry = `
export { renderMarkdown } from "./src/reporters/markdown.ts";
export { runCheck } from "./src/run.ts";
export { loadPolicy } from "./src/io/policy-file.ts";
export { evaluate } from "./src/gate/evaluate.ts";
export { makeFinding } from "./src/model/finding.ts";
`;
await build({
  stdin: { contents: entry, resolveDir: root, loader: "ts" },
  outfile: join(work, "ztgate.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  logLevel: "warning",
  plugins: [policyValidators],
  banner: {
    js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
  },
});
const z = await import(pathToFileURL(join(work, "ztgate.mjs")).href);
// Policy and report paths as a run in the repository names them (repository-relative).
process.chdir(root);

const NOW = new Date("2026-11-22T00:00:00Z");
const RUN = "https://github.com/acme/shop/actions/runs/7";
const BLOB = "https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/";

async function demoRun() {
  const policy = await z.loadPolicy("fixtures/demo/ztgate.yml");
  const reports = [
    "payments-image.trivy.json",
    "docs-site-image.trivy.json",
    "api-image.trivy.json",
    "web.npm-audit.json",
    "infra.checkov.json",
  ].map((f) => ({ path: `fixtures/demo/${f}`, file: join(root, "fixtures/demo", f) }));
  return z.runCheck({ reports, policy, now: NOW, root }).evaluation;
}

/** 30,000 findings over three assets: a few block, some warn, most are information. */
async function largeRun() {
  const policy = await z.loadPolicy("fixtures/demo/ztgate.yml");
  const severities = ["critical", "high", "medium", "medium", "low", "low", "low", "info"];
  const findings = Array.from({ length: 30_000 }, (_, i) =>
    z.makeFinding(
      {
        tool: i % 3 ? "trivy" : "grype",
        layer: "dependency",
        id: `CVE-2026-${String(10000 + i)}`,
        title: `Synthetic vulnerability ${i} in a transitive dependency with a long title`,
        severity: severities[i % severities.length],
        fix: i % 5 ? { available: true, versions: [`${(i % 9) + 1}.${i % 7}.1`] } : undefined,
        package: { name: `package-${i % 700}`, version: `1.${i % 30}.0` },
        location: { path: `services/app-${i % 40}/package-lock.json`, startLine: (i % 900) + 1 },
      },
      i % 4 === 0
        ? "fixtures/demo/payments-image.trivy.json"
        : i % 4 === 1
          ? "fixtures/demo/docs-site-image.trivy.json"
          : "reports/deps.json",
    ),
  );
  return z.evaluate(findings, policy, NOW, [], { root });
}

const css = readFileSync(createRequire(import.meta.url).resolve("github-markdown-css"), "utf8");

/** GitHub's markdown styles in a column `width` px wide, collapsed sections closed. */
function page(markdown, title, width) {
  const body = marked.parse(markdown, { gfm: true, async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${width}px; padding: 16px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

// A pull request comment is 780 px wide; the job summary page about 1,012 px.
function shoot(name, markdown, height, width = 780) {
  const html = join(out, `${name}.html`);
  writeFileSync(html, page(markdown, name, width));
  writeFileSync(join(out, `${name}.md`), markdown);
  const png = join(out, `${name}.png`);
  execFileSync(
    chromium,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${mkdtempSync(join(work, "profile-"))}`,
      "--hide-scrollbars",
      `--window-size=${width},${height}`,
      `--screenshot=${png}`,
      pathToFileURL(html).href,
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  console.log(`wrote ${png}`);
}

const options = (variant) => ({ variant, runUrl: RUN, blobUrl: BLOB });
for (const [name, evaluation, commentHeight] of [
  ["small", await demoRun(), 560],
  ["large", await largeRun(), 1100],
]) {
  const ctx = { version: "0.1.0" };
  shoot(`${name}-comment`, z.renderMarkdown(evaluation, ctx, options("comment")), commentHeight);
  shoot(`${name}-summary`, z.renderMarkdown(evaluation, ctx, options("summary")), 2400, 1012);
}
rmSync(work, { recursive: true, force: true });
