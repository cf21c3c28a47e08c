// Generates src/reports/parsers/data/checkov-categories.json: Checkov's category for each of its
// check ids (read by src/reports/parsers/checkov-categories.ts). Checkov's JSON report does not carry the category, but every check declares one in its
// source (`categories = [CheckCategories.NETWORKING]` in Python checks, `category:` in the
// metadata of YAML graph checks); the zero-trust controls claim whole categories with it.
//
//   node scripts/checkov-categories.mjs CHECKOV_GIT_DIR [COMMIT] > src/reports/parsers/data/checkov-categories.json
//
// CHECKOV_GIT_DIR is a clone (or bare mirror) of github.com/bridgecrewio/checkov; the files
// are read with git at COMMIT (default HEAD), so no work tree is needed.
import { execFileSync } from "node:child_process";

const [gitDir, commitArg = "HEAD"] = process.argv.slice(2);
if (!gitDir) {
  process.stderr.write("usage: node scripts/checkov-categories.mjs CHECKOV_GIT_DIR [COMMIT]\n");
  process.exit(2);
}
const git = (...args) =>
  execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
const commit = git("rev-parse", `${commitArg}^{commit}`).trim();
const files = git("ls-tree", "-r", "--name-only", commit, "checkov/")
  .split("\n")
  .filter((f) => /\/checks\/.*\.(py|ya?ml)$/.test(f));

const categories = new Map();
function add(id, category, file) {
  const known = categories.get(id);
  if (known && known !== category) {
    // A check id with two categories cannot be placed by category: leave it to listed ids.
    process.stderr.write(`${id}: ${known} in one check, ${category} in ${file}; left out\n`);
    categories.set(id, null);
    return;
  }
  if (known !== null) categories.set(id, category);
}

// Python checks: one check per class, with its id and its first declared category; a check
// that passes only its id to a base class (`super().__init__(check_id="CKV_AWS_260", ...)`)
// has the category its base class declares.
// Class names repeat across frameworks (terraform/, cloudformation/ ...): the first one read
// stands for the name; a resulting disagreement between two checks of one id is reported
// and the id left out, never guessed.
const classes = new Map(); // class name → { base, category }
const pythonChecks = []; // { id, className, category, file }
for (const file of files) {
  const text = git("show", `${commit}:${file}`);
  if (file.endsWith(".py")) {
    for (const chunk of text.split(/^class /m).slice(1)) {
      const head = /^(\w+)\s*(?:\(\s*([\w.]+))?/.exec(chunk);
      const className = head?.[1];
      const base = head?.[2]?.split(".").pop();
      const category = /CheckCategories\.([A-Z_]+)/.exec(chunk)?.[1];
      if (className && !classes.has(className)) classes.set(className, { base, category });
      const id = /\b(?:check_)?id\s*=\s*["'](CKV\d?_[A-Z0-9_]+)["']/.exec(chunk)?.[1];
      if (id) pythonChecks.push({ id, className, category, file });
    }
  } else {
    const id = /^\s*id:\s*["']?(CKV\d?_[A-Z0-9_]+)["']?\s*$/m.exec(text)?.[1];
    const category = /^\s*category:\s*["']?([A-Z_]+)["']?\s*$/m.exec(text)?.[1];
    if (id && category) add(id, category, file);
  }
}

/** The category a class declares, or the nearest base class's. */
function inherited(className) {
  const seen = new Set();
  for (let c = classes.get(className); c && !seen.has(c); c = classes.get(c.base)) {
    seen.add(c);
    if (c.category) return c.category;
  }
  return undefined;
}

for (const check of pythonChecks) {
  const category = check.category ?? inherited(check.className);
  if (category) add(check.id, category, check.file);
}

const rows = [...categories]
  .filter(([, c]) => c !== null)
  .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
// JSON.stringify's two-space layout is already the one prettier keeps, so no formatting pass.
process.stdout.write(
  JSON.stringify(
    {
      generated:
        "by scripts/checkov-categories.mjs: do not edit by hand, run the script again. " +
        "Checkov check id -> the CheckCategories name its source declares.",
      source: `github.com/bridgecrewio/checkov@${commit}`,
      categories: Object.fromEntries(rows),
    },
    null,
    2,
  ) + "\n",
);
