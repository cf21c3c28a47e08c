// The data-flow rules of DESIGN §2 are enforced by dependency-cruiser in `npm run lint`
// (.dependency-cruiser.cjs). This checks that the rule set can fail: a copy of src/ with one
// deliberately wrong import per rule must fail with each rule's name, while the real src/
// passes (the lint step runs that).
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "ztgate-architecture-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the project's depcruise, with its config, on `dir`'s src/. */
function cruise(dir: string): { code: number | null; output: string } {
  const bin = join(ROOT, "node_modules/.bin/depcruise");
  const r = spawnSync(bin, ["src", "--config", ".dependency-cruiser.cjs"], {
    cwd: dir,
    encoding: "utf8",
  });
  return { code: r.status, output: r.stdout + r.stderr };
}

/** A scratch module per rule, each importing what its rule forbids. */
const WRONG: Record<string, { file: string; text: string }> = {
  "parsers-read-only-the-model": {
    file: "src/reports/parsers/scratch-a.ts",
    text: 'import { judge } from "../../gate/judge.js";\nexport const a = judge;\n',
  },
  "model-imports-only-the-model": {
    file: "src/model/scratch-b.ts",
    text: 'import { dedupe } from "../reports/read.js";\nexport const b = dedupe;\n',
  },
  "core-is-pure": {
    file: "src/gate/scratch-c.ts",
    text: 'import { readFileSync } from "node:fs";\nexport const c = readFileSync;\n',
  },
  "core-does-not-look-up": {
    file: "src/policy/scratch-d.ts",
    text: 'import { REPORTERS } from "../reporters/index.js";\nexport const d = REPORTERS;\n',
  },
  "reports-before-policy": {
    file: "src/reports/scratch-j.ts",
    text: 'import { compileWhen } from "../policy/conditions.js";\nexport const j = compileWhen;\n',
  },
  "policy-before-gate": {
    file: "src/policy/scratch-k.ts",
    text: 'import { judge } from "../gate/judge.js";\nexport const k = judge;\n',
  },
  "reporters-never-reach-github": {
    file: "src/reporters/scratch-e.ts",
    text: 'import { github } from "../action/github.js";\nexport const e = github;\n',
  },
  "cli-never-loads-the-action": {
    file: "src/commands/scratch-f.ts",
    text: 'import * as core from "@actions/core";\nexport const f = core;\n',
  },
  "no-circular": {
    file: "src/model/scratch-g.ts",
    text: 'import { h } from "./scratch-h.js";\nexport const g = () => h;\n',
  },
  "no-orphans": {
    file: "src/model/scratch-i.ts",
    text: "export const i = 1;\n",
  },
};

describe("the dependency rules (npm run lint)", () => {
  const dir = join(work, "copy");
  cpSync(join(ROOT, "src"), join(dir, "src"), { recursive: true });
  for (const f of ["tsconfig.json", ".dependency-cruiser.cjs", "package.json"]) {
    cpSync(join(ROOT, f), join(dir, f));
  }
  for (const { file, text } of Object.values(WRONG)) writeFileSync(join(dir, file), text);
  // The other half of the circle, and an importer for every scratch module but the orphan.
  writeFileSync(
    join(dir, "src/model/scratch-h.ts"),
    'import { g } from "./scratch-g.js";\nexport const h = () => g;\n',
  );
  const used = Object.entries(WRONG).filter(([rule]) => rule !== "no-orphans");
  const imports = used.map(([, { file }], n) => {
    const spec = `./${file.replace(/^src\//, "").replace(/\.ts$/, ".js")}`;
    return `import * as m${n} from "${spec}";\nvoid m${n};\n`;
  });
  writeFileSync(join(dir, "src/cli.ts"), `${imports.join("")}\n`, { flag: "a" });
  const result = cruise(dir);

  it("fails on the copy with wrong imports", () => {
    expect(result.code).not.toBe(0);
  });

  it.each(Object.entries(WRONG))("names the rule %s at its scratch module", (rule, { file }) => {
    const lines = result.output.split("\n").filter((l) => l.includes(`error ${rule}:`));
    expect(lines.some((l) => l.includes(file))).toBe(true);
  });
});
